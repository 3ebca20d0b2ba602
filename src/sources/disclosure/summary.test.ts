import { describe, expect, it } from 'vitest';
import { testConfig } from '../../../tests/test-config';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';
import { summariseDisclosure } from '../../domain/disclosure-metrics';
import { applyRules, DISCLOSURE_IDENTITY, DISCLOSURE_RULES } from '../../domain/quality';
import { adaptSummary } from './adapter';
import { fetchDisclosureReports, fetchDisclosureSummary } from './client';

describe('disclosure summary report', () => {
  it('reconciles with the commune reports: district roll-up = sum of its communes', async () => {
    const { rows } = await fetchDisclosureSummary(testConfig.sources.disclosure, { from: '2023-Q2', to: '2023-Q3' });
    for (const quarter of ['2023-Q2', '2023-Q3']) {
      const { reports } = await fetchDisclosureReports(testConfig.sources.disclosure, { from: quarter, to: quarter });
      const expected = summariseDisclosure(reports, DISCLOSURE_CONTENTS_BY_BASIS).districts;
      const actual = rows.filter((r) => r.quarter === quarter);
      expect(actual).toHaveLength(13);
      for (const d of expected) {
        const row = actual.find((r) => r.districtCode === d.districtCode);
        // The app counts lists under the Ordinance too; the dashboard counts them only where Law 10/2022 asks for one.
        const lawLists = row?.basis === 'LUAT10_2022' ? row.listsPosted : 0;
        expect({ district: d.districtCode, ...row, listsPosted: lawLists }).toMatchObject({
          district: d.districtCode,
          reports: d.counts.reports,
          filed: d.counts.filed,
          listsPosted: d.counts.listsPosted,
          required: d.counts.required,
          published: d.counts.published,
          publishedOnTime: d.counts.publishedOnTime,
          postedLongEnough: d.counts.postedLongEnough,
        });
      }
    }
    // 11 contents before the switch to Law 10/2022, 14 after.
    const canLoc = rows.filter((r) => r.districtCode === '443');
    expect(canLoc.map((r) => r.required / r.reports)).toEqual([11, 14]);
  });

  it('passes counts that cannot hold on to the quality rules, which leave the row out', () => {
    const row = {
      maHuyen: '443', ky: '3/2023', canCu: '10/2022/QH15' as const, soXa: 18, soXaDaNop: 18, soXaNiemYetDanhMuc: 18,
      soNoiDungPhaiCongKhai: 252, soNoiDungDaCongKhai: 260, soNoiDungDungHan: 200, soNoiDungDuThoiGian: 200,
    };
    const split = applyRules(adaptSummary([row]), DISCLOSURE_RULES, DISCLOSURE_IDENTITY);
    expect(split.accepted).toEqual([]);
    expect(split.issues.map((i) => [i.unitCode, i.period, i.field, i.value, i.bound])).toEqual([['443', '2023-Q3', 'soNoiDungDaCongKhai', 260, 252]]);
  });
});
