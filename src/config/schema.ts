import * as z from 'zod/mini';
import { checkOverrides } from '../domain/ranking/method';

/**
 * A header sent with every request to one system. config.json is public (any visitor can download it), so a real
 * credential never goes here: a same-origin reverse proxy adds it (README "Secrets"). Only demo mode, whose fake
 * systems accept a made-up token, may carry one; outside demo mode start-up refuses it (see `appConfigSchema`).
 */
const authSchema = z.nullable(
  z.object({
    header: z.string().check(z.minLength(1, { error: 'must name the header' })),
    value: z.string(),
  }),
);

/** A scheme other than http(s) (javascript:, data:, file:) never belongs in a URL the app fetches or links to. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
export function isWebUrlOrPath(text: string): boolean {
  const scheme = SCHEME.exec(text.trim())?.[1]?.toLowerCase();
  return scheme === undefined ? text.trim().length > 0 : scheme === 'http' || scheme === 'https';
}
const webUrl = (what: string) =>
  z.string().check(
    z.minLength(1, { error: `${what} is empty` }),
    z.refine(isWebUrlOrPath, { error: `${what} must be an http(s) address or a path on this site (e.g. /upstream/x), not another scheme` }),
  );

const sourceSchema = z.object({
  /** Absolute URL, or a path resolved against the page's origin. */
  baseUrl: webUrl('the base URL'),
  auth: z.optional(authSchema),
  /** Seconds one request may take, answer included, before the panel says the system did not answer (default 30). */
  timeoutSeconds: z.optional(z.number().check(z.gt(0, { error: 'must be more than 0 seconds' }), z.lte(600, { error: 'must be at most 600 seconds' }))),
});

export const SOURCE_IDS = ['units', 'procedures', 'complaints', 'disclosure', 'emulation'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoDate = z.string().check(z.regex(ISO_DATE, { error: 'must be a date written YYYY-MM-DD, e.g. 2025-07-01' }));

/** One boundary file: the shapes of one unit set, for the days that set is in force. */
const boundaryFileSchema = z.object({
  /** The path the browser loads (e.g. /geo/districts.geojson), not the repository path (public/geo/…). */
  url: webUrl('the boundary file URL'),
  format: z.enum(['geojson', 'topojson']),
  /** Feature property that holds the GSO unit code; each file names its own (ma_huyen, ma_xa…). */
  codeProperty: z.string().check(z.minLength(1)),
  /** TopoJSON object to read; the first one when absent. */
  object: z.optional(z.string()),
  /** True for shapes made for the demo: the map then says so on screen. */
  illustrative: z.boolean(),
  /** Credit the data's licence asks for, shown on the map and in its PNG and PDF pictures. */
  attribution: z.optional(z.string()),
  /** The unit set the file draws (e.g. "2025-07", the month it came into force); figures are joined by (code, set). */
  unitSet: z.optional(z.string().check(z.minLength(1))),
  /** First and last day (inclusive) the file applies to; absent = open-ended on that side. */
  validFrom: z.optional(isoDate),
  validTo: z.optional(z.nullable(isoDate)),
});

/**
 * `boundaries` is a list, one file per validity period (the 13 districts to 2024, the 12 of the first half of 2025,
 * the 69 communes and wards from 1 Jul 2025). The single object of earlier deployments is still accepted: it becomes
 * a one-entry list valid for every period, so their config.json works unchanged.
 */
const boundariesSchema = z.pipe(
  z.transform((value: unknown) => (Array.isArray(value) ? value : [value])),
  z.array(boundaryFileSchema).check(z.minLength(1, { error: 'must list at least one boundary file' })),
);

/** Overlapping or reversed validity periods: a period must have exactly one file to draw. */
export function boundaryPeriodProblems(files: readonly BoundaryFileConfig[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const start = (f: BoundaryFileConfig) => f.validFrom ?? '0000-01-01';
  const end = (f: BoundaryFileConfig) => f.validTo ?? '9999-12-31';
  files.forEach((file, index) => {
    if (start(file) > end(file)) problems.push({ index, message: `validTo ${end(file)} comes before validFrom ${start(file)}` });
    files.slice(0, index).forEach((other, j) => {
      if (start(file) <= end(other) && start(other) <= end(file)) {
        problems.push({ index, message: `overlaps boundaries[${j}] (${other.url}): a period must have exactly one boundary file` });
      }
      if (file.unitSet !== undefined && file.unitSet === other.unitSet) problems.push({ index, message: `unit set ${file.unitSet} is already drawn by boundaries[${j}]` });
    });
  });
  return problems;
}

/**
 * Areas drawn in grey around the units for orientation (the neighbouring provinces), never coloured or clickable.
 * `attribution` is shown on the map and in its exports whenever the layer is drawn.
 */
const mapContextSchema = z.object({
  url: webUrl('the context file URL'),
  /** Feature property naming each area (e.g. "name"). */
  nameProperty: z.string().check(z.minLength(1)),
  attribution: z.string().check(z.minLength(1, { error: 'must credit the data, e.g. © OpenStreetMap contributors' })),
});

const tilesSchema = z.nullable(
  z.object({
    url: webUrl('the tile URL'),
    /** Shown as plain text: markup in it is displayed, never run. */
    attribution: z.string(),
  }),
);

const weightSchema = z.number().check(z.gte(0));

const indicatorOverrideSchema = z.strictObject({
  weight: z.optional(weightSchema),
  normalise: z.optional(z.enum(['target', 'range'])),
  target: z.optional(z.number()),
  floor: z.optional(z.number()),
});

const themeOverrideSchema = z.strictObject({
  weight: z.optional(weightSchema),
  indicators: z.optional(z.record(z.string(), indicatorOverrideSchema)),
});

const scoreSchema = z.number().check(z.gte(0), z.lte(100));

/**
 * Optional overrides of the ranking method (src/domain/ranking, README "Ranking method"): theme weights, each
 * theme's indicator weights and targets, tier thresholds. Anything left out keeps its documented default.
 */
const rankingSchema = z
  .strictObject({
    themes: z.optional(
      z.strictObject({
        disclosure: z.optional(themeOverrideSchema),
        complaints: z.optional(themeOverrideSchema),
        services: z.optional(themeOverrideSchema),
        emulation: z.optional(themeOverrideSchema),
      }),
    ),
    tiers: z.optional(z.strictObject({ good: scoreSchema, fair: scoreSchema, average: scoreSchema })),
  })
  .check(
    z.superRefine((value, ctx) => {
      for (const p of checkOverrides(value)) ctx.addIssue({ code: 'custom', message: p.message, path: [...p.path], input: value });
    }),
  );

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = z.string().check(z.regex(MONTH, { error: 'must be a month written YYYY-MM, e.g. 2024-12' }));

export const appConfigSchema = z.object({
  province: z.object({
    code: z.string().check(z.regex(/^\d{2}$/, { error: 'must be the two-digit GSO province code, e.g. 42' })),
    name: z.string().check(z.minLength(1, { error: 'must not be empty' })),
  }),
  /** When true the app starts the built-in fake upstream systems (MSW) before it fetches anything. */
  demo: z.boolean(),
  sources: z.object({
    units: sourceSchema,
    procedures: sourceSchema,
    complaints: sourceSchema,
    disclosure: sourceSchema,
    emulation: sourceSchema,
  }),
  /** The months the upstream systems hold data for: bounds of the period control, and the default period. */
  periods: z.object({
    firstMonth: month,
    lastMonth: month,
  }),
  boundaries: boundariesSchema,
  mapContext: z.optional(mapContextSchema),
  tiles: z.optional(tilesSchema),
  ranking: z.optional(rankingSchema),
  /** How many times a request that failed for a passing reason (network, timeout, 5xx) is tried again (default 2). */
  retries: z.optional(z.int().check(z.gte(0, { error: 'must be 0 or more' }), z.lte(5, { error: 'must be at most 5' }))),
}).check(
  z.superRefine((config, ctx) => {
    const { firstMonth, lastMonth } = config.periods;
    if (MONTH.test(firstMonth) && MONTH.test(lastMonth) && firstMonth > lastMonth) {
      ctx.addIssue({ code: 'custom', path: ['periods', 'lastMonth'], input: lastMonth, message: `${lastMonth} comes before firstMonth ${firstMonth}: the period is reversed` });
    }
    for (const problem of boundaryPeriodProblems(config.boundaries)) {
      ctx.addIssue({ code: 'custom', path: ['boundaries', problem.index], input: config.boundaries[problem.index], message: problem.message });
    }
    if (config.demo) return;
    for (const id of SOURCE_IDS) {
      const auth = config.sources[id].auth;
      if (auth && auth.value !== '') {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', id, 'auth'],
          input: auth.header,
          message: `holds a literal ${auth.header} value, and config.json is public: anyone can download it. Remove "auth" and let the same-origin reverse proxy add the header (README, "Secrets")`,
        });
      }
    }
  }),
);

export type AppConfig = z.infer<typeof appConfigSchema>;
export type SourceConfig = AppConfig['sources'][SourceId];
/** One entry of `boundaries`: a file and the days it applies to. */
export type BoundaryFileConfig = z.infer<typeof boundaryFileSchema>;
/** Kept for the loader, which reads one file at a time. */
export type BoundariesConfig = BoundaryFileConfig;
export type MapContextConfig = NonNullable<AppConfig['mapContext']>;
export type RankingConfig = NonNullable<AppConfig['ranking']>;
