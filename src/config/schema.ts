import * as z from 'zod/mini';
import { checkOverrides } from '../domain/ranking/method';

/** How the dashboard authenticates to one upstream system. Secrets belong to the deployment, not the build. */
const authSchema = z.nullable(
  z.object({
    header: z.string().check(z.minLength(1)),
    value: z.string(),
  }),
);

const sourceSchema = z.object({
  /** Absolute URL, or a path resolved against the page's origin. */
  baseUrl: z.string().check(z.minLength(1)),
  auth: z.optional(authSchema),
});

export const SOURCE_IDS = ['units', 'procedures', 'complaints', 'disclosure', 'emulation'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

const boundariesSchema = z.object({
  url: z.string().check(z.minLength(1)),
  format: z.enum(['geojson', 'topojson']),
  /** Feature property that holds the GSO unit code. */
  codeProperty: z.string().check(z.minLength(1)),
  /** TopoJSON object to read; the first one when absent. */
  object: z.optional(z.string()),
  /** True for shapes made for the demo: the map then says so on screen. */
  illustrative: z.boolean(),
});

const tilesSchema = z.nullable(
  z.object({
    url: z.string().check(z.minLength(1)),
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

export const appConfigSchema = z.object({
  province: z.object({
    code: z.string().check(z.regex(/^\d{2}$/)),
    name: z.string().check(z.minLength(1)),
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
    firstMonth: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    lastMonth: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  }),
  boundaries: boundariesSchema,
  tiles: z.optional(tilesSchema),
  ranking: z.optional(rankingSchema),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export type SourceConfig = AppConfig['sources'][SourceId];
export type BoundariesConfig = AppConfig['boundaries'];
export type RankingConfig = NonNullable<AppConfig['ranking']>;
