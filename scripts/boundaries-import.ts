/**
 * Turns a GIS export of unit boundaries into the file the map loads at run time (public/geo/*.geojson).
 *
 *   npm run boundaries:import -- <input.geojson|.topojson> --code-property <prop> --out public/geo/x.geojson
 *       [--catalogue codes.json | --expect 436,437,…] [--target-kb 60] [--object name] [--name-property name]
 *       [--out-property ma_huyen] [--decimals 4] [--snap]
 *
 * Steps: validate (FeatureCollection of (Multi)Polygons, a code on every feature, WGS 84 degrees) → map the code
 * property to `ma_huyen` → check every expected unit is present (exit 1 listing the missing ones) → simplify with
 * mapshaper, which builds a topology first so neighbours keep one shared border (no gaps, no overlaps) and
 * `keep-shapes` keeps small islands → round coordinates → rewind rings to RFC 7946 → write compact GeoJSON.
 * The simplification level is the largest that fits --target-kb.
 *
 * Checks that always run, whatever the flags: every feature has a code in --code-property (else the message lists
 * the properties the file does have); no two features share a code unless --merge-parts says they are parts of one
 * unit (a province-level property such as MA_TINH would otherwise merge every district into one shape); islets that
 * simplification would drop are put back from the input and listed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';
import { isUpstreamError } from '../src/lib/http';
import { normaliseBoundaries, readCode, type Boundaries } from '../src/sources/boundaries/normalise';
import { reconcileBoundaries } from '../src/sources/boundaries/reconcile';
import { topologyToGeoJson } from '../src/sources/boundaries/topojson';
import { stringifyFeatureCollection, totalAreaKm2 } from './geo-area';

export interface ImportOptions {
  readonly input: string;
  readonly out: string;
  readonly codeProperty: string;
  /** Unit codes that must all have a shape. */
  readonly expected?: readonly string[];
  readonly targetKb?: number;
  /** TopoJSON object to read (the first when absent). */
  readonly object?: string;
  /** Input property with the unit name, written as `ten` (handy when reading the file; the app names units from its catalogue). */
  readonly nameProperty?: string;
  readonly outProperty?: string;
  readonly decimals?: number;
  /** Let mapshaper snap nearly-coincident vertices of neighbours that a sloppy export left apart. */
  readonly snap?: boolean;
  /** Several features with one code are parts of one unit (e.g. islands exported apart): merge them. */
  readonly mergeParts?: boolean;
}

export interface ImportReport {
  readonly codes: readonly string[];
  readonly unknownShapes: readonly string[];
  readonly bytes: number;
  /** Share of removable vertices mapshaper kept, 0 – 100. */
  readonly keptPercent: number;
  readonly inputAreaKm2: number;
  readonly outputAreaKm2: number;
  /** Islets simplification dropped and the import put back, as "code: n part(s)". */
  readonly restoredIslets: readonly string[];
}

/** A failure the operator can fix from the message: bad input, missing units, unreachable size. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

export const DEFAULT_TARGET_KB = 60;
export const DEFAULT_OUT_PROPERTY = 'ma_huyen';
export const DEFAULT_DECIMALS = 4;
/** Bisection steps over the kept percentage: 2⁻¹² of the range is far finer than a kilobyte. */
const SEARCH_STEPS = 12;

async function readGeoJson(input: string, object: string | undefined): Promise<unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(input, 'utf8'));
  } catch (cause) {
    throw new ImportError(`${input} is not a readable JSON file: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  const isTopology = typeof raw === 'object' && raw !== null && 'type' in raw && raw.type === 'Topology';
  return isTopology ? topologyToGeoJson(raw, object, input) : raw;
}

/** First non-empty name per code, before normalisation reduces properties to the code. */
function namesByCode(raw: unknown, codeProperty: string, nameProperty: string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!nameProperty || typeof raw !== 'object' || raw === null || !('features' in raw) || !Array.isArray(raw.features)) return names;
  for (const feature of raw.features as unknown[]) {
    const properties = typeof feature === 'object' && feature !== null && 'properties' in feature ? feature.properties : null;
    if (typeof properties !== 'object' || properties === null) continue;
    const record = properties as Record<string, unknown>;
    const code = readCode(record[codeProperty]);
    const name = record[nameProperty];
    if (code && typeof name === 'string' && name.trim() && !names.has(code)) names.set(code, name.trim());
  }
  return names;
}

function featuresOf(raw: unknown): Array<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null || !('features' in raw) || !Array.isArray(raw.features)) return [];
  return (raw.features as unknown[]).map((feature) => {
    const properties = typeof feature === 'object' && feature !== null && 'properties' in feature ? feature.properties : null;
    return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
  });
}

/** Every feature must carry a code in the chosen property; the message names the flag and what the file offers. */
export function checkCodeProperty(raw: unknown, codeProperty: string, input: string): void {
  const properties = featuresOf(raw);
  const missing = properties.flatMap((p, i) => (readCode(p[codeProperty]) === null ? [i] : []));
  if (properties.length === 0 || missing.length === 0) return;
  const offered = [...new Set(properties.flatMap((p) => Object.keys(p)))];
  throw new ImportError(
    `${missing.length} of ${properties.length} features in ${input} have no unit code in property "${codeProperty}" (--code-property). ` +
      `Properties in the file: ${offered.join(', ') || '(none)'}. Choose the one that holds the GSO district code, e.g. --code-property ${offered[0] ?? 'ma_huyen'}.`,
    missing.slice(0, 10).map((i) => `features[${i}].properties.${codeProperty}`),
  );
}

/**
 * Codes carried by more than one feature. A unit exported as several features (an island apart) is legitimate but
 * rare; a property that is the same for many units (the province code) is a mistake that would merge them all.
 */
export function checkDuplicateCodes(raw: unknown, codeProperty: string, mergeParts: boolean): void {
  const counts = new Map<string, number>();
  for (const p of featuresOf(raw)) {
    const code = readCode(p[codeProperty]);
    if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const shared = [...counts].filter(([, n]) => n > 1);
  if (shared.length === 0 || mergeParts) return;
  throw new ImportError(
    `${shared.reduce((sum, [, n]) => sum + n, 0)} features share ${shared.length} code(s) in property "${codeProperty}": each unit needs its own code. ` +
      'Check --code-property (a province-level property such as MA_TINH is the same for every district); ' +
      'if these features really are parts of one unit (islands exported apart), pass --merge-parts.',
    shared.map(([code, n]) => `${code}: ${n} features`),
  );
}

type Ring = Position[];
type Part = Ring[];

function partsOf(geometry: Polygon | MultiPolygon): Part[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Ray casting: whether a point lies inside a ring. */
function inRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > (y ?? 0) !== yj > (y ?? 0) && (x ?? 0) < ((xj - xi) * ((y ?? 0) - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A point of the part's outer ring that lies inside it: the vertex average, or a vertex if the part is a crescent. */
function pointOf(part: Part): Position {
  const outer = part[0] ?? [];
  const n = Math.max(1, outer.length - 1);
  const mean: Position = [outer.slice(0, n).reduce((s, p) => s + (p[0] ?? 0), 0) / n, outer.slice(0, n).reduce((s, p) => s + (p[1] ?? 0), 0) / n];
  return inRing(mean, outer) ? mean : (outer[0] ?? mean);
}

function roundRing(ring: Ring, decimals: number): Ring | null {
  const factor = 10 ** decimals;
  const rounded = ring.map((p) => [Math.round((p[0] ?? 0) * factor) / factor, Math.round((p[1] ?? 0) * factor) / factor]);
  const distinct = new Set(rounded.map((p) => `${p[0]},${p[1]}`));
  return distinct.size >= 3 ? rounded : null;
}

/**
 * mapshaper drops small islands while simplifying, even with keep-shapes. Each input part of a unit that no output
 * part of that unit covers is put back as it was (rounded like the rest), so a coastal district keeps its islets.
 */
function restoreIslets(
  input: ReadonlyMap<string, Part[]>,
  features: Feature<Polygon | MultiPolygon>[],
  outProperty: string,
  decimals: number,
): { features: Feature<Polygon | MultiPolygon>[]; restored: string[] } {
  const restored: string[] = [];
  const out = features.map((feature) => {
    const code = String(feature.properties?.[outProperty] ?? '');
    const kept = partsOf(feature.geometry);
    const lost = (input.get(code) ?? []).filter((part) => !kept.some((k) => k[0] && inRing(pointOf(part), k[0])));
    const back = lost.flatMap((part) => {
      const rings = part.map((ring) => roundRing(ring, decimals));
      return rings[0] ? [rings.filter((r): r is Ring => r !== null)] : [];
    });
    if (back.length === 0) return feature;
    restored.push(`${code}: ${back.length} part(s)`);
    return { ...feature, geometry: { type: 'MultiPolygon' as const, coordinates: [...kept, ...back] } };
  });
  return { features: out, restored };
}

function validate(raw: unknown, codeProperty: string, sourceName: string): Boundaries {
  try {
    return normaliseBoundaries(raw, { codeProperty, sourceName });
  } catch (error) {
    if (isUpstreamError(error)) throw new ImportError(error.message, error.fieldPaths);
    throw error;
  }
}

interface Candidate {
  readonly text: string;
  readonly collection: FeatureCollection;
  readonly restoredIslets: readonly string[];
}

async function simplified(
  source: FeatureCollection,
  percent: number,
  options: { decimals: number; snap: boolean; outProperty: string; names: ReadonlyMap<string, string>; parts: ReadonlyMap<string, Part[]> },
): Promise<Candidate> {
  const precision = (10 ** -options.decimals).toFixed(options.decimals);
  const commands = [
    `-i source.json${options.snap ? ' snap' : ''}`,
    percent < 100 ? `-simplify ${percent.toFixed(4)}% keep-shapes` : '',
    `-o output.json format=geojson precision=${precision}`,
  ].join(' ');
  const files = await mapshaper.applyCommands(commands, { 'source.json': source });
  const output = files['output.json'];
  if (output === undefined) throw new ImportError('mapshaper wrote no output');
  const raw: unknown = JSON.parse(typeof output === 'string' ? output : new TextDecoder().decode(output));
  // Validates mapshaper's output and rewinds it to RFC 7946 whatever mapshaper's own convention.
  const rewound = validate(raw, options.outProperty, 'mapshaper output');
  const features: Feature<Polygon | MultiPolygon>[] = rewound.collection.features.map((f) => {
    const name = options.names.get(f.properties.code);
    return { type: 'Feature', properties: { [options.outProperty]: f.properties.code, ...(name ? { ten: name } : {}) }, geometry: f.geometry };
  });
  const withIslets = restoreIslets(options.parts, features, options.outProperty, options.decimals);
  // Rewound again: the islets put back come from the input, in its own winding.
  const collection = validate({ type: 'FeatureCollection', features: withIslets.features }, options.outProperty, 'import output').collection;
  const written: FeatureCollection = {
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const name = options.names.get(f.properties.code);
      return { type: 'Feature', properties: { [options.outProperty]: f.properties.code, ...(name ? { ten: name } : {}) }, geometry: f.geometry };
    }),
  };
  return { text: stringifyFeatureCollection(written), collection: written, restoredIslets: withIslets.restored };
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

export async function importBoundaries(options: ImportOptions): Promise<ImportReport> {
  const outProperty = options.outProperty ?? DEFAULT_OUT_PROPERTY;
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const targetBytes = (options.targetKb ?? DEFAULT_TARGET_KB) * 1024;
  const raw = await readGeoJson(options.input, options.object);
  const names = namesByCode(raw, options.codeProperty, options.nameProperty);
  checkCodeProperty(raw, options.codeProperty, options.input);
  checkDuplicateCodes(raw, options.codeProperty, options.mergeParts ?? false);
  const boundaries = validate(raw, options.codeProperty, options.input);

  const { missingShapes, unknownShapes } = options.expected
    ? reconcileBoundaries(boundaries.codes, options.expected)
    : { missingShapes: [], unknownShapes: [] };
  if (missingShapes.length > 0) {
    throw new ImportError(`${missingShapes.length} expected unit(s) have no shape in ${options.input}`, missingShapes);
  }

  const source: FeatureCollection = {
    type: 'FeatureCollection',
    features: boundaries.collection.features.map((f) => ({ ...f, properties: { [outProperty]: f.properties.code } })),
  };
  const parts = new Map(boundaries.collection.features.map((f) => [f.properties.code, partsOf(f.geometry)]));
  const settings = { decimals, snap: options.snap ?? false, outProperty, names, parts };
  let best = await simplified(source, 100, settings);
  let keptPercent = 100;
  if (byteLength(best.text) > targetBytes) {
    let low = 0;
    let high = 100;
    let fitting: Candidate | null = null;
    for (let step = 0; step < SEARCH_STEPS; step++) {
      const middle = (low + high) / 2;
      const candidate = await simplified(source, middle, settings);
      if (byteLength(candidate.text) <= targetBytes) {
        fitting = candidate;
        low = middle;
      } else {
        high = middle;
      }
    }
    if (!fitting) {
      throw new ImportError(
        `Cannot fit ${boundaries.codes.length} units into ${options.targetKb ?? DEFAULT_TARGET_KB} KB even at the strongest simplification; raise --target-kb`,
      );
    }
    best = fitting;
    keptPercent = low;
  }

  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  await writeFile(options.out, best.text, 'utf8');
  return {
    codes: best.collection.features.map((f) => String(f.properties?.[outProperty] ?? '')),
    unknownShapes,
    bytes: byteLength(best.text),
    keptPercent,
    inputAreaKm2: totalAreaKm2(boundaries.collection),
    outputAreaKm2: totalAreaKm2(best.collection),
    restoredIslets: best.restoredIslets,
  };
}

/** Codes from a catalogue file: a JSON array of codes, or of objects with a `code` (or `ma`) property. */
export async function readCatalogue(file: string): Promise<string[]> {
  const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!Array.isArray(raw)) throw new ImportError(`${file} must hold a JSON array of unit codes`);
  return raw.map((entry: unknown, i) => {
    const value = typeof entry === 'object' && entry !== null ? ((entry as Record<string, unknown>).code ?? (entry as Record<string, unknown>).ma) : entry;
    const code = readCode(value);
    if (code === null) throw new ImportError(`${file}[${i}] is not a unit code`);
    return code;
  });
}

const USAGE =
  'usage: npm run boundaries:import -- <input.geojson|.topojson> --code-property <prop> --out <file.geojson> ' +
  '[--catalogue codes.json | --expect 436,437,…] [--target-kb 60] [--object name] [--name-property name] ' +
  '[--out-property ma_huyen] [--decimals 4] [--snap] [--merge-parts]';

const HELP = `${USAGE}

Turns a GIS export of district or commune boundaries into a file the dashboard's map loads (one file per unit set,
each listed in config.json "boundaries" with its own codeProperty and validity dates).

  <input>               GeoJSON FeatureCollection or TopoJSON, WGS 84 longitude/latitude
  --code-property P     the feature property holding the GSO unit code (e.g. ma_huyen, MA_HUYEN, ma_xa, code)
  --out FILE            where to write, e.g. public/geo/districts.geojson (served as /geo/districts.geojson:
                        that served path, not public/…, goes into config.json boundaries.url)
  --expect CODES        comma-separated codes that must all have a shape; Hà Tĩnh 2020–2024:
                        436,437,439,440,441,442,443,444,445,446,447,448,449
  --catalogue FILE      the same as a JSON array of codes or of { code } objects
  --target-kb N         largest output size in KB (default ${DEFAULT_TARGET_KB}); simplification keeps shared borders
  --object NAME         TopoJSON object to read (default: the first)
  --name-property P     also write each unit's name as "ten"
  --out-property P      output code property (default ${DEFAULT_OUT_PROPERTY}; ma_xa for a commune file)
  --decimals N          coordinate decimals (default ${DEFAULT_DECIMALS}, about 11 m)
  --snap                snap nearly-coincident vertices of neighbours
  --merge-parts         several features with one code are parts of one unit: merge them (otherwise an error)
  -h, --help            this text

Exit codes: 0 written, 1 the input needs fixing (message says what), 2 wrong command line.`;

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new ImportError(`${flag} must be a positive number, not "${value}"`);
  return number;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'code-property': { type: 'string' },
        out: { type: 'string' },
        catalogue: { type: 'string' },
        expect: { type: 'string' },
        'target-kb': { type: 'string' },
        object: { type: 'string' },
        'name-property': { type: 'string' },
        'out-property': { type: 'string' },
        decimals: { type: 'string' },
        snap: { type: 'boolean' },
        'merge-parts': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.info(HELP);
      return 0;
    }
    const input = positionals[0];
    const codeProperty = values['code-property'];
    const out = values.out;
    if (!input || !codeProperty || !out) {
      console.error(USAGE);
      return 2;
    }
    const expected = values.catalogue
      ? await readCatalogue(values.catalogue)
      : values.expect
        ? values.expect.split(',').map((c) => c.trim()).filter(Boolean)
        : undefined;
    const report = await importBoundaries({
      input,
      out,
      codeProperty,
      expected,
      targetKb: positiveNumber(values['target-kb'], '--target-kb'),
      object: values.object,
      nameProperty: values['name-property'],
      outProperty: values['out-property'],
      decimals: positiveNumber(values.decimals, '--decimals'),
      snap: values.snap,
      mergeParts: values['merge-parts'],
    });
    const change = ((report.outputAreaKm2 - report.inputAreaKm2) / report.inputAreaKm2) * 100;
    console.info(
      `Wrote ${out}: ${report.codes.length} units, ${(report.bytes / 1024).toFixed(1)} KB, ` +
        `${report.keptPercent.toFixed(1)} % of removable vertices kept, area ${report.outputAreaKm2.toFixed(0)} km² (${change >= 0 ? '+' : ''}${change.toFixed(2)} %).`,
    );
    if (report.restoredIslets.length > 0) {
      console.info(`Islets that simplification would have dropped, kept as drawn in the input: ${report.restoredIslets.join('; ')}`);
    }
    if (report.unknownShapes.length > 0) {
      console.warn(`Shapes for codes outside the expected list (kept): ${report.unknownShapes.join(', ')}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      for (const detail of error.details) console.error(`  ${detail}`);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
