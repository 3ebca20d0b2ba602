import { describe, expect, it, vi } from 'vitest';
import { tetFactor } from './demo-calendar';
import { CASE_FILE_ANOMALIES, caseFileMonths, procedureOwners, serviceCatalogue, type CaseFileRecord } from './procedures';

const received = (r: CaseFileRecord) => r.receivedOnline + r.receivedInPerson + r.receivedPostal;
const resolved = (r: CaseFileRecord) => r.resolvedEarly + r.resolvedOnTime + r.resolvedLate;
const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const allMonths = caseFileMonths('2017-01', '2024-12');

/** Decree 43 levels 1–4 as they are; Decree 42 partial < full. */
const levelRank = (value: number | string) => (typeof value === 'number' ? value : value === 'full' ? 2 : 1);

function onlineShare(year: number, agency?: string): number {
  const rows = allMonths.filter((r) => r.month.startsWith(`${year}-`) && (!agency || r.agencyCode === agency));
  return rows.reduce((s, r) => s + r.receivedOnline, 0) / rows.reduce((s, r) => s + received(r), 0);
}

function lateShare(rows: readonly CaseFileRecord[]): number {
  return rows.reduce((s, r) => s + r.resolvedLate, 0) / rows.reduce((s, r) => s + resolved(r), 0);
}

/** A fresh copy of the module, with empty caches, so generation really runs again. */
async function freshModule() {
  vi.resetModules();
  return import('./procedures');
}

describe('determinism', () => {
  it('generates the same catalogue and case files in a fresh module', async () => {
    const a = await freshModule();
    const b = await freshModule();
    expect(a).not.toBe(b);
    expect(b.serviceCatalogue(2019)).toEqual(a.serviceCatalogue(2019));
    expect(b.serviceCatalogue(2023)).toEqual(a.serviceCatalogue(2023));
    expect(b.caseFileMonths('2020-01', '2020-12')).toEqual(a.caseFileMonths('2020-01', '2020-12'));
  });
});

describe('service catalogue', () => {
  const byYear = new Map(years.map((y) => [y, serviceCatalogue(y)?.services ?? []]));
  const level = (year: number, value: number | string) => (byYear.get(year) ?? []).filter((s) => s.level.level === value).length;

  it('has exactly 1,190 level-3 services in 2017 among about 1,900', () => {
    expect(level(2017, 3)).toBe(1190);
    expect(byYear.get(2017)?.length).toBeGreaterThan(1800);
    expect(byYear.get(2017)?.length).toBeLessThan(2000);
  });

  it('uses Decree 43 levels up to 2021 and Decree 42 levels from 2022, never both in one year', () => {
    for (const year of years) {
      const schemes = new Set((byYear.get(year) ?? []).map((s) => s.level.scheme));
      expect([...schemes]).toEqual([year <= 2021 ? 'decree43' : 'decree42']);
    }
  });

  it('grows: more services, level 4 from a handful to the majority, full-process share rising', () => {
    expect(byYear.get(2024)?.length).toBeGreaterThan(byYear.get(2017)?.length ?? 0);
    expect(level(2017, 4)).toBeLessThan(50);
    expect(level(2021, 4)).toBeGreaterThan(0.5 * (byYear.get(2021)?.length ?? 0));
    const fullShare = (y: number) => level(y, 'full') / (byYear.get(y)?.length ?? 1);
    expect(fullShare(2022)).toBeLessThan(fullShare(2023));
    expect(fullShare(2023)).toBeLessThan(fullShare(2024));
  });

  it('never lowers a service’s level from one year to the next within a scheme', () => {
    const lowered: string[] = [];
    // 2022 starts a new scheme; the two are not comparable, so the comparison skips 2021 → 2022.
    for (const year of years.slice(1).filter((y) => y !== 2022)) {
      const before = new Map((byYear.get(year - 1) ?? []).map((s) => [`${s.agencyCode}|${s.code}`, levelRank(s.level.level)]));
      for (const s of byYear.get(year) ?? []) {
        const previous = before.get(`${s.agencyCode}|${s.code}`) ?? 0;
        if (levelRank(s.level.level) < previous) lowered.push(`${year} ${s.agencyCode} ${s.code}`);
      }
    }
    expect(lowered).toEqual([]);
  });

  it('lists only owners that exist, and every service’s owner', () => {
    for (const year of years) {
      const catalogue = serviceCatalogue(year);
      const owners = new Set(catalogue?.owners.map((o) => o.agencyCode));
      expect(catalogue?.services.every((s) => owners.has(s.agencyCode))).toBe(true);
    }
    expect(serviceCatalogue(2016)).toBeNull();
  });
});

describe('case files', () => {
  it('keeps every count a non-negative integer', () => {
    const bad = allMonths.flatMap((r) =>
      Object.entries(r)
        .filter(([, value]) => typeof value === 'number' && !(Number.isInteger(value) && value >= 0))
        .map(([key]) => `${r.agencyCode} ${r.month} ${key}`),
    );
    expect(bad).toEqual([]);
  });

  it('resolves no more than it has, and carries the rest into the next month', () => {
    const broken: string[] = [];
    const previous = new Map<string, CaseFileRecord>();
    for (const r of allMonths) {
      const where = `${r.agencyCode} ${r.month}`;
      if (resolved(r) > received(r) + r.carriedOver) broken.push(`${where}: resolved more than in hand`);
      if (r.pendingInTime + r.pendingOverdue !== r.carriedOver + received(r) - resolved(r)) broken.push(`${where}: backlog`);
      if (r.paidOnline > resolved(r)) broken.push(`${where}: paid online`);
      if (r.digitised > received(r)) broken.push(`${where}: digitised`);
      const before = previous.get(r.agencyCode);
      if (before && r.carriedOver !== before.pendingInTime + before.pendingOverdue) broken.push(`${where}: carry-over`);
      previous.set(r.agencyCode, r);
    }
    expect(broken).toEqual([]);
    expect(allMonths.length).toBeGreaterThan(3000);
  });

  it('resolves 90–99.9 % of files on time province-wide every year, improving', () => {
    const onTime = years.map((y) => {
      const rows = allMonths.filter((r) => r.month.startsWith(`${y}-`));
      const total = rows.reduce((s, r) => s + resolved(r), 0);
      return 1 - rows.reduce((s, r) => s + r.resolvedLate, 0) / total;
    });
    for (const rate of onTime) {
      expect(rate).toBeGreaterThan(0.9);
      expect(rate).toBeLessThan(0.999);
    }
    expect(onTime.at(-1)).toBeGreaterThan(onTime[0] ?? 1);
  });

  it('moves online: a few percent in 2017, 60–80 % in 2024, towns ahead of mountain districts', () => {
    expect(onlineShare(2017)).toBeLessThan(0.1);
    expect(onlineShare(2024)).toBeGreaterThan(0.6);
    expect(onlineShare(2024)).toBeLessThan(0.8);
    const city = procedureOwners().find((o) => o.unitCode === '436')?.agencyCode;
    const vuQuang = procedureOwners().find((o) => o.unitCode === '441')?.agencyCode;
    const cityBehind = years.filter((year) => onlineShare(year, city) <= onlineShare(year, vuQuang));
    expect(cityBehind).toEqual([]);
  });

  it('dips at Tết: outside 2020 (COVID-19 distancing in April), the quietest month is the Tết month', () => {
    const quietestMonths = years
      .filter((y) => y !== 2020)
      .map((year) => {
        const perMonth = new Map<string, number>();
        for (const r of allMonths.filter((x) => x.month.startsWith(`${year}-`))) {
          perMonth.set(r.month, (perMonth.get(r.month) ?? 0) + received(r));
        }
        return [...perMonth].sort((a, b) => a[1] - b[1])[0]?.[0] ?? '';
      });
    expect(quietestMonths.filter((m) => tetFactor(m) >= 0.8)).toEqual([]);
    expect(quietestMonths).toHaveLength(7);
  });

  it('carries its anomalies: late files spike where and when they were planted', () => {
    const ratios = Object.entries(CASE_FILE_ANOMALIES).map(([agency, months]) => {
      const rows = allMonths.filter((r) => r.agencyCode === agency);
      const worstMonth = Object.entries(months).sort((a, b) => (b[1].late ?? 1) - (a[1].late ?? 1))[0]?.[0] ?? '';
      const shocked = rows.filter((r) => r.month === worstMonth);
      const sameYearCalm = rows.filter((r) => r.month.slice(0, 4) === worstMonth.slice(0, 4) && !(r.month in months));
      return lateShare(shocked) / lateShare(sameYearCalm);
    });
    expect(ratios).toHaveLength(2);
    expect(Math.min(...ratios)).toBeGreaterThan(2.5);
  });
});
