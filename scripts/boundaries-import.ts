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
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
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
}

export interface ImportReport {
  readonly codes: readonly string[];
  readonly unknownShapes: readonly string[];
  readonly bytes: number;
  /** Share of removable vertices mapshaper kept, 0 – 100. */
  readonly keptPercent: number;
  readonly inputAreaKm2: number;
  readonly outputAreaKm2: number;
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
}

async function simplified(
  source: FeatureCollection,
  percent: number,
  options: { decimals: number; snap: boolean; outProperty: string; names: ReadonlyMap<string, string> },
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
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  return { text: stringifyFeatureCollection(collection), collection };
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

export async function importBoundaries(options: ImportOptions): Promise<ImportReport> {
  const outProperty = options.outProperty ?? DEFAULT_OUT_PROPERTY;
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const targetBytes = (options.targetKb ?? DEFAULT_TARGET_KB) * 1024;
  const raw = await readGeoJson(options.input, options.object);
  const names = namesByCode(raw, options.codeProperty, options.nameProperty);
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
  const settings = { decimals, snap: options.snap ?? false, outProperty, names };
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
  '[--out-property ma_huyen] [--decimals 4] [--snap]';

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
      },
    });
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
    });
    const change = ((report.outputAreaKm2 - report.inputAreaKm2) / report.inputAreaKm2) * 100;
    console.info(
      `Wrote ${out}: ${report.codes.length} units, ${(report.bytes / 1024).toFixed(1)} KB, ` +
        `${report.keptPercent.toFixed(1)} % of removable vertices kept, area ${report.outputAreaKm2.toFixed(0)} km² (${change >= 0 ? '+' : ''}${change.toFixed(2)} %).`,
    );
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
