import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../lib/http';
import { adaptAsOf, adaptContents, adaptReport, adaptReports } from './adapter';
import type { WireReport } from './wire-schema';

const lawReport: WireReport = {
  maXa: '18070',
  maHuyen: '436',
  ky: '3/2023',
  canCu: '10/2022/QH15',
  daNop: 1,
  ngayNop: '09/10/2023',
  dmNiemYet: 1,
  noiDung: [
    { stt: 1, ngay: '12/07/2023', ht: 'NY;LD', sn: 35, dh: 1 },
    { stt: 4, ngay: '03/08/2023', ht: 'TTDT', sn: null, dh: 0 },
    { stt: 13, ngay: '01/07/2023', ht: 'NY;HNT;VB', sn: 60, dh: 1 },
  ],
};

const ordinanceReport: WireReport = {
  maXa: '18133',
  maHuyen: '439',
  ky: '2/2023',
  canCu: '34/2007/PL-UBTVQH11',
  daNop: 1,
  ngayNop: '07/07/2023',
  dmNiemYet: 0,
  noiDung: [{ stt: 11, ngay: '30/06/2023', ht: 'NY', sn: 30, dh: 1 }],
};

/** Runs `fn`, expecting an UpstreamError of kind 'schema'; returns its field paths. */
function schemaPaths(fn: () => unknown): readonly string[] {
  let error: unknown = null;
  try {
    fn();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(UpstreamError);
  const e = error as UpstreamError;
  expect(e.kind).toBe('schema');
  expect(e.source).toBe('disclosure');
  return e.fieldPaths;
}

describe('disclosure adapter', () => {
  it('maps a Law report to one item per content of the 14, unlisted ones not published', () => {
    const r = adaptReport(lawReport, 'duLieu.baoCao[0]');
    expect(r).toMatchObject({ communeCode: '18070', districtCode: '436', quarter: '2023-Q3', basis: 'LUAT10_2022', filed: true, listPosted: true });
    expect(r.items.map((i) => i.contentCode)).toEqual(Array.from({ length: 14 }, (_, i) => `L10_${String(i + 1).padStart(2, '0')}`));
    expect(r.items.filter((i) => i.published).map((i) => i.contentCode)).toEqual(['L10_01', 'L10_04', 'L10_13']);
    expect(r.items[0]).toEqual({
      contentCode: 'L10_01',
      published: true,
      onTime: true,
      publishedDate: '2023-07-12',
      channels: ['niem_yet', 'loa_dai'],
      daysPosted: 35,
      postedLongEnough: true,
    });
    // Published on the portal only: no notice-board days, so not "posted long enough".
    expect(r.items[3]).toMatchObject({ onTime: false, publishedDate: '2023-08-03', channels: ['cong_ttdt'], daysPosted: null, postedLongEnough: false });
    // Item 13 is posted permanently: 60 days from 1 July is short of the quarter's end.
    expect(r.items[12]).toMatchObject({ channels: ['niem_yet', 'hop_thon', 'van_ban'], daysPosted: 60, postedLongEnough: false });
    // Published on 15 Sep and still up on 30 Sep: posted permanently, whatever "90 days" would say; item 14 has no minimum.
    const late = adaptReport({ ...lawReport, noiDung: [{ stt: 4, ngay: '15/09/2023', ht: 'NY', sn: 16, dh: 1 }, { stt: 14, ngay: '20/09/2023', ht: 'NY', sn: 5, dh: 1 }] }, 'x');
    expect(late.items[3]).toMatchObject({ postedLongEnough: true });
    expect(late.items[13]).toMatchObject({ postedLongEnough: true });
    expect(r.items[1]).toEqual({
      contentCode: 'L10_02',
      published: false,
      onTime: false,
      publishedDate: null,
      channels: [],
      daysPosted: null,
      postedLongEnough: false,
    });
  });

  it('resolves item numbers against the Ordinance for Ordinance reports; 30 days is enough', () => {
    const r = adaptReport(ordinanceReport, 'x');
    expect(r.quarter).toBe('2023-Q2');
    expect(r.basis).toBe('PL34_2007');
    expect(r.items).toHaveLength(11);
    expect(r.items[10]).toMatchObject({ contentCode: 'PL34_11', published: true, daysPosted: 30, postedLongEnough: true });
    expect(r.listPosted).toBe(false);
  });

  it('marks an unfiled report as such, with nothing published and no list', () => {
    const r = adaptReport({ ...ordinanceReport, daNop: 0, ngayNop: null, dmNiemYet: 1, noiDung: [] }, 'x');
    expect(r.filed).toBe(false);
    expect(r.listPosted).toBe(false);
    expect(r.items.every((i) => !i.published && !i.onTime)).toBe(true);
  });

  it('rejects item numbers outside the list of the report\'s basis, naming the field', () => {
    const law15 = { ...lawReport, noiDung: [{ stt: 15, ngay: '12/07/2023', ht: 'NY', sn: 30, dh: 1 as const }] };
    expect(schemaPaths(() => adaptReports([lawReport, law15]))).toEqual(['duLieu.baoCao[1].noiDung[0].stt']);
    const ordinance12 = { ...ordinanceReport, noiDung: [{ stt: 12, ngay: '12/05/2023', ht: 'NY', sn: 30, dh: 1 as const }] };
    expect(schemaPaths(() => adaptReports([ordinance12]))).toEqual(['duLieu.baoCao[0].noiDung[0].stt']);
  });

  it('rejects a content listed twice, a date that does not exist, and items in an unfiled report', () => {
    const twice = { ...lawReport, noiDung: [lawReport.noiDung[0]!, lawReport.noiDung[0]!] };
    expect(schemaPaths(() => adaptReports([twice]))).toEqual(['duLieu.baoCao[0].noiDung[1].stt']);
    const feb31 = { ...lawReport, noiDung: [{ ...lawReport.noiDung[0]!, ngay: '31/02/2024' }] };
    expect(schemaPaths(() => adaptReports([feb31]))).toEqual(['duLieu.baoCao[0].noiDung[0].ngay']);
    const unfiled = { ...lawReport, daNop: 0 as const };
    expect(schemaPaths(() => adaptReports([unfiled]))).toEqual(['duLieu.baoCao[0].noiDung']);
  });

  it('reads the app\'s timestamp as Hà Tĩnh time', () => {
    const asOf = adaptAsOf('20/01/2025 08:00:00');
    expect(asOf).toBe('2025-01-20T08:00:00+07:00');
    expect(Date.parse(asOf)).toBe(Date.UTC(2025, 0, 20, 1, 0, 0));
    expect(schemaPaths(() => adaptAsOf('32/01/2025 08:00:00'))).toEqual(['thoiGianCapNhat']);
  });

  it('maps the contents lookup', () => {
    expect(
      adaptContents([{ canCu: '10/2022/QH15', stt: 4, maNoiDung: 'L10_04', tenNoiDung: 'Quy chế dân chủ', soNgayNiemYet: 90 }]),
    ).toEqual([{ code: 'L10_04', basis: 'LUAT10_2022', name: 'Quy chế dân chủ', minDaysPosted: 90 }]);
  });
});
