/**
 * Browser side of `npm run bench:map` (scripts/bench-map-restyle.ts): mounts the real ChoroplethMap on a boundary
 * file and times value changes, then times bare Leaflet setStyle with measureRestyle. Not part of the app build.
 */
import type { Feature } from 'geojson';
import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import ChoroplethMap from '../../src/components/choropleth';
import { unitStyle } from '../../src/components/choropleth/map-style';
import { measureRestyle, timing, type RestyleTiming } from '../../src/components/choropleth/measure-restyle';
import { createColorScale, type ScaleSpec } from '../../src/domain/scale';
import { normaliseBoundaries, type Boundaries } from '../../src/sources/boundaries/normalise';

export interface BenchResult {
  readonly units: number;
  /** setState → React commit → react-leaflet setStyle, synchronous (flushSync). */
  readonly react: RestyleTiming;
  /** The same plus the style recalculation and layout the browser then owes (forced by reading layout). */
  readonly layout: RestyleTiming;
  /** Bare Leaflet `layer.setStyle` with a new style function (measureRestyle). */
  readonly setStyle: RestyleTiming;
  /** False would mean the fills were not yet updated when flushSync returned (timings then undercount). */
  readonly restyledSynchronously: boolean;
}

declare global {
  interface Window {
    mapBench?: {
      run: (file: string, rounds: number) => Promise<BenchResult>;
      /** Mounts the map and leaves it on screen (a selected unit, a previous period) for a screenshot. */
      show: (file: string) => Promise<void>;
    };
  }
}

const spec: ScaleSpec = { classification: { method: 'quantile', classes: 5 }, scheme: { kind: 'sequential' }, direction: 'higher-is-better', unit: '%' };
const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const formatValue = (v: number) => `${format.format(v)} %`;

/** Two clearly different periods: the order reversed, and every 9th unit without data in one of them. */
function valueSets(codes: readonly string[]): Map<string, number | null>[] {
  const up = new Map(codes.map((code, i) => [code, 50 + (45 * i) / codes.length]));
  const down = new Map(codes.map((code, i) => [code, i % 9 === 0 ? null : 95 - (45 * i) / codes.length]));
  return [up, down];
}

interface BenchProps {
  readonly boundaries: Boundaries;
  readonly sets: Map<string, number | null>[];
  readonly selected?: string | null;
  /** Hands the bench the setter that switches periods. */
  readonly onReady?: (showSet: (index: number) => void) => void;
}

function Bench({ boundaries, sets, selected = null, onReady }: BenchProps) {
  const [index, setIndex] = useState(0);
  const [selectedCode, setSelectedCode] = useState<string | null>(selected);
  useEffect(() => onReady?.(setIndex), [onReady]);
  const values = useMemo(() => sets[index % sets.length] ?? new Map<string, number | null>(), [sets, index]);
  const scale = useMemo(() => createColorScale(spec, values.values()), [values]);
  const unitNames = useMemo(() => new Map(boundaries.codes.map((c) => [c, `Đơn vị ${c}`])), [boundaries]);
  return (
    <ChoroplethMap
      boundaries={boundaries}
      values={values}
      scale={scale}
      unitNames={unitNames}
      selectedCode={selectedCode}
      onSelect={setSelectedCode}
      previousValues={sets[(index + 1) % sets.length]}
      title="Tỷ lệ hồ sơ giải quyết đúng hạn"
      periodLabel={`Kỳ ${index}`}
      unitOfMeasure="%"
      illustrative
      formatValue={formatValue}
      height={600}
    />
  );
}

/** The style function ChoroplethMap builds for a set of values, for bare Leaflet timing. */
function styleFor(values: Map<string, number | null>) {
  const input = { values, scale: createColorScale(spec, values.values()), selectedCode: null, noDataPaint: '#d9d9d9', fillOpacity: 0.9 };
  return (feature?: Feature) => unitStyle(String(feature?.properties?.code ?? ''), input);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function load(file: string): Promise<Boundaries> {
  const raw: unknown = await (await fetch(`./${file}`)).json();
  return normaliseBoundaries(raw, { codeProperty: 'ma_huyen', sourceName: file });
}

async function show(file: string): Promise<void> {
  const boundaries = await load(file);
  const host = document.getElementById('bench') ?? document.body;
  host.style.width = '900px';
  // The second period first: it has units without data, so the hatching shows.
  createRoot(host).render(<Bench boundaries={boundaries} sets={valueSets(boundaries.codes).toReversed()} selected={boundaries.codes[7] ?? null} />);
  while (host.querySelectorAll('path.leaflet-interactive').length < boundaries.codes.length) await nextFrame();
}

async function run(file: string, rounds: number): Promise<BenchResult> {
  const boundaries = await load(file);
  const sets = valueSets(boundaries.codes);
  const host = document.getElementById('bench') ?? document.body;
  host.style.width = '900px';

  const root = createRoot(host);
  let showSet: ((index: number) => void) | undefined;
  flushSync(() => root.render(<Bench boundaries={boundaries} sets={sets} onReady={(setter) => (showSet = setter)} />));
  while (host.querySelectorAll('path.leaflet-interactive').length < boundaries.codes.length) await nextFrame();
  const probe = host.querySelector('path.leaflet-interactive');
  const react: number[] = [];
  const layout: number[] = [];
  let restyledSynchronously = true;
  for (let round = 1; round <= rounds; round++) {
    const before = probe?.getAttribute('fill');
    const start = performance.now();
    flushSync(() => showSet?.(round));
    react.push(performance.now() - start);
    if (probe?.getAttribute('fill') === before) restyledSynchronously = false;
    void host.getBoundingClientRect().height;
    if (probe instanceof SVGGraphicsElement) void probe.getBBox();
    void getComputedStyle(probe ?? host).fill;
    layout.push(performance.now() - start);
    await nextFrame();
  }
  root.unmount();

  const mapHost = document.createElement('div');
  mapHost.style.cssText = 'width:900px;height:600px';
  document.body.append(mapHost);
  const [west, south, east, north] = boundaries.bbox;
  const map = L.map(mapHost).fitBounds([[south, west], [north, east]]);
  const layer = L.geoJSON(boundaries.collection, { style: styleFor(sets[0] ?? new Map()) }).addTo(map);
  const setStyle = measureRestyle(layer, sets, styleFor, rounds);
  map.remove();
  mapHost.remove();

  return { units: boundaries.codes.length, react: timing(react), layout: timing(layout), setStyle, restyledSynchronously };
}

window.mapBench = { run, show };
