import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { disclosureReports } from '../../../mocks/data/disclosure';
import { endpoint } from '../../../mocks/systems/endpoint';
import { server } from '../../../tests/setup';
import { testConfig } from '../../../tests/test-config';
import { DISCLOSURE_CONTENTS } from '../../domain/disclosure-contents';
import { UpstreamError } from '../../lib/http';
import { fetchDisclosureContents, fetchDisclosureReports } from './client';

const cfg = testConfig.sources.disclosure;
const reportsUrl = endpoint(cfg.baseUrl, 'bao-cao-quy');
const minDays = new Map(DISCLOSURE_CONTENTS.map((c) => [c.code, c.minDaysPosted]));

const goodReport = {
  maXa: '18070',
  maHuyen: '436',
  ky: '3/2023',
  canCu: '10/2022/QH15',
  daNop: 1,
  ngayNop: '09/10/2023',
  dmNiemYet: 1,
  noiDung: [{ stt: 1, ngay: '12/07/2023', ht: 'NY;LD', sn: 35, dh: 1 }],
};
const envelope = (baoCao: unknown[]) => ({
  trangThai: true,
  thongDiep: 'Thành công',
  thoiGianCapNhat: '20/01/2025 08:00:00',
  duLieu: { tongSo: baoCao.length, baoCao },
});

async function upstreamError(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('fetchDisclosureContents', () => {
  it('reads both lists of contents from the reporting app', async () => {
    const { asOf, contents } = await fetchDisclosureContents(cfg);
    expect(asOf).toBe('2026-10-20T08:00:00+07:00');
    expect(contents).toEqual(DISCLOSURE_CONTENTS);
  });
});

describe('fetchDisclosureReports', () => {
  it('reads a district\'s reports across the switch: 11 items per report before, 14 after', async () => {
    const { reports } = await fetchDisclosureReports(cfg, { from: '2023-Q2', to: '2023-Q3', districtCode: '436' });
    expect(reports).toHaveLength(30);
    expect(reports.every((r) => r.districtCode === '436')).toBe(true);
    expect(reports.filter((r) => r.quarter === '2023-Q2').every((r) => r.items.length === 11 && r.basis === 'PL34_2007')).toBe(true);
    expect(reports.filter((r) => r.quarter === '2023-Q3').every((r) => r.items.length === 14 && r.basis === 'LUAT10_2022')).toBe(true);
  });

  it('keeps what the fake system generated, and the domain invariants hold', async () => {
    const { reports } = await fetchDisclosureReports(cfg, { from: '2022-Q1', to: '2022-Q4', districtCode: '444' });
    const generated = disclosureReports('2022-Q1', '2022-Q4', '444');
    expect(reports.map((r) => r.items.filter((i) => i.published).length)).toEqual(generated.map((g) => g.items.length));
    expect(reports.map((r) => r.filed)).toEqual(generated.map((g) => g.filed));
    const items = reports.flatMap((r) => r.items);
    const published = items.filter((i) => i.published);
    expect(published.length).toBeGreaterThan(0);
    // published ⇒ date in the quarter's year and at least one channel
    expect(published.filter((i) => !/^2022-\d{2}-\d{2}$/.test(i.publishedDate ?? '') || i.channels.length === 0)).toEqual([]);
    // on time or posted long enough ⇒ published; long enough ⇒ the minimum days for that content
    expect(items.filter((i) => !i.published && (i.onTime || i.postedLongEnough || i.channels.length > 0))).toEqual([]);
    expect(items.filter((i) => i.postedLongEnough && (i.daysPosted ?? 0) < (minDays.get(i.contentCode) ?? Infinity))).toEqual([]);
    expect(items.some((i) => i.postedLongEnough)).toBe(true);
    // Hương Liên stopped filing in 2022.
    expect(reports.filter((r) => r.communeCode === '18559').map((r) => r.filed)).toEqual([false, false, false, false]);
  });

  it('asks for the range in the app\'s own quarter notation', async () => {
    let asked: URLSearchParams | null = null;
    server.use(
      http.get(reportsUrl, ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json(envelope([goodReport]));
      }),
    );
    const { reports } = await fetchDisclosureReports(cfg, { from: '2023-Q3', to: '2024-Q1' });
    expect(asked!.get('tuKy')).toBe('3/2023');
    expect(asked!.get('denKy')).toBe('1/2024');
    expect(asked!.has('maHuyen')).toBe(false);
    expect(reports[0]?.items[0]).toMatchObject({ contentCode: 'L10_01', publishedDate: '2023-07-12', channels: ['niem_yet', 'loa_dai'] });
  });

  it('turns a number written "N/A" into a schema error naming the field', async () => {
    const bad = { ...goodReport, noiDung: [{ ...goodReport.noiDung[0], sn: 'N/A' }] };
    server.use(http.get(reportsUrl, () => HttpResponse.json(envelope([goodReport, bad]))));
    const e = await upstreamError(fetchDisclosureReports(cfg, { from: '2023-Q3', to: '2023-Q3' }));
    expect(e.kind).toBe('schema');
    expect(e.fieldPaths).toEqual(['duLieu.baoCao[1].noiDung[0].sn']);
  });

  it('turns a missing field into a schema error naming it', async () => {
    const { maHuyen: _dropped, ...missing } = goodReport;
    server.use(http.get(reportsUrl, () => HttpResponse.json(envelope([missing]))));
    const e = await upstreamError(fetchDisclosureReports(cfg, { from: '2023-Q3', to: '2023-Q3' }));
    expect(e.kind).toBe('schema');
    expect(e.fieldPaths).toEqual(['duLieu.baoCao[0].maHuyen']);
  });

  it('rejects another system\'s envelope', async () => {
    server.use(http.get(reportsUrl, () => HttpResponse.json({ error_code: 0, message: 'OK', data: [goodReport] })));
    const e = await upstreamError(fetchDisclosureReports(cfg, { from: '2023-Q3', to: '2023-Q3' }));
    expect(e.kind).toBe('schema');
    expect(e.fieldPaths).toContain('trangThai');
  });

  it('reports HTTP 500 as an http error with its status', async () => {
    server.use(http.get(reportsUrl, () => new HttpResponse('lỗi máy chủ', { status: 500 })));
    const e = await upstreamError(fetchDisclosureReports(cfg, { from: '2023-Q3', to: '2023-Q3' }));
    expect(e.kind).toBe('http');
    expect(e.status).toBe(500);
  });

  it('reports a refusal inside HTTP 200 as a refusal with the app\'s message, not as an HTTP status', async () => {
    server.use(
      http.get(reportsUrl, () =>
        HttpResponse.json({ trangThai: false, thongDiep: 'Phiên đăng nhập hết hạn', thoiGianCapNhat: '20/01/2025 08:00:00', duLieu: null }),
      ),
    );
    const e = await upstreamError(fetchDisclosureReports(cfg, { from: '2023-Q3', to: '2023-Q3' }));
    expect(e.kind).toBe('refused');
    expect(e.status).toBeUndefined();
    expect(e.detail).toBe('Phiên đăng nhập hết hạn');
  });

  it('refuses a malformed quarter before asking anything', async () => {
    await expect(fetchDisclosureReports(cfg, { from: '2023', to: '2023-Q4' })).rejects.toThrow(RangeError);
  });
});
