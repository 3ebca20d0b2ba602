import { describe, expect, it } from 'vitest';
import shipped from '../../public/config.json';
import { ConfigError, parseConfig } from './load-config';

describe('runtime config', () => {
  it('accepts the shipped demo config', () => {
    const config = parseConfig(shipped);
    expect(config.demo).toBe(true);
    expect(config.province.code).toBe('42');
  });

  it('names every bad field', () => {
    const broken = { ...shipped, province: { code: 'HT', name: '' }, sources: { ...shipped.sources, complaints: {} } };
    const error = (() => {
      try {
        parseConfig(broken);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const details = (error as ConfigError).details.join('\n');
    expect(details).toContain('province.code');
    expect(details).toContain('province.name');
    expect(details).toContain('sources.complaints.baseUrl');
  });
});

function detailsOf(raw: unknown): string {
  try {
    parseConfig(raw);
  } catch (e) {
    if (e instanceof ConfigError) return e.details.join('\n');
    throw e;
  }
  throw new Error('config was accepted');
}

describe('runtime config hardening', () => {
  it('refuses a base URL with a scheme other than http(s), in words', () => {
    const details = detailsOf({ ...shipped, sources: { ...shipped.sources, complaints: { baseUrl: 'javascript:alert(1)', auth: null } } });
    expect(details).toContain('sources.complaints.baseUrl: the base URL must be an http(s) address or a path on this site');
    expect(details).not.toContain('Invalid input');
  });

  it('refuses data: boundary and tile URLs and accepts http(s) and paths', () => {
    const details = detailsOf({ ...shipped, boundaries: [{ ...shipped.boundaries[0], url: 'data:application/json,{}' }], tiles: { url: 'file:///x/{z}.png', attribution: 'x' } });
    expect(details).toContain('boundaries.0.url');
    expect(details).toContain('tiles.url');
    expect(() => parseConfig({ ...shipped, sources: { ...shipped.sources, complaints: { baseUrl: 'https://lgsp.hatinh.gov.vn/ttcp', auth: null } } })).not.toThrow();
  });

  it('refuses reversed periods, naming both months', () => {
    const details = detailsOf({ ...shipped, periods: { firstMonth: '2024-12', lastMonth: '2017-01' } });
    expect(details).toContain('periods.lastMonth: 2017-01 comes before firstMonth 2024-12');
  });

  it('words type and value errors instead of "Invalid input"', () => {
    const details = detailsOf({ ...shipped, demo: 'yes', boundaries: [{ ...shipped.boundaries[0], format: 'shp' }], periods: { firstMonth: '2017-1', lastMonth: '2024-12' } });
    expect(details).toContain('demo: must be true or false, not the text "yes"');
    expect(details).toContain('boundaries.0.format: must be one of "geojson", "topojson"');
    expect(details).toContain('periods.firstMonth: must be a month written YYYY-MM');
    expect(details).not.toMatch(/Invalid (input|option)/);
  });

  it('refuses a literal credential outside demo mode and points to the proxy', () => {
    const details = detailsOf({ ...shipped, demo: false });
    expect(details).toContain('sources.procedures.auth: holds a literal Authorization value, and config.json is public');
    expect(details).toContain('reverse proxy');
    // Without the secret (the proxy adds it) the same config starts.
    const sources = { ...shipped.sources, procedures: { baseUrl: shipped.sources.procedures.baseUrl, auth: null } };
    expect(parseConfig({ ...shipped, demo: false, sources }).demo).toBe(false);
  });

  it('takes a per-system timeout and a retry count within bounds', () => {
    const sources = { ...shipped.sources, units: { ...shipped.sources.units, timeoutSeconds: 5 } };
    expect(parseConfig({ ...shipped, sources, retries: 1 }).sources.units.timeoutSeconds).toBe(5);
    expect(detailsOf({ ...shipped, retries: 50 })).toContain('retries: must be at most 5');
  });
});

describe('boundaries per unit set', () => {
  const file = { url: '/geo/a.geojson', format: 'geojson', codeProperty: 'ma_huyen', illustrative: true };

  it('lists one file per validity period, each with its own code property', () => {
    const config = parseConfig(shipped);
    expect(config.boundaries.map((b) => [b.unitSet, b.codeProperty, b.validFrom, b.validTo])).toEqual([
      ['2020-01', 'ma_huyen', '2020-01-01', '2024-12-31'],
      ['2025-01', 'ma_huyen', '2025-01-01', '2025-06-30'],
      ['2025-07', 'ma_xa', '2025-07-01', null],
    ]);
  });

  it('still accepts the single object of earlier deployments, as a one-entry list valid for every period', () => {
    const config = parseConfig({ ...shipped, boundaries: file });
    expect(config.boundaries).toEqual([file]);
  });

  it('refuses overlapping or reversed periods, a set drawn twice, and an empty list', () => {
    const overlapping = detailsOf({
      ...shipped,
      boundaries: [
        { ...file, unitSet: 'a', validTo: '2025-06-30' },
        { ...file, unitSet: 'a', validFrom: '2025-06-01' },
        { ...file, unitSet: 'c', validFrom: '2030-01-01', validTo: '2029-12-31' },
      ],
    });
    expect(overlapping).toContain('boundaries.1: overlaps boundaries[0] (/geo/a.geojson)');
    expect(overlapping).toContain('boundaries.1: unit set a is already drawn by boundaries[0]');
    expect(overlapping).toContain('boundaries.2: validTo 2029-12-31 comes before validFrom 2030-01-01');
    expect(detailsOf({ ...shipped, boundaries: [] })).toContain('boundaries: must list at least one boundary file');
    expect(detailsOf({ ...shipped, boundaries: [{ ...file, validFrom: '2025-7-1' }] })).toContain('boundaries.0.validFrom: must be a date written YYYY-MM-DD');
  });
});
