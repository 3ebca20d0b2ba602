import { describe, expect, it } from 'vitest';
import shipped from '../../../public/config.json';
import { parseConfig } from '../../config/load-config';
import { checkOverrides, type RankingOverrides, DEFAULT_INDICATORS, DEFAULT_METHOD, DEFAULT_THEME_WEIGHTS, DEFAULT_TIERS, resolveMethod, roundedShares, shares } from './method';
import { INDICATORS } from './indicators';

describe('ranking method', () => {
  it('has a documented default for every indicator and theme', () => {
    expect(DEFAULT_METHOD.themes.map((t) => t.id)).toEqual(['disclosure', 'complaints', 'services', 'emulation']);
    expect(DEFAULT_METHOD.themes.flatMap((t) => t.indicators.map((i) => i.id))).toEqual(INDICATORS.map((d) => d.id));
    expect(DEFAULT_METHOD.themes.map((t) => t.weight)).toEqual(Object.values(DEFAULT_THEME_WEIGHTS));
    expect(DEFAULT_METHOD.tiers).toEqual(DEFAULT_TIERS);
    const onTime = DEFAULT_METHOD.themes[0]!.indicators[0]!;
    expect(onTime).toEqual({ id: 'disclosure.onTime', weight: 70, normalisation: { kind: 'target', floor: 0.4, target: 1 } });
  });

  it('the shipped config writes the defaults out, so editing it is the way to change them', () => {
    const config = parseConfig(shipped);
    expect(resolveMethod(config.ranking)).toEqual(DEFAULT_METHOD);
    expect(resolveMethod(undefined)).toEqual(DEFAULT_METHOD);
  });

  it('applies only what the config overrides', () => {
    const m = resolveMethod({
      themes: { complaints: { weight: 40, indicators: { per10k: { weight: 0 }, resolution: { target: 0.9 } } }, services: { indicators: { online: { normalise: 'target' } } } },
      tiers: { good: 85, fair: 70, average: 55 },
    });
    const complaints = m.themes.find((t) => t.id === 'complaints')!;
    expect(complaints.weight).toBe(40);
    expect(complaints.indicators.find((i) => i.id === 'complaints.per10k')!.weight).toBe(0);
    expect(complaints.indicators.find((i) => i.id === 'complaints.resolution')!.normalisation).toEqual({ kind: 'target', floor: 0.6, target: 0.9 });
    // Switching a range indicator to a target uses the documented target anchors.
    const online = m.themes.find((t) => t.id === 'services')!.indicators.find((i) => i.id === 'services.online')!;
    expect(online.normalisation).toEqual({ kind: 'target', floor: DEFAULT_INDICATORS['services.online'].floor, target: DEFAULT_INDICATORS['services.online'].target });
    expect(m.themes.find((t) => t.id === 'disclosure')!.weight).toBe(25);
    expect(m.tiers).toEqual({ good: 85, fair: 70, average: 55 });
  });

  it.each<{ name: string; o: RankingOverrides; path: string }>([
    { name: 'an unknown indicator', o: { themes: { disclosure: { indicators: { onTim: { weight: 1 } } } } }, path: 'themes.disclosure.indicators.onTim' },
    { name: 'a target below the floor of a higher-is-better indicator', o: { themes: { disclosure: { indicators: { onTime: { floor: 0.9, target: 0.8 } } } } }, path: 'themes.disclosure.indicators.onTime' },
    { name: 'a target above the floor of a lower-is-better indicator', o: { themes: { complaints: { indicators: { overdue: { floor: 0, target: 0.1 } } } } }, path: 'themes.complaints.indicators.overdue' },
    { name: 'every indicator of a theme weighted 0', o: { themes: { services: { indicators: { online: { weight: 0 }, onTime: { weight: 0 } } } } }, path: 'themes.services.indicators' },
    { name: 'every theme weighted 0', o: { themes: { disclosure: { weight: 0 }, complaints: { weight: 0 }, services: { weight: 0 }, emulation: { weight: 0 } } }, path: 'themes' },
    { name: 'tiers out of order', o: { tiers: { good: 60, fair: 70, average: 50 } }, path: 'tiers' },
  ])('rejects $name', ({ o, path }) => {
    expect(checkOverrides(o).map((p) => p.path.join('.'))).toEqual([path]);
    expect(() => resolveMethod(o)).toThrow(path);
  });

  it('reports a bad override on the start-up error page, with its field', () => {
    const broken = { ...shipped, ranking: { themes: { complaints: { weight: -1, indicators: { overdue: { floor: 0, target: 0.2 } } } }, tiers: { good: 60, fair: 70, average: 50 } } };
    const details = (() => {
      try {
        parseConfig(broken);
        return [];
      } catch (e) {
        return (e as { details: string[] }).details;
      }
    })().join('\n');
    expect(details).toContain('ranking.themes.complaints.weight');
    expect(details).toContain('ranking.themes.complaints.indicators.overdue');
    expect(details).toContain('ranking.tiers');
  });

  it('accepts a config without a ranking section', () => {
    const { ranking: _ranking, ...withoutRanking } = shipped;
    expect(parseConfig(withoutRanking).ranking).toBeUndefined();
  });

  it('turns weights into shares of what is present', () => {
    expect([...shares([['a', 3], ['b', 1]])]).toEqual([['a', 0.75], ['b', 0.25]]);
    expect(shares([['a', 0]]).size).toBe(0);
  });
});

describe('weights shown in the method table', () => {
  it('add up to exactly 100 % once rounded (largest remainder), where plain rounding gives 100,2 %', () => {
    const exact = new Map(
      DEFAULT_METHOD.themes.flatMap((th) => {
        const inTheme = shares(th.indicators.map((i) => [i.id, i.weight] as const));
        return th.indicators.map((i) => [i.id, 0.25 * (inTheme.get(i.id) ?? 0)] as const);
      }),
    );
    const plain = [...exact.values()].reduce((s, v) => s + Math.round(v * 1000) / 1000, 0);
    expect(plain).toBeCloseTo(1.002, 9);
    const rounded = roundedShares(exact, 0.001);
    expect([...rounded.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    for (const [id, v] of exact) expect(Math.abs((rounded.get(id) ?? 0) - v)).toBeLessThan(0.001);
  });
});
