import type { Feature, Geometry } from 'geojson';
import type { GeoJSON as LeafletGeoJSON, LatLngBoundsExpression, Layer, Path, PathOptions } from 'leaflet';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { ColorScale } from '../../domain/scale';
import { reconcileBoundaries } from '../../sources/boundaries/reconcile';
import type { Boundaries } from '../../sources/boundaries/normalise';
import { Legend } from './Legend';
import { hoverStyle, unitStyle } from './map-style';
import { CHOROPLETH_MESSAGES_VI, type ChoroplethMessages } from './messages';
import { tooltipContent } from './tooltip-content';
import { buildUnitRows, defaultFormatChange, type UnitRow } from './unit-rows';
import { UnitTable } from './UnitTable';
import { textAsHtml } from '../../lib/html-text';

export interface ChoroplethMapProps {
  readonly boundaries: Boundaries;
  /** Value per unit code for the period shown; null or absent = no data. */
  readonly values: ReadonlyMap<string, number | null>;
  /** Built from the same values (createColorScale); paints the shapes and writes the legend. */
  readonly scale: ColorScale;
  /** Unit code → display name ("Huyện Hương Sơn"). Names are shown as text, never parsed as HTML. */
  readonly unitNames: ReadonlyMap<string, string>;
  /** The units the data speak of; defaults to the keys of unitNames. Reconciled against the boundary codes. */
  readonly unitCodes?: readonly string[];
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
  readonly title: string;
  readonly periodLabel: string;
  /** "%", "hồ sơ", "đơn"… shown in the title, the legend and the table header. */
  readonly unitOfMeasure: string;
  /** Values of the previous period: the tooltip and table then show the change. */
  readonly previousValues?: ReadonlyMap<string, number | null>;
  /** True for the demo's own shapes: the map says they are not official. */
  readonly illustrative: boolean;
  /**
   * Areas drawn in grey under the units for orientation (the neighbouring provinces): not coloured, not clickable,
   * outside the fitted view's reckoning.
   */
  readonly context?: Boundaries | null;
  /** Data credits shown on the map (e.g. "© OpenStreetMap contributors" for shapes made from its data). */
  readonly credits?: readonly string[];
  /** Optional base map; none by default (the shapes need no tile server). */
  readonly tiles?: { readonly url: string; readonly attribution: string } | null;
  readonly formatValue: (value: number) => string;
  /** Defaults to a signed formatValue ("+2,5", "−1,0"); pass one for percentage points. */
  readonly formatChange?: (change: number) => string;
  readonly messages?: Partial<ChoroplethMessages>;
  readonly headingLevel?: 2 | 3 | 4;
  /** CSS height of the map area. */
  readonly height?: number | string;
  /**
   * Puts every shape in the tab order (Enter/Space selects). On by default up to 60 shapes; beyond that the
   * table is the keyboard path, since hundreds of tab stops would trap keyboard users.
   */
  readonly focusableShapes?: boolean;
}

const FOCUSABLE_SHAPES_LIMIT = 60;

/** Context areas: quiet grey, a shade darker at the borders, so the coloured units stand out. */
const CONTEXT_STYLE: PathOptions = { fillColor: '#e6e8eb', fillOpacity: 1, color: '#b9c0c8', weight: 0.8, interactive: false };

type UnitFeature = Feature<Geometry, { code: string }>;

const codeOf = (feature: Feature | undefined): string | undefined => {
  const code: unknown = feature?.properties?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Refits the view when the shapes' extent changes (new boundaries), never when values change. */
function FitToBoundaries({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  const fitted = useRef(bounds); // MapContainer fitted the first bounds itself
  useEffect(() => {
    if (fitted.current === bounds) return;
    fitted.current = bounds;
    map.fitBounds(bounds);
  }, [map, bounds]);
  return null;
}

/**
 * False on the first render, true from a new task after it: the map and its units are built in one task, the grey
 * context areas (the neighbouring provinces, the file with the most points) in the next, so a phone does not spend
 * both in one long task.
 */
function useNextTask(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(id);
  }, []);
  return ready;
}

/** Added after the units, the context areas are moved under them. */
const CONTEXT_EVENTS = { add: (event: { target: LeafletGeoJSON }) => void event.target.bringToBack() };

/** A unit the boundary file draws but the catalogue does not know: shown by its code, without data. */
function rowOrEmpty(code: string, rowsByCode: ReadonlyMap<string, UnitRow>, unitNames: ReadonlyMap<string, string>): UnitRow {
  return (
    rowsByCode.get(code) ?? { code, name: unitNames.get(code) ?? code, value: null, rank: null, ranked: 0, previous: null, change: null, hasShape: true }
  );
}

/** What the tooltip, the accessible names and the handlers need to describe a unit. */
interface ShapeData {
  readonly style: (feature?: Feature) => PathOptions;
  readonly rowsByCode: ReadonlyMap<string, UnitRow>;
  readonly unitNames: ReadonlyMap<string, string>;
  readonly messages: ChoroplethMessages;
  readonly formatValue: (value: number) => string;
  readonly formatChange: (change: number) => string;
  readonly showChange: boolean;
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
}

type DescribeData = Pick<ShapeData, 'rowsByCode' | 'unitNames' | 'messages' | 'formatValue' | 'formatChange' | 'showChange' | 'selectedCode'>;

function tooltipFor(code: string, data: DescribeData): HTMLElement {
  const { formatValue, formatChange, messages, showChange } = data;
  return tooltipContent(rowOrEmpty(code, data.rowsByCode, data.unitNames), { formatValue, formatChange, messages, showChange });
}

/** Accessible name ("Huyện Can Lộc: 82,5 %") and pressed state of a focusable shape. */
function describeShape(element: Element, code: string, data: DescribeData): void {
  const row = rowOrEmpty(code, data.rowsByCode, data.unitNames);
  element.setAttribute('aria-label', data.messages.shapeLabel(row.name, row.value === null ? data.messages.noData : data.formatValue(row.value)));
  element.setAttribute('aria-pressed', String(code === data.selectedCode));
}

/** SVG paths of the layer, by unit code (a unit merged from several features still has one path). */
function pathsOf(layer: LeafletGeoJSON | null): Map<string, Path> {
  const paths = new Map<string, Path>();
  layer?.eachLayer((child) => {
    const code = codeOf((child as Layer & { feature?: Feature }).feature);
    if (code !== undefined) paths.set(code, child as Path);
  });
  return paths;
}

/**
 * A choropleth of administrative units on Leaflet (SVG). Values and selection restyle the existing GeoJSON layer
 * through one memoised style function (react-leaflet calls setStyle when it changes): the layer is rebuilt only for
 * new boundaries, so zoom, pan and DOM nodes survive a period change.
 */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const { boundaries, values, scale, unitNames, selectedCode, onSelect, formatValue, previousValues } = props;
  const messages = useMemo(() => ({ ...CHOROPLETH_MESSAGES_VI, ...props.messages }), [props.messages]);
  const formatChange = useMemo(() => props.formatChange ?? defaultFormatChange(formatValue), [props.formatChange, formatValue]);
  const unitCodes = useMemo(() => props.unitCodes ?? [...unitNames.keys()], [props.unitCodes, unitNames]);
  const shapeCodes = useMemo(() => new Set(boundaries.codes), [boundaries.codes]);
  const reconciliation = useMemo(() => reconcileBoundaries(boundaries.codes, unitCodes), [boundaries.codes, unitCodes]);
  const rows = useMemo(
    () => buildUnitRows({ unitCodes, unitNames, values, previousValues, direction: scale.direction, shapeCodes }),
    [unitCodes, unitNames, values, previousValues, scale.direction, shapeCodes],
  );
  const rowsByCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const legend = useMemo(() => scale.legend(unitCodes.map((code) => values.get(code))), [scale, unitCodes, values]);

  const reactId = useId();
  const ids = useMemo(() => {
    const safe = reactId.replace(/[^a-zA-Z0-9_-]/g, '');
    return { hatch: `choropleth-hatch-${safe}`, title: `choropleth-title-${safe}` };
  }, [reactId]);

  const fillOpacity = props.tiles ? 0.7 : 0.9;
  const style = useMemo(() => {
    const input = { values, scale, selectedCode, noDataPaint: `url(#${ids.hatch})`, fillOpacity };
    return (feature?: Feature): PathOptions => unitStyle(codeOf(feature), input);
  }, [values, scale, selectedCode, ids.hatch, fillOpacity]);

  const showChange = previousValues !== undefined;
  const focusable = props.focusableShapes ?? boundaries.codes.length <= FOCUSABLE_SHAPES_LIMIT;
  /** What the handlers Leaflet binds once per shape read at event time. */
  const latest: ShapeData = { style, rowsByCode, unitNames, messages, formatValue, formatChange, showChange, selectedCode, onSelect };
  const live = useRef(latest);
  useLayoutEffect(() => {
    live.current = latest;
  });

  const layerRef = useRef<LeafletGeoJSON | null>(null);
  const contextReady = useNextTask();

  const bringSelectedToFront = useCallback(() => {
    const selected = live.current.selectedCode;
    if (selected !== null) pathsOf(layerRef.current).get(selected)?.bringToFront();
  }, []);

  const onEachFeature = useCallback(
    (feature: UnitFeature, layer: Layer) => {
      const code = codeOf(feature);
      if (code === undefined) return;
      const path = layer as Path;
      path.bindTooltip(() => tooltipFor(code, live.current), { sticky: true, direction: 'top', opacity: 1, className: 'choropleth__tooltip' });
      path.on({
        mouseover: () => {
          path.setStyle(hoverStyle(live.current.style(feature)));
          path.bringToFront();
        },
        mouseout: () => {
          path.setStyle(live.current.style(feature));
          bringSelectedToFront();
        },
        click: () => live.current.onSelect(code),
        add: () => {
          const element = path.getElement();
          if (!element) return;
          element.setAttribute('data-code', code);
          if (code === live.current.selectedCode) path.bringToFront();
          if (!focusable) return;
          element.setAttribute('tabindex', '0');
          element.setAttribute('role', 'button');
          describeShape(element, code, live.current);
          element.addEventListener('keydown', (event) => {
            if (!(event instanceof KeyboardEvent) || (event.key !== 'Enter' && event.key !== ' ')) return;
            event.preventDefault();
            live.current.onSelect(code);
          });
          element.addEventListener('focus', () => path.openTooltip());
          element.addEventListener('blur', () => path.closeTooltip());
        },
      });
    },
    [focusable, bringSelectedToFront],
  );

  // After react-leaflet's setStyle (a child effect, so it ran first): refresh accessible names, pressed state and an
  // open tooltip, and keep the selected outline on top of its neighbours.
  useEffect(() => {
    const data = { rowsByCode, unitNames, messages, formatValue, formatChange, showChange, selectedCode };
    for (const [code, path] of pathsOf(layerRef.current)) {
      const element = path.getElement();
      if (focusable && element) describeShape(element, code, data);
      if (path.isTooltipOpen()) path.getTooltip()?.setContent(tooltipFor(code, data));
    }
    if (selectedCode !== null) pathsOf(layerRef.current).get(selectedCode)?.bringToFront();
  }, [rowsByCode, unitNames, messages, formatValue, formatChange, showChange, selectedCode, focusable]);

  const [west, south, east, north] = boundaries.bbox;
  const bounds = useMemo<LatLngBoundsExpression>(() => [[south, west], [north, east]], [south, west, north, east]);
  const Heading = `h${props.headingLevel ?? 3}` as const;
  const credits = props.credits ?? [];
  const missingNames = reconciliation.missingShapes.map((code) => `${unitNames.get(code) ?? code} (${code})`).join(', ');

  return (
    <section className="choropleth" aria-labelledby={ids.title}>
      <header className="choropleth__header">
        <Heading id={ids.title} className="choropleth__title">
          {props.title}
        </Heading>
        <p className="choropleth__subtitle">
          {props.periodLabel}
          {props.unitOfMeasure ? ` · ${props.unitOfMeasure}` : ''}
        </p>
      </header>
      <div className="choropleth__frame" style={{ height: props.height ?? 420 }}>
        <svg className="choropleth__defs" width="0" height="0" aria-hidden="true" focusable="false">
          <defs>
            <pattern id={ids.hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={scale.noData.fill} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={scale.noData.hatch} strokeWidth="2" />
            </pattern>
          </defs>
        </svg>
        <MapContainer
          className="choropleth__map"
          bounds={bounds}
          zoomSnap={0.25}
          scrollWheelZoom={false}
          attributionControl={Boolean(props.tiles)}
        >
          {props.tiles && <TileLayer url={props.tiles.url} attribution={textAsHtml(props.tiles.attribution)} />}
          {props.context && contextReady && (
            <GeoJSON key={`context|${props.context.version}`} data={props.context.collection} style={CONTEXT_STYLE} interactive={false} eventHandlers={CONTEXT_EVENTS} />
          )}
          <GeoJSON key={`${boundaries.version}|${focusable}`} ref={layerRef} data={boundaries.collection} style={style} onEachFeature={onEachFeature} />
          <FitToBoundaries bounds={bounds} />
        </MapContainer>
        {(props.illustrative || credits.length > 0) && (
          <p className="choropleth__illustrative">
            {props.illustrative && <span>{messages.illustrative}</span>}
            {credits.map((credit) => (
              <span key={credit} className="choropleth__credit">
                {credit}
              </span>
            ))}
          </p>
        )}
      </div>
      <Legend entries={legend} title={messages.legendTitle} unitOfMeasure={props.unitOfMeasure} />
      {(reconciliation.missingShapes.length > 0 || reconciliation.unknownShapes.length > 0) && (
        <div className="choropleth__notice" role="note">
          {reconciliation.missingShapes.length > 0 && <p>{messages.missingShapes(missingNames)}</p>}
          {reconciliation.unknownShapes.length > 0 && <p>{messages.unknownShapes(reconciliation.unknownShapes.join(', '))}</p>}
        </div>
      )}
      <UnitTable
        rows={rows}
        caption={`${props.title} · ${props.periodLabel}`}
        unitOfMeasure={props.unitOfMeasure}
        selectedCode={selectedCode}
        onSelect={onSelect}
        formatValue={formatValue}
        formatChange={formatChange}
        showChange={showChange}
        messages={messages}
      />
    </section>
  );
}
