/**
 * Fake of the provincial grassroots-democracy steering committee's reporting app (Ban Chỉ đạo QCDC tỉnh), in its
 * own wire format: camelCase Vietnamese keys, a `{ trangThai, thongDiep, thoiGianCapNhat, duLieu }` envelope,
 * dd/MM/yyyy dates, periods written "quý/năm", legal bases by document number, and compact report items
 * (short keys, channels as one ";"-separated string) because a full request spans 216 communes × 32 quarters.
 *
 *   GET danh-muc/noi-dung-cong-khai            the contents lists of both legal bases
 *   GET bao-cao-quy?tuKy=1/2023&denKy=4/2024[&maHuyen=436]
 *                                              one report per commune per quarter (unfiled ones included); from
 *                                              3/2025 the 69 communes and wards report with `maHuyen: null`
 *   GET bao-cao-tong-hop?tuKy=1/2017&denKy=4/2024
 *                                              the app's district roll-up per quarter, summed from the same reports;
 *                                              from 3/2025 one row per commune (`maHuyen: null`, `maXa`)
 * The records (and the roll-up) are made in mocks/demo-tables.ts.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DISCLOSURE_AS_OF, quartersBetween } from '../data/disclosure';
import { jsonArray, spliceJson, type DemoStore, type DemoTableId, type WireRecord } from '../demo-store';
import { viDate } from '../data/vi-date';
import { endpoint } from './endpoint';

const envelope = (duLieu: unknown) => ({ trangThai: true, thongDiep: 'Thành công', thoiGianCapNhat: viDate(DISCLOSURE_AS_OF), duLieu });

const failure = (thongDiep: string, status: number) =>
  HttpResponse.json({ trangThai: false, thongDiep, thoiGianCapNhat: viDate(DISCLOSURE_AS_OF), duLieu: null }, { status });

/** "3/2023" → "2023-Q3", or null. */
function quarterParam(value: string | null): string | null {
  const match = value ? /^([1-4])\/(\d{4})$/.exec(value) : null;
  return match ? `${match[2]}-Q${match[1]}` : null;
}

/** The records of every quarter in the range, quarter by quarter, optionally of one district (the record key). */
async function quarterRecords(store: DemoStore, table: DemoTableId, from: string, to: string, district?: string): Promise<WireRecord[]> {
  const out: WireRecord[] = [];
  for (const quarter of quartersBetween(from, to)) {
    for (const r of (await store.records(table, quarter)) ?? []) if (district === undefined || r.key === district) out.push(r);
  }
  return out;
}

export function disclosureSystemHandlers(baseUrl: string, store: DemoStore): HttpHandler[] {
  const range = (request: Request) => {
    const params = new URL(request.url).searchParams;
    const from = quarterParam(params.get('tuKy'));
    const to = quarterParam(params.get('denKy'));
    if (!from || !to) return failure('Tham số kỳ báo cáo (tuKy, denKy) không hợp lệ, dạng quý/năm', 400);
    if (from > to) return failure('Kỳ bắt đầu sau kỳ kết thúc', 400);
    return { from, to, district: params.get('maHuyen') || undefined };
  };
  return [
    http.get(endpoint(baseUrl, 'danh-muc/noi-dung-cong-khai'), async () => {
      const list = '@list';
      return spliceJson(envelope(list), { [list]: jsonArray((await store.records('disclosure-contents', 'all')) ?? []) });
    }),
    http.get(endpoint(baseUrl, 'bao-cao-quy'), async ({ request }) => {
      const r = range(request);
      if (r instanceof Response) return r;
      const reports = await quarterRecords(store, 'disclosure-reports', r.from, r.to, r.district);
      const baoCao = '@baoCao';
      return spliceJson(envelope({ tongSo: reports.length, baoCao }), { [baoCao]: jsonArray(reports) });
    }),
    http.get(endpoint(baseUrl, 'bao-cao-tong-hop'), async ({ request }) => {
      const r = range(request);
      if (r instanceof Response) return r;
      const tongHop = '@tongHop';
      return spliceJson(envelope({ tongHop }), { [tongHop]: jsonArray(await quarterRecords(store, 'disclosure-summary', r.from, r.to)) });
    }),
  ];
}
