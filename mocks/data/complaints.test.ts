import { describe, expect, it, vi } from 'vitest';
import { PROVINCE, DEMO_DISTRICTS } from './units';
import {
  DISTRICT_CHAIR_SESSIONS_PER_MONTH,
  KY_ANH_TOWN_SPIKE,
  LOW_RECEPTION_UNIT,
  complaintMonths,
  type ComplaintRecord,
} from './complaints';
import { tetFactor } from './demo-calendar';

const total = (r: ComplaintRecord) => r.complaints + r.denunciations + r.recommendations + r.feedback;
const sum = (rs: readonly ComplaintRecord[], f: (r: ComplaintRecord) => number) => rs.reduce((s, r) => s + f(r), 0);
const all = complaintMonths('2017-01', '2024-12');
const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

const yearTotal = (year: number) => sum(all.filter((r) => r.month.startsWith(`${year}-`)), total);
const monthTotal = (month: string) => sum(all.filter((r) => r.month === month), total);
const meanComplaints = (rs: readonly ComplaintRecord[]) => sum(rs, (r) => r.complaints) / Math.max(1, rs.length);

/** Share of khiếu nại among petitions in some districts, leaving out the planted 2019 wave. */
function complaintShare(codes: readonly string[]): number {
  const rs = all.filter((r) => codes.includes(r.unitCode) && !(r.unitCode === '449' && r.month in KY_ANH_TOWN_SPIKE));
  return sum(rs, (r) => r.complaints) / sum(rs, total);
}

/** A district's complaints in June–August 2019 relative to its 2018 monthly mean. */
function spikeRatio(code: string): number {
  const own = all.filter((r) => r.unitCode === code);
  const peak = meanComplaints(own.filter((r) => r.month >= '2019-06' && r.month <= '2019-08'));
  return peak / Math.max(1, meanComplaints(own.filter((r) => r.month.startsWith('2018-'))));
}

/** Share of months in which the chair held fewer than the two regular sessions the law requires. */
function shortSessionShare(code: string): number {
  const own = all.filter((r) => r.unitCode === code);
  return own.filter((r) => r.chairRegularSessions < DISTRICT_CHAIR_SESSIONS_PER_MONTH).length / own.length;
}

async function freshModule() {
  vi.resetModules();
  return import('./complaints');
}

describe('determinism', () => {
  it('generates the same months in a fresh module, whatever range they are asked in', async () => {
    const a = await freshModule();
    const b = await freshModule();
    expect(a).not.toBe(b);
    const wide = a.complaintMonths('2019-01', '2019-12');
    const narrow = b.complaintMonths('2019-07', '2019-07');
    expect(narrow).toEqual(wide.filter((r) => r.month === '2019-07'));
    expect(b.complaintMonths('2019-01', '2019-12')).toEqual(wide);
  });

  it('generates a year cold in well under the browser budget', async () => {
    const fresh = await freshModule();
    const started = performance.now();
    fresh.complaintMonths('2024-01', '2024-12');
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('invariants', () => {
  it('keeps the handling funnel nested and every count a non-negative integer', () => {
    const broken = all.flatMap((r) => {
      const where = `${r.unitCode} ${r.month}`;
      const problems: string[] = [];
      if (r.resolved > r.withinJurisdiction) problems.push(`${where}: resolved > within jurisdiction`);
      if (r.withinJurisdiction > r.eligible) problems.push(`${where}: within jurisdiction > eligible`);
      if (r.eligible > total(r)) problems.push(`${where}: eligible > received`);
      if (r.overdue > r.withinJurisdiction - r.resolved) problems.push(`${where}: overdue > unresolved`);
      if (r.repeat > total(r) || r.overLevel > total(r)) problems.push(`${where}: repeat or over-level > received`);
      for (const [key, value] of Object.entries(r)) {
        if (typeof value === 'number' && !(Number.isInteger(value) && value >= 0)) problems.push(`${where}: ${key}`);
      }
      return problems;
    });
    expect(broken).toEqual([]);
  });

  it('reports 13 districts a month and nothing outside the dataset or a unit’s validity', () => {
    expect(all).toHaveLength(13 * 96);
    expect(complaintMonths('2026-12', '2027-06')).toEqual([]);
    expect(complaintMonths('2016-06', '2017-01')).toHaveLength(13);
  });
});

describe('realism', () => {
  it('receives 2–6 petitions per 10,000 residents a month province-wide', () => {
    const population = DEMO_DISTRICTS.reduce((s, d) => s + d.population, 0);
    expect(population).toBeLessThanOrEqual(PROVINCE.population * 1.05);
    const rates = years.map((year) => (yearTotal(year) / 12 / population) * 10_000);
    expect(Math.min(...rates)).toBeGreaterThan(2);
    expect(Math.max(...rates)).toBeLessThan(6);
  });

  it('trends down from 2017 and dips in the Tết month', () => {
    expect(yearTotal(2023)).toBeLessThan(0.8 * yearTotal(2017));
    // When Tết straddles two months (2017, 2022) neither month loses enough to stand out from the noise.
    const tetMonths = years
      .map((year) => {
        const months = [...new Set(all.filter((r) => r.month.startsWith(`${year}-`)).map((r) => r.month))];
        return months.reduce((low, m) => (tetFactor(m) < tetFactor(low) ? m : low));
      })
      .filter((m) => tetFactor(m) < 0.7);
    expect(tetMonths.length).toBeGreaterThanOrEqual(5);
    const notQuiet = tetMonths.filter((m) => monthTotal(m) >= 0.8 * (yearTotal(Number(m.slice(0, 4))) / 12));
    expect(notQuiet).toEqual([]);
  });

  it('has more complaints (khiếu nại) where land is being cleared', () => {
    expect(complaintShare(['436', '445', '447', '449'])).toBeGreaterThan(complaintShare(['439', '440', '441', '443', '444']) + 0.04);
  });

  it('spikes in Kỳ Anh town in mid-2019 and nowhere else like it', () => {
    expect(spikeRatio('449')).toBeGreaterThan(2.5);
    const others = DEMO_DISTRICTS.filter((d) => d.code !== '449').map((d) => [d.code, spikeRatio(d.code)] as const);
    expect(others.filter(([, r]) => r > 2)).toEqual([]);
  });

  it('has one district whose chair mostly misses the two sessions a month', () => {
    expect(shortSessionShare(LOW_RECEPTION_UNIT)).toBeGreaterThan(0.7);
    const others = DEMO_DISTRICTS.filter((d) => d.code !== LOW_RECEPTION_UNIT).map((d) => [d.code, shortSessionShare(d.code)] as const);
    expect(others.filter(([, share]) => share >= 0.25)).toEqual([]);
  });
});
