import { describe, expect, it } from 'vitest';
import type { CommuneDisclosureQuarter } from '../../domain/disclosure';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';
import { pooledProvince, rankPeriod } from '../../domain/ranking';
import { inputsOf, SMALL_METHOD } from '../../domain/ranking/test-helpers';
import { communeExtremes } from './commune-extremes';
import { scorecard } from './scorecard';

describe('unit scorecard', () => {
  const before = rankPeriod(inputsOf({ A: { 'disclosure.onTime': 0.6, 'complaints.overdue': 0.05 }, B: { 'disclosure.onTime': 0.9, 'complaints.overdue': 0.01 }, C: { 'disclosure.onTime': 0.7 } }, 2023), SMALL_METHOD);
  const nowInputs = inputsOf({ A: { 'disclosure.onTime': 0.95, 'complaints.overdue': 0.05 }, B: { 'disclosure.onTime': 0.9, 'complaints.overdue': 0.01 }, C: { 'disclosure.onTime': 0.95 } });
  const inputs = { ...nowInputs, province: pooledProvince(nowInputs.units) };
  const now = rankPeriod(inputs, SMALL_METHOD);
  const card = scorecard(now, before, inputs, 'A');
  const indicator = (theme: number, i: number) => card[theme]!.indicators[i]!;

  it('shows the unit, the pooled province figure and the best unit for each indicator', () => {
    const onTime = indicator(0, 0);
    expect(onTime.id).toBe('disclosure.onTime');
    expect(onTime.value).toBeCloseTo(0.95, 12);
    expect(onTime.province).toBeCloseTo((0.95 + 0.9 + 0.95) / 3, 12); // equal denominators here
    // A and C share the best value.
    expect(onTime.best).toEqual({ value: 0.95, codes: ['A', 'C'] });
    // Lower is better: B's 1 % is the best overdue share.
    expect(indicator(1, 1).best).toEqual({ value: 0.01, codes: ['B'] });
  });

  it('gives the unit\'s rank on each indicator and its change', () => {
    expect(indicator(0, 0)).toMatchObject({ rank: 1, rankChange: 2, rankedCount: 3 });
    expect(indicator(1, 1)).toMatchObject({ rank: 2, rankChange: 0, rankedCount: 2 });
  });

  it('says which indicators have no data', () => {
    expect(indicator(2, 0)).toMatchObject({ id: 'services.online', value: null, rank: null, best: null, rankedCount: 0 });
    expect(card[2]!.score).toBeNull();
  });
});

describe('best and worst communes by disclosure on time', () => {
  const contents = DISCLOSURE_CONTENTS_BY_BASIS.LUAT10_2022;
  const report = (communeCode: string, districtCode: string, quarter: string, onTime: number, filed = true): CommuneDisclosureQuarter => ({
    communeCode,
    districtCode,
    quarter,
    basis: 'LUAT10_2022',
    filed,
    listPosted: true,
    items: contents.map((c, i) => ({ contentCode: c.code, published: true, onTime: i < onTime, publishedDate: null, channels: ['niem_yet'], daysPosted: 30, postedLongEnough: true })),
  });
  const reports = [
    report('1', '443', '2024-Q1', 14),
    report('2', '443', '2024-Q1', 7),
    report('3', '443', '2024-Q1', 10),
    report('4', '443', '2024-Q1', 0, false), // not filed: nothing counts as published
    report('5', '443', '2024-Q1', 12),
    report('5', '443', '2024-Q2', 0), // another quarter: outside Q1
    report('9', '444', '2024-Q1', 1), // another district
  ];

  it('ranks the district\'s communes for the period, best first and worst first, without overlap', () => {
    const q1 = communeExtremes(reports, DISCLOSURE_CONTENTS_BY_BASIS, { kind: 'quarter', year: 2024, index: 1 }, '443');
    expect(q1.best.map((c) => c.code)).toEqual(['1', '5', '3']);
    expect(q1.worst.map((c) => c.code)).toEqual(['4', '2']);
    expect(q1.best[0]!.onTime).toBe(1);
    expect(q1.worst[0]).toMatchObject({ onTime: 0, filed: 0, reports: 1 });
    expect(q1.communes).toBe(5);
    expect(q1.district!.counts.publishedOnTime).toBe(14 + 7 + 10 + 12);
  });

  it('pools the quarters of a longer period', () => {
    const h1 = communeExtremes(reports, DISCLOSURE_CONTENTS_BY_BASIS, { kind: 'half', year: 2024 }, '443');
    const five = [...h1.best, ...h1.worst].find((c) => c.code === '5')!;
    expect(five.onTime).toBeCloseTo(12 / 28, 12);
  });

  it('is empty without reports', () => {
    expect(communeExtremes([], DISCLOSURE_CONTENTS_BY_BASIS, { kind: 'year', year: 2024 }, '443')).toMatchObject({ best: [], worst: [], district: null, communes: 0 });
  });
});
