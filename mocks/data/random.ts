/**
 * Seeded pseudo-random numbers for the demo dataset. Every generator derives its own stream from a string
 * (e.g. `rng('complaints:443:2019-07')`), so one theme's data never shifts when another theme's code changes.
 */
export const DEMO_SEED = 'ha-tinh-demo-v1';

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** Normal(mean, sd) by Box–Muller. */
  normal(mean: number, sd: number): number;
  /** Poisson-distributed count (normal approximation above 50). */
  poisson(lambda: number): number;
  /** Binomial(n, p) count (normal approximation for large n). */
  binomial(n: number, p: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast and good enough for demo data. */
export function rng(stream: string, seed = DEMO_SEED): Rng {
  let state = hashString(`${seed}|${stream}`);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number) => {
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const clampCount = (x: number, max = Number.POSITIVE_INFINITY) => Math.min(max, Math.max(0, Math.round(x)));
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal,
    poisson(lambda) {
      if (lambda <= 0) return 0;
      if (lambda > 50) return clampCount(normal(lambda, Math.sqrt(lambda)));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = 1;
      do {
        k++;
        p *= next();
      } while (p > limit);
      return k - 1;
    },
    binomial(n, p) {
      if (n <= 0 || p <= 0) return 0;
      if (p >= 1) return n;
      if (n > 40) return clampCount(normal(n * p, Math.sqrt(n * p * (1 - p))), n);
      let k = 0;
      for (let i = 0; i < n; i++) if (next() < p) k++;
      return k;
    },
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}
