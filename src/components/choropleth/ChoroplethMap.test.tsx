import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_DISTRICTS, TYPE_LABEL } from '../../../mocks/data/units';
import { createColorScale, type ScaleSpec } from '../../domain/scale';
import { normaliseBoundaries, type Boundaries } from '../../sources/boundaries/normalise';
import { ChoroplethMap, type ChoroplethMapProps } from './ChoroplethMap';

const demoFile = path.resolve(process.cwd(), 'public/geo/demo-districts.geojson');
const boundaries: Boundaries = normaliseBoundaries(JSON.parse(readFileSync(demoFile, 'utf8')), {
  codeProperty: 'ma_huyen',
  sourceName: '/geo/demo-districts.geojson',
});
const unitNames = new Map(DEMO_DISTRICTS.map((d) => [d.code, `${TYPE_LABEL[d.type]} ${d.name}`]));
const CODES = DEMO_DISTRICTS.map((d) => d.code);

/** 436 → 60, 437 → 62, … rising by 2 per unit in catalogue order; 448 (Lộc Hà) has no data. */
function valuesFrom(base: number): Map<string, number | null> {
  return new Map(CODES.map((code, i) => [code, code === '448' ? null : base + 2 * i]));
}

const spec: ScaleSpec = { classification: { method: 'quantile', classes: 5 }, scheme: { kind: 'sequential' }, direction: 'higher-is-better', unit: '%' };
const viNumber = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const formatValue = (v: number) => `${viNumber.format(v)} %`;

function props(overrides: Partial<ChoroplethMapProps> = {}): ChoroplethMapProps {
  const values = overrides.values ?? valuesFrom(60);
  return {
    boundaries,
    values,
    scale: createColorScale(spec, values.values()),
    unitNames,
    selectedCode: null,
    onSelect: () => undefined,
    title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    periodLabel: 'Quý 3/2024',
    unitOfMeasure: '%',
    illustrative: true,
    formatValue,
    ...overrides,
  };
}

function pathFor(container: HTMLElement, code: string): SVGPathElement {
  const element = container.querySelector<SVGPathElement>(`path.leaflet-interactive[data-code="${code}"]`);
  if (!element) throw new Error(`no path for ${code}`);
  return element;
}

/** The data table renders its rows once opened, as a user opens it. */
async function openTable(): Promise<HTMLElement> {
  fireEvent.click(screen.getByText(/^Bảng số liệu/));
  return screen.findByRole('table');
}

describe('ChoroplethMap', () => {
  it('draws one interactive path per unit, filled from the scale', () => {
    const p = props();
    const { container } = render(<ChoroplethMap {...p} />);
    expect(container.querySelectorAll('path.leaflet-interactive')).toHaveLength(13);
    for (const code of CODES.filter((c) => c !== '448')) {
      expect(pathFor(container, code).getAttribute('fill')).toBe(p.scale.fill(p.values.get(code)));
    }
    // Highest value (449, the last unit) gets the darkest class; lowest (436) the lightest.
    expect(pathFor(container, '449').getAttribute('fill')).toBe(p.scale.classes.at(-1)?.fill);
    expect(pathFor(container, '436').getAttribute('fill')).toBe(p.scale.classes[0]?.fill);
  });

  it('paints a unit without data with the hatched no-data pattern, not the lowest class', () => {
    const p = props();
    const { container } = render(<ChoroplethMap {...p} />);
    const fill = pathFor(container, '448').getAttribute('fill') ?? '';
    const patternId = /^url\(#(.+)\)$/.exec(fill)?.[1];
    expect(patternId).toBeDefined();
    const pattern = container.querySelector(`pattern[id="${patternId}"]`);
    expect(pattern?.querySelector('rect')?.getAttribute('fill')).toBe(p.scale.noData.fill);
    expect(p.scale.classes.map((c) => c.fill)).not.toContain(fill);
  });

  it('shows the title, period, unit of measure and a legend from the same scale', () => {
    const p = props();
    render(<ChoroplethMap {...p} />);
    expect(screen.getByRole('heading', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' })).toBeInTheDocument();
    expect(screen.getByText('Quý 3/2024 · %')).toBeInTheDocument();
    const legend = screen.getByRole('figure');
    const labels = within(legend).getAllByRole('listitem').map((li) => li.querySelector('.choropleth__legend-label')?.textContent);
    expect(labels).toEqual(p.scale.legend().map((e) => e.label));
    expect(labels.at(-1)).toBe('Không có số liệu');
    expect(within(legend).getAllByRole('listitem').at(-1)?.textContent).toContain('(1)');
  });

  it('calls onSelect with the unit code on click and outlines the selected unit', () => {
    const onSelect = vi.fn<(code: string) => void>();
    const { container, rerender } = render(<ChoroplethMap {...props({ onSelect })} />);
    fireEvent.click(pathFor(container, '444'));
    expect(onSelect).toHaveBeenCalledWith('444');
    expect(pathFor(container, '444').getAttribute('stroke-width')).not.toBe('3');
    rerender(<ChoroplethMap {...props({ onSelect, selectedCode: '444' })} />);
    expect(pathFor(container, '444').getAttribute('stroke-width')).toBe('3');
    expect(pathFor(container, '436').getAttribute('stroke-width')).not.toBe('3');
  });

  it('restyles the same path elements when values change: no remount', () => {
    const first = props();
    const { container, rerender } = render(<ChoroplethMap {...first} />);
    const before = new Map(CODES.map((code) => [code, pathFor(container, code)]));
    const mapPane = container.querySelector('.leaflet-map-pane');
    // Reverse the order: the lowest unit becomes the highest.
    const reversed = new Map(CODES.map((code, i) => [code, code === '448' ? null : 100 - 2 * i]));
    const second = props({ values: reversed, periodLabel: 'Quý 4/2024' });
    rerender(<ChoroplethMap {...second} />);
    for (const code of CODES) expect(pathFor(container, code)).toBe(before.get(code));
    expect(container.querySelector('.leaflet-map-pane')).toBe(mapPane);
    expect(pathFor(container, '436').getAttribute('fill')).toBe(second.scale.classes.at(-1)?.fill);
    expect(pathFor(container, '449').getAttribute('fill')).toBe(second.scale.classes[0]?.fill);
  });

  it('rebuilds the layer for a new boundary version', () => {
    const { container, rerender } = render(<ChoroplethMap {...props()} />);
    const before = pathFor(container, '436');
    rerender(<ChoroplethMap {...props({ boundaries: { ...boundaries, version: 'next' } })} />);
    expect(pathFor(container, '436')).not.toBe(before);
    expect(container.querySelectorAll('path.leaflet-interactive')).toHaveLength(13);
  });

  it('renders a hostile unit name as text in the tooltip, the table and the accessible name', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const names = new Map(unitNames).set('437', hostile);
    const { container } = render(<ChoroplethMap {...props({ unitNames: names })} />);
    const shape = pathFor(container, '437');
    fireEvent.mouseOver(shape);
    const tooltip = container.querySelector('.leaflet-tooltip');
    expect(tooltip?.textContent).toContain(hostile);
    expect(shape.getAttribute('aria-label')).toContain(hostile);
    await openTable();
    expect(screen.getByRole('button', { name: hostile })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows name, value, rank and change in the tooltip', () => {
    const previous = new Map(CODES.map((code, i) => [code, 58 + 2 * i]));
    const { container } = render(<ChoroplethMap {...props({ previousValues: previous })} />);
    fireEvent.mouseOver(pathFor(container, '449'));
    const lines = [...(container.querySelector('.choropleth-tooltip')?.children ?? [])].map((e) => e.textContent);
    // 449 is the 13th unit: 60 + 2·12 = 84, the highest of 12 units with data.
    expect(lines).toEqual(['Thị xã Kỳ Anh', '84,0 %', 'Hạng 1/12', 'So với kỳ trước: +2,0 %']);
  });

  it('says "no data" in the tooltip of a unit without a value', () => {
    const { container } = render(<ChoroplethMap {...props()} />);
    fireEvent.mouseOver(pathFor(container, '448'));
    expect(container.querySelector('.choropleth-tooltip__value')?.textContent).toBe('Không có số liệu');
    expect(container.querySelector('.choropleth-tooltip__rank')).toBeNull();
  });

  it('lets the keyboard select a shape and a table row', async () => {
    const onSelect = vi.fn<(code: string) => void>();
    const { container } = render(<ChoroplethMap {...props({ onSelect })} />);
    const shape = pathFor(container, '441');
    expect(shape.getAttribute('tabindex')).toBe('0');
    expect(shape.getAttribute('role')).toBe('button');
    fireEvent.keyDown(shape, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('441');
    fireEvent.keyDown(shape, { key: 'a' });
    expect(onSelect).toHaveBeenCalledTimes(1);
    await openTable();
    fireEvent.click(screen.getByRole('button', { name: 'Huyện Can Lộc' }));
    expect(onSelect).toHaveBeenLastCalledWith('443');
  });

  it('marks the selected unit as pressed on the shape and in the table', async () => {
    const { container } = render(<ChoroplethMap {...props({ selectedCode: '443' })} />);
    expect(pathFor(container, '443').getAttribute('aria-pressed')).toBe('true');
    expect(pathFor(container, '436').getAttribute('aria-pressed')).toBe('false');
    await openTable();
    expect(screen.getByRole('button', { name: 'Huyện Can Lộc' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists every unit in the table, ranked, no-data last', async () => {
    render(<ChoroplethMap {...props()} />);
    const rows = within(await openTable()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    expect(rows[0]?.textContent).toContain('Thị xã Kỳ Anh');
    expect(rows[0]?.textContent).toContain('1/12');
    expect(rows.at(-1)?.textContent).toContain('Huyện Lộc Hà');
    expect(rows.at(-1)?.textContent).toContain('Không có số liệu');
  });

  it('says the boundaries are illustrative only when they are', () => {
    const { rerender } = render(<ChoroplethMap {...props({ illustrative: true })} />);
    expect(screen.getByText('Ranh giới minh họa, không phải ranh giới chính thức')).toBeInTheDocument();
    rerender(<ChoroplethMap {...props({ illustrative: false })} />);
    expect(screen.queryByText('Ranh giới minh họa, không phải ranh giới chính thức')).toBeNull();
  });

  it('shows the data credits it is given, with illustrative shapes or real ones, and none unasked', () => {
    const { rerender } = render(<ChoroplethMap {...props({ illustrative: true, credits: ['© OpenStreetMap contributors'] })} />);
    expect(screen.getByText('© OpenStreetMap contributors')).toBeInTheDocument();
    rerender(<ChoroplethMap {...props({ illustrative: false, credits: ['© OpenStreetMap contributors'] })} />);
    expect(screen.getByText('© OpenStreetMap contributors')).toBeInTheDocument();
    rerender(<ChoroplethMap {...props({ illustrative: false })} />);
    expect(screen.queryByText('© OpenStreetMap contributors')).toBeNull();
  });

  it('draws the context areas in grey under the units, outside the tab order and without a code', async () => {
    const context = normaliseBoundaries(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Nghệ An' }, geometry: { type: 'Polygon', coordinates: [[[105, 19], [106, 19], [106, 20], [105, 19]]] } }] },
      { codeProperty: 'name', sourceName: 'context' },
    );
    const { container } = render(<ChoroplethMap {...props({ context })} />);
    const greyPaths = () => [...container.querySelectorAll('path')].filter((p) => p.getAttribute('fill') === '#e6e8eb');
    // The context areas are added in the task after the units (one long task fewer on a phone), then moved under them.
    await waitFor(() => expect(greyPaths()).toHaveLength(1));
    const grey = greyPaths();
    const firstUnit = container.querySelector('path[data-code]');
    expect(firstUnit).not.toBeNull();
    expect(grey[0]?.compareDocumentPosition(firstUnit as Node) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(grey[0]?.getAttribute('data-code')).toBeNull();
    expect(grey[0]?.getAttribute('tabindex')).toBeNull();
  });

  it('takes its words from the messages prop', () => {
    render(<ChoroplethMap {...props({ messages: { illustrative: 'Illustrative boundaries' } })} />);
    expect(screen.getByText('Illustrative boundaries')).toBeInTheDocument();
  });

  it('reports units without a shape and shapes without a unit instead of dropping them', async () => {
    const names = new Map(unitNames).set('999', 'Huyện Mới');
    names.delete('449');
    const values = valuesFrom(60).set('999', 70);
    render(<ChoroplethMap {...props({ unitNames: names, values })} />);
    const notice = screen.getByRole('note');
    expect(notice.textContent).toContain('Huyện Mới (999)');
    expect(notice.textContent).toContain('449');
    await openTable();
    expect(screen.getByRole('button', { name: 'Huyện Mới' })).toBeInTheDocument();
  });

  it('renders the table rows only while the table is open', async () => {
    render(<ChoroplethMap {...props()} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Bảng số liệu (13 đơn vị)')).toBeInTheDocument();
    await openTable();
    expect(screen.getAllByRole('row')).toHaveLength(14);
  });

  it('shows no notice when shapes and units match', () => {
    render(<ChoroplethMap {...props()} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('ChoroplethMap tile attribution', () => {
  it('shows the configured attribution as text: markup in config.json is displayed, never run', () => {
    const attribution = '<img src=x onerror="window.__pwned=1">© Sở TN&MT';
    const { container } = render(<ChoroplethMap {...props({ tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution } })} />);
    const control = container.querySelector('.leaflet-control-attribution');
    expect(control?.querySelector('img')).toBeNull();
    expect(control?.textContent).toContain('<img src=x onerror="window.__pwned=1">© Sở TN&MT');
  });
});
