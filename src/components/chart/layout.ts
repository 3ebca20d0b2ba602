import type { EChartsOption } from './chart-theme';

/**
 * Chart layout for the space a chart actually has. Option builders describe the figures; this module fits the
 * result to the container (a 390 px phone, a laptop, a 1920 px projector): type size, legends that wrap instead of
 * paging, axis labels that are thinned, wrapped or end-aligned, value labels that give way instead of colliding.
 * Pure: the chart wrapper measures its box and calls `fitOptionToSize` on every resize.
 */

export interface ChartSize {
  /** The chart's own width and height (px). */
  readonly width: number;
  readonly height: number;
  /** The window's width (px): a projector gets larger type even in a half-width panel. */
  readonly screenWidth: number;
}

/** Width of a text in px at a font size; the wrapper measures with a canvas, tests use the estimate. */
export type MeasureText = (text: string, fontSize: number) => number;

/** About 0.56 em per character of a system sans-serif, diacritics included. */
export const estimateTextWidth: MeasureText = (text, fontSize) => text.length * fontSize * 0.56;

export type ScreenClass = 'phone' | 'desktop' | 'projector';

export const PHONE_MAX_WIDTH = 600;
export const PROJECTOR_MIN_WIDTH = 1800;

export function screenClass(screenWidth: number): ScreenClass {
  if (screenWidth < PHONE_MAX_WIDTH) return 'phone';
  return screenWidth >= PROJECTOR_MIN_WIDTH ? 'projector' : 'desktop';
}

export interface ChartLayout {
  readonly screen: ScreenClass;
  /** Axis labels, legend and value labels. */
  readonly fontSize: number;
  /** Axis names (titles). */
  readonly nameFontSize: number;
  /** Height of one legend row (item plus the gap under it). */
  readonly legendRowHeight: number;
  /** Pixels between value-axis ticks: fewer ticks on a narrow axis so their labels never touch. */
  readonly minTickSpacing: number;
}

/** Type and spacing for a chart of this size on this screen. Larger on a projector, read from the back of a room. */
export function chartLayout(size: ChartSize): ChartLayout {
  const screen = screenClass(size.screenWidth);
  const fontSize = screen === 'projector' ? 15 : screen === 'phone' ? 11 : 12;
  return {
    screen,
    fontSize,
    nameFontSize: fontSize,
    legendRowHeight: Math.max(14, Math.ceil(fontSize * 1.3)) + 10,
    minTickSpacing: Math.max(64, fontSize * 6),
  };
}

/**
 * How many rows a horizontal legend takes when its items wrap within `width`. ECharts lays a plain legend out in
 * rows this way: icon (25 px) + 5 px + text, items 10 px apart.
 */
export function legendRows(names: readonly string[], width: number, fontSize: number, measure: MeasureText = estimateTextWidth): number {
  const available = Math.max(1, width - 10);
  let rows = names.length ? 1 : 0;
  let x = 0;
  for (const name of names) {
    const item = 30 + measure(name, fontSize);
    if (x > 0 && x + item > available) {
      rows++;
      x = 0;
    }
    x += item + 10;
  }
  return rows;
}

/** Ticks a value axis of this length can carry with room for their labels. */
export function valueAxisSplitNumber(axisLength: number, layout: ChartLayout): number {
  return Math.max(2, Math.min(5, Math.floor(axisLength / layout.minTickSpacing)));
}

/**
 * How a category axis along the bottom shows its labels in slots of `slot` px: as they are when they fit, wrapped
 * onto lines when a slot is wide enough for a word, otherwise rotated and thinned.
 */
export function categoryLabelPlan(labels: readonly string[], slot: number, fontSize: number, measure: MeasureText = estimateTextWidth): { readonly wrapWidth?: number; readonly rotate?: number } {
  const widest = Math.max(0, ...labels.map((l) => measure(l, fontSize)));
  if (widest <= slot - 6) return {};
  const longestWord = Math.max(0, ...labels.flatMap((l) => l.split(/\s+/)).map((w) => measure(w, fontSize)));
  if (longestWord <= slot - 6) return { wrapWidth: Math.floor(slot - 6) };
  return { rotate: 45 };
}

/** ECharts' `containLabel` measures at most this many labels of a category axis: every n-th one beyond. */
const CONTAIN_LABEL_SAMPLE = 40;

/**
 * Pixels that ECharts' `containLabel` leaves out for a category axis' labels. On an axis of more than 40 categories
 * (the 69 communes and wards) it measures only every n-th label, so a longer name between two measured ones
 * ("Phường Bắc Hồng Lĩnh") sticks out of the chart by the difference.
 */
export function containLabelShortfall(labels: readonly string[], fontSize: number, measure: MeasureText = estimateTextWidth): number {
  const step = labels.length > CONTAIN_LABEL_SAMPLE ? Math.ceil(labels.length / CONTAIN_LABEL_SAMPLE) : 1;
  const widths = labels.map((l) => measure(l, fontSize));
  const measured = Math.max(0, ...widths.filter((_, i) => i % step === 0));
  return Math.ceil(Math.max(0, ...widths) - measured);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
/** Same shape back: an array stays an array, one object stays one object. */
const mapComponent = (v: unknown, f: (o: Obj, i: number) => Obj): unknown => (Array.isArray(v) ? list(v).map(f) : isObj(v) ? f(v, 0) : v);

function legendNames(option: Obj, legend: Obj): string[] {
  const data = Array.isArray(legend.data) ? legend.data : null;
  if (data) return data.map((d) => (typeof d === 'string' ? d : isObj(d) ? String(d.name ?? '') : '')).filter(Boolean);
  const names: string[] = [];
  for (const s of list(option.series)) {
    if (s.type === 'pie' || s.type === 'funnel') {
      for (const d of list(s.data)) names.push(String(d.name ?? ''));
    } else if (typeof s.name === 'string' && !names.includes(s.name)) names.push(s.name);
  }
  return names;
}

function withFont(style: unknown, fontSize: number): Obj {
  const s = isObj(style) ? style : {};
  return { ...s, fontSize: Math.max(num(s.fontSize, 0), fontSize) };
}

/**
 * Labels written above the top end of vertical reference lines ("Toàn tỉnh 17,5%", "Toàn tỉnh 50,6%") sit on one
 * row and run into each other when the lines are close or the chart is narrow: each further line's label is raised
 * one row. (Builders leave a row per reference line above the plot.)
 */
function staggerReferenceLabels(series: unknown, fontSize: number, minDistance: number): { series: unknown; raisedBy: number } {
  const raisable = (d: unknown): d is Obj => isObj(d) && d.xAxis !== undefined && isObj(d.label) && d.label.position === 'end' && d.label.show !== false;
  const own = list(series).flatMap((s) => (isObj(s.markLine) && Array.isArray(s.markLine.data) ? s.markLine.data.filter(raisable) : []));
  // The lowest row is where the builder put its first label (or above the axis titles); further rows go up from there.
  const builderBase = Math.min(...own.map((d) => num((d.label as Obj).distance, 5)));
  const base = Math.max(builderBase, minDistance);
  const raisedBy = own.length ? base - builderBase : 0;
  let row = 0;
  const staggered = mapComponent(series, (s) => {
    const markLine = isObj(s.markLine) ? s.markLine : null;
    if (!markLine || !Array.isArray(markLine.data)) return s;
    const data = markLine.data.map((d: unknown) => {
      if (!raisable(d)) return d;
      const label = d.label as Obj;
      const raised = { ...d, label: { ...label, distance: Math.max(num(label.distance, 5), base + row * (fontSize + 6)) } };
      row++;
      return raised;
    });
    return { ...s, markLine: { ...markLine, data } };
  });
  return { series: staggered, raisedBy };
}

/** Whether a series writes values on its bars or points, set for the series or for any of its items. */
const hasValueLabels = (s: Obj): boolean =>
  (isObj(s.label) && s.label.show === true) || (Array.isArray(s.data) && s.data.some((d: unknown) => isObj(d) && isObj(d.label) && d.label.show === true));

/** ECharts' distance between a bar's end and its label when the option names none. */
const LABEL_DISTANCE = 5;

type LabelFormatter = (params: Obj) => unknown;

/**
 * The value labels written past the ends of horizontal bars (`position: 'right'`), as the chart will print them:
 * a formatter function is called as ECharts calls it; a string is printed as it stands.
 */
export function endLabels(series: unknown, fontSize: number): Array<{ readonly text: string; readonly fontSize: number; readonly distance: number }> {
  return list(series).flatMap((s) => {
    const own = isObj(s.label) ? s.label : {};
    const data: unknown[] = Array.isArray(s.data) ? s.data : [];
    return data.flatMap((d, dataIndex) => {
      const label = { ...own, ...(isObj(d) && isObj(d.label) ? d.label : {}) };
      if (label.show !== true || label.position !== 'right') return [];
      const value = isObj(d) ? d.value : d;
      const f = label.formatter;
      const text =
        typeof f === 'string' ? f : typeof f === 'function' ? (f as LabelFormatter)({ value, data: d, dataIndex, name: isObj(d) ? d.name : undefined, seriesName: s.name }) : value;
      return text === null || text === undefined || text === '' ? [] : [{ text: String(text), fontSize: num(label.fontSize, fontSize), distance: num(label.distance, LABEL_DISTANCE) }];
    });
  });
}

/**
 * How far above the plot a reference line's label must stand (its `distance`) to clear the value label of the first
 * row of horizontal bars. That label is centred on its row and may stand out above the plot by up to 0.7 em; the
 * line's label hangs 0.4 em (its descenders) below the point it is written at. None without value labels.
 */
export function valueLabelClearance(series: unknown, fontSize: number): number {
  const valueFonts = list(series).flatMap((s) => {
    const own = isObj(s.label) ? s.label : {};
    const items: unknown[] = Array.isArray(s.data) ? s.data : [];
    return [own, ...items.map((d) => ({ ...own, ...(isObj(d) && isObj(d.label) ? d.label : {}) }))].filter((l) => l.show === true).map((l) => num(l.fontSize, fontSize));
  });
  if (!valueFonts.length) return 0;
  const lineFonts = list(series).flatMap((s) =>
    isObj(s.markLine) && Array.isArray(s.markLine.data) ? s.markLine.data.map((d: unknown) => (isObj(d) && isObj(d.label) ? num(d.label.fontSize, fontSize) : fontSize)) : [],
  );
  return Math.ceil(0.4 * Math.max(fontSize, ...lineFonts) + 0.7 * Math.max(...valueFonts)) + 2;
}

/**
 * A reference line (province value, target) is drawn behind the series and its value labels get a white halo, so
 * the line never strikes through a figure such as "32,1".
 */
function behindValueLabels(s: Obj): Obj {
  if (!isObj(s.markLine) || !hasValueLabels(s)) return s;
  const label = isObj(s.label) ? s.label : {};
  return { ...s, markLine: { z: 1, ...s.markLine }, label: { textBorderColor: '#ffffff', textBorderWidth: 3, ...label } };
}

/**
 * The builder's option fitted to the chart's size: returns the option and how many pixels taller the chart should be
 * (a legend that wraps onto more rows than the builder planned for takes room from the plot otherwise).
 */
export function fitOptionToSize(option: EChartsOption, size: ChartSize, measure: MeasureText = estimateTextWidth): { option: EChartsOption; extraHeight: number } {
  if (isObj(option.baseOption)) {
    const fitted = fitOptionToSize(option.baseOption as EChartsOption, size, measure);
    return { option: { ...option, baseOption: fitted.option }, extraHeight: fitted.extraHeight };
  }
  const layout = chartLayout(size);
  const { fontSize } = layout;
  const out: Obj = { ...option };
  const grids = list(option.grid);
  const grid0 = grids[0] ?? {};
  const plotWidth = Math.max(40, size.width - num(grid0.left, 8) - num(grid0.right, 8) - 48);

  // Legends: one row planned at the top; extra rows push the plot down and the chart grows by as much.
  let extraRows = 0;
  if (option.legend !== undefined) {
    out.legend = mapComponent(option.legend, (legend) => {
      if (legend.show === false) return legend;
      const rows = legendRows(legendNames(option, legend), size.width, fontSize, measure);
      extraRows = Math.max(extraRows, rows - 1);
      return { ...legend, type: 'plain', left: legend.left ?? 'center', textStyle: withFont(legend.textStyle, fontSize) };
    });
  }
  // A category axis down the side (a ranking of units) needs a row per name: 13 districts fit the planned height,
  // 69 communes and wards do not, so the chart grows until every name has a row of its own.
  const rowHeight = Math.ceil(fontSize * 1.6);
  const rowsDown = Math.max(0, ...list(option.yAxis).map((a) => ((a.type ?? 'value') === 'category' && Array.isArray(a.data) ? a.data.length : 0)));
  const grid0Top = num(grid0.top, 60);
  const grid0Bottom = num(grid0.bottom, 60);
  const plotHeight = size.height - grid0Top - grid0Bottom;
  const rowsExtra = rowsDown > 0 ? Math.max(0, rowsDown * rowHeight - plotHeight) : 0;
  const legendExtra = extraRows * layout.legendRowHeight;
  const extraHeight = legendExtra + rowsExtra + (rowsDown > 0 && rowsExtra > 0 ? 2 * Math.ceil(fontSize * 0.75) : 0);
  // The builder's top margin assumed a one-row legend at 12 px; larger type needs a little more per row too.
  const fontExtra = option.legend !== undefined ? Math.max(0, fontSize - 12) : 0;
  // ECharts reserves a label's font size for it; a larger label's glyph box is taller than that, so a projector's
  // labels along the plot's edges would be cut: the grid keeps a margin that grows with the type.
  const xLabelFont = Math.max(fontSize, ...list(option.xAxis).map((a) => (isObj(a.axisLabel) ? num(a.axisLabel.fontSize, 0) : 0)));
  const edge = Math.max(0, 2 * (xLabelFont - 12));
  // Names down the side are centred on their rows: the first and last stick out of the plot by half a line.
  const halfRow = rowsDown > 0 ? Math.ceil(fontSize * 0.75) : 0;
  // ECharts measures names for `containLabel` a little narrower than Vietnamese glyphs draw: a few pixels spare.
  const bars = list(option.series).some((s) => s.type === 'bar');
  const nameSlack = rowsDown > 0 && bars ? Math.ceil(fontSize / 2) : 0;
  const pad = { top: legendExtra + fontExtra + edge + halfRow, bottom: edge + halfRow, left: Math.ceil(edge / 2) + nameSlack, right: Math.ceil(edge / 2) };

  const fitAxis = (axis: Obj, along: 'x' | 'y'): Obj => {
    const label = isObj(axis.axisLabel) ? axis.axisLabel : {};
    const next: Obj = {
      ...axis,
      axisLabel: { ...label, fontSize: Math.max(num(label.fontSize, 0), fontSize), hideOverlap: label.hideOverlap ?? true },
      nameTextStyle: withFont(axis.nameTextStyle, layout.nameFontSize),
    };
    const type = axis.type ?? (along === 'x' ? 'category' : 'value');
    if (type === 'category' && along === 'y' && Array.isArray(axis.data)) {
      const names = axis.data.map((d) => (isObj(d) ? String(d.value ?? d.name ?? '') : String(d)));
      const nameFont = num((next.axisLabel as Obj).fontSize, fontSize);
      // A name cut to a set width is as wide as that width at most.
      const cut = typeof label.width === 'number' && (label.overflow === 'truncate' || label.overflow === 'break') ? label.width : Infinity;
      pad.left += containLabelShortfall(names, nameFont, (text, px) => Math.min(cut, measure(text, px)));
    }
    if (type === 'value' && along === 'x' && axis.splitNumber === undefined) next.splitNumber = valueAxisSplitNumber(plotWidth, layout);
    if (type === 'value' && along === 'y' && axis.splitNumber === undefined) next.splitNumber = valueAxisSplitNumber(Math.max(80, size.height * 0.9), { ...layout, minTickSpacing: fontSize * 3.5 });
    if (type === 'category' && along === 'x') {
      const data = Array.isArray(axis.data) ? axis.data.map((d) => (isObj(d) ? String(d.value ?? d.name ?? '') : String(d))) : [];
      const slot = plotWidth / Math.max(1, data.length);
      const widest = Math.max(0, ...data.map((d) => measure(d, fontSize)));
      // When the first and last labels are wider than their slot (or sit on the plot's edges, on a line axis),
      // aligned inwards they neither run under the value axis' labels nor out of the chart.
      const lineAxis = axis.boundaryGap === false;
      const plan = label.interval === 0 && !label.rotate && data.length ? categoryLabelPlan(data, slot, fontSize, measure) : {};
      // Names wrapped to their slots' width fit between their neighbours: aligned inwards from their ticks, the first
      // and last would reach into the next slot and hide the names there.
      const inwards = !label.rotate && (lineAxis || (widest > slot && !plan.wrapWidth));
      // On a line axis the last label is centred on the plot's right edge: the grid makes room for its half
      // rather than aligning it inwards, where it would collide with the one before and be hidden.
      // Lines named at their ends (a bump chart) keep that space for the names: there the last label aligns inwards.
      const endNames = list(option.series).some((s) => isObj(s.endLabel) && s.endLabel.show === true);
      const roomRight = lineAxis && !endNames;
      const ends = inwards ? { alignMinLabel: label.alignMinLabel ?? 'left', ...(roomRight ? {} : { alignMaxLabel: label.alignMaxLabel ?? 'right' }) } : {};
      if (roomRight && data.length) pad.right += Math.ceil(measure(data[data.length - 1] ?? '', fontSize) / 2);
      const labelFont = num((next.axisLabel as Obj).fontSize, fontSize);
      // Wrapped names need a line height for the type they are written in (a slide enlarges the type).
      const wrapped = plan.wrapWidth || label.overflow === 'break';
      // ECharts keeps room for one line of a wrapped label; the second needs its own.
      if (wrapped) pad.bottom += Math.ceil(labelFont * 1.25);
      next.axisLabel = {
        ...(next.axisLabel as Obj),
        ...(wrapped ? { lineHeight: Math.max(num(label.lineHeight, 0), Math.ceil(labelFont * 1.25)) } : {}),
        ...ends,
        ...(plan.wrapWidth ? { width: plan.wrapWidth, overflow: 'break' } : {}),
        ...(plan.rotate ? { rotate: plan.rotate, interval: 'auto' } : {}),
      };
    }
    return next;
  };
  if (option.xAxis !== undefined) out.xAxis = mapComponent(option.xAxis, (a) => fitAxis(a, 'x'));
  if (option.yAxis !== undefined) out.yAxis = mapComponent(option.yAxis, (a) => fitAxis(a, 'y'));

  // Value labels give way to one another rather than printing "99,0%98,8%".
  if (option.series !== undefined) {
    out.series = mapComponent(option.series, (s) => {
      const label = isObj(s.label) ? s.label : null;
      if (!label || label.show !== true) return s;
      const layoutOpt = isObj(s.labelLayout) ? s.labelLayout : {};
      const sized = withFont(label, fontSize);
      // ECharts tests labels for overlap on their glyphs alone ("81,5%" is 0.6 em tall), the screen shows each on a
      // line of its own (1.45 em): a label keeps the rest of its line clear, so two labels a few pixels apart, one
      // above the other's corner, give way rather than read as one.
      const lineMargin = [Math.ceil(num(sized.fontSize, fontSize) * 0.45), 1];
      return {
        ...s,
        label: { textMargin: lineMargin, ...sized },
        labelLayout: typeof s.labelLayout === 'function' ? s.labelLayout : { hideOverlap: true, ...layoutOpt },
      };
    });
  }
  // Values written past the bars' ends ("100,0%") need the room of the widest one right of the plot, at the size
  // they are printed in (a slide enlarges them): a bar that reaches the axis' end would push its label out otherwise.
  const valueRoom = rowsDown > 0 ? Math.max(0, ...endLabels(out.series, fontSize).map((l) => Math.ceil(measure(l.text, l.fontSize) + l.distance + 2))) : 0;
  // Titles written above the value axes take a row above the plot: reference-line labels go above that row.
  const nameRow = list(option.yAxis).some((a) => typeof a.name === 'string' && a.name !== '' && (a.nameLocation ?? 'end') === 'end') ? 10 + Math.ceil(layout.nameFontSize * 1.4) : 0;
  const staggered = staggerReferenceLabels(out.series, fontSize, Math.max(nameRow, rowsDown > 0 ? valueLabelClearance(out.series, fontSize) : 0));
  out.series = mapComponent(staggered.series, behindValueLabels);
  pad.top += staggered.raisedBy;
  if (option.grid !== undefined && (Object.values(pad).some((v) => v > 0) || valueRoom > 0))
    out.grid = mapComponent(option.grid, (g) => ({
      ...g,
      top: num(g.top, 60) + pad.top,
      bottom: num(g.bottom, 60) + pad.bottom,
      left: typeof g.left === 'number' ? g.left + pad.left : g.left,
      right: typeof g.right === 'number' ? Math.max(g.right + pad.right, valueRoom) : g.right,
    }));
  // A tooltip stays inside the chart: on a phone it would otherwise run off the screen.
  if (isObj(option.tooltip)) out.tooltip = { confine: true, ...option.tooltip, textStyle: withFont(option.tooltip.textStyle, fontSize) };

  return { option: out as EChartsOption, extraHeight };
}
