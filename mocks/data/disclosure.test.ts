import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONTENTS_BY_BASIS, LAW_10_PREDECESSOR } from '../../src/domain/disclosure-contents';
import {
  DISCLOSURE_ANOMALIES,
  DISCLOSURE_QUARTERS,
  disclosureReports,
  disclosureReportsForQuarter,
  generateDisclosureQuarter,
  quartersBetween,
  type GeneratedDisclosureReport,
} from './disclosure';
import { DEMO_COMMUNES, districtByCode, type Terrain } from './units';

const quarterBounds = (r: GeneratedDisclosureReport) => {
  const start = new Date(Date.UTC(r.year, r.quarter * 3 - 3, 1)).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(r.year, r.quarter * 3, 0)).toISOString().slice(0, 10);
  return { start, end };
};

/** Published contents / required contents over the reports given. */
function publishedRate(reports: readonly GeneratedDisclosureReport[], filter: (code: string) => boolean = () => true): number {
  let required = 0;
  let published = 0;
  for (const r of reports) {
    required += DISCLOSURE_CONTENTS_BY_BASIS[r.basis].filter((c) => filter(c.code)).length;
    published += r.items.filter((i) => filter(i.contentCode)).length;
  }
  return published / required;
}

const isNew = (code: string) => LAW_10_PREDECESSOR[code] === null;

const ofTerrain = (reports: readonly GeneratedDisclosureReport[], terrain: Terrain) =>
  reports.filter((r) => districtByCode(r.districtCode ?? '').terrain === terrain);

const all = disclosureReports('2017-Q1', '2024-Q4');
const year = (y: number) => all.filter((r) => r.year === y);
const reportsOf = (code: string) => all.filter((r) => r.communeCode === code);

describe('disclosure demo data', () => {

  it('is deterministic: generating a quarter twice gives the same reports', () => {
    expect(generateDisclosureQuarter('2023-Q3')).toEqual(generateDisclosureQuarter('2023-Q3'));
    expect(generateDisclosureQuarter('2019-Q2')).toEqual(disclosureReportsForQuarter('2019-Q2'));
  });

  it('generates each quarter once and keeps it', () => {
    expect(disclosureReportsForQuarter('2020-Q1')).toBe(disclosureReportsForQuarter('2020-Q1'));
  });

  it('has one report per commune per quarter from 2017-Q1 to 2024-Q4, nothing outside the dataset', () => {
    expect(DISCLOSURE_QUARTERS).toHaveLength(32 + 7);
    expect(all).toHaveLength(216 * 32);
    expect(disclosureReportsForQuarter('2016-Q4')).toEqual([]);
    expect(disclosureReportsForQuarter('2026-Q4')).toEqual([]);
    expect(disclosureReportsForQuarter('2024-Q5')).toEqual([]);
  });

  it('filters by district and quarter range', () => {
    const city = disclosureReports('2023-Q2', '2023-Q3', '436');
    expect(city).toHaveLength(15 * 2);
    expect(new Set(city.map((r) => `${r.year}-Q${r.quarter}`))).toEqual(new Set(['2023-Q2', '2023-Q3']));
    expect(quartersBetween('2023-Q4', '2024-Q2')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(quartersBetween('2024-Q2', '2023-Q4')).toEqual([]);
  });

  it('uses the Ordinance list up to 2023-Q2 and the Law list from 2023-Q3', () => {
    expect(new Set(disclosureReportsForQuarter('2023-Q2').map((r) => r.basis))).toEqual(new Set(['PL34_2007']));
    expect(new Set(disclosureReportsForQuarter('2023-Q3').map((r) => r.basis))).toEqual(new Set(['LUAT10_2022']));
  });

  it('lists only contents of the basis in force, each once, numbered as in the article', () => {
    // Collect violations and assert once: ~90,000 items make per-item expects slow.
    const bad: string[] = [];
    for (const r of all) {
      const contents = DISCLOSURE_CONTENTS_BY_BASIS[r.basis];
      const codes = r.items.map((i) => i.contentCode);
      if (new Set(codes).size !== codes.length) bad.push(`${r.communeCode} ${r.year}-Q${r.quarter}: duplicate`);
      for (const item of r.items) {
        if (contents[item.no - 1]?.code !== item.contentCode) bad.push(`${r.communeCode} ${r.year}-Q${r.quarter}: ${item.contentCode}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every published content a date inside its quarter and at least one channel', () => {
    const bad: string[] = [];
    for (const r of all) {
      const { start, end } = quarterBounds(r);
      for (const item of r.items) {
        const where = `${r.communeCode} ${r.year}-Q${r.quarter} ${item.contentCode}`;
        if (item.publishedOn < start || item.publishedOn > end) bad.push(`${where}: date ${item.publishedOn}`);
        if (item.channels.length === 0 || new Set(item.channels).size !== item.channels.length) bad.push(`${where}: channels`);
        // Days posted are known exactly when the content went on the notice board.
        if ((item.daysPosted === null) !== !item.channels.includes('niem_yet')) bad.push(`${where}: days posted`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no items, no posted list and no filing date for an unfiled report; filed reports come in after the quarter', () => {
    const unfiled = all.filter((r) => !r.filed);
    expect(unfiled.length).toBeGreaterThan(0);
    expect(unfiled.filter((r) => r.items.length > 0 || r.listPosted || r.filedOn !== null)).toEqual([]);
    expect(all.filter((r) => r.filed && !(r.filedOn !== null && r.filedOn > quarterBounds(r).end))).toEqual([]);
    expect(all.filter((r) => r.items.length === 0 && r.listPosted)).toEqual([]);
  });

  it('improves over time, urban communes ahead of mountain ones', () => {
    expect(publishedRate(year(2024))).toBeGreaterThan(publishedRate(year(2017)) + 0.08);
    for (const y of [2017, 2020, 2024]) {
      expect(publishedRate(ofTerrain(year(y), 'urban'))).toBeGreaterThan(publishedRate(ofTerrain(year(y), 'mountain')) + 0.1);
    }
  });

  it('dips right after the switch to 14 contents, most on the contents the Law added', () => {
    const before = disclosureReportsForQuarter('2023-Q2');
    const after = disclosureReportsForQuarter('2023-Q3');
    expect(publishedRate(after)).toBeLessThan(publishedRate(before) - 0.05);
    expect(publishedRate(after, isNew)).toBeLessThan(publishedRate(after, (c) => !isNew(c)) - 0.25);
    // …and recovers within a year.
    expect(publishedRate(disclosureReportsForQuarter('2024-Q3'))).toBeGreaterThan(publishedRate(before) - 0.02);
  });

  it('has communes that stop publishing, named in DISCLOSURE_ANOMALIES', () => {
    for (const a of DISCLOSURE_ANOMALIES) expect(DEMO_COMMUNES.find((c) => c.code === a.communeCode)?.name).toBe(a.name);
    const huongLien = reportsOf('18559');
    expect(huongLien.filter((r) => r.year < 2022).every((r) => r.filed)).toBe(true);
    expect(huongLien.filter((r) => r.year >= 2022).every((r) => !r.filed)).toBe(true);

    const kyTay = reportsOf('18793');
    expect(kyTay.filter((r) => r.year === 2024).every((r) => r.filed && r.items.length === 0)).toBe(true);
    expect(kyTay.filter((r) => r.year === 2023).every((r) => r.items.length > 0)).toBe(true);

    const camMinh = reportsOf('18751').filter((r) => `${r.year}-Q${r.quarter}` >= '2021-Q3');
    expect(camMinh.every((r) => r.items.length <= 2)).toBe(true);
  });
});
