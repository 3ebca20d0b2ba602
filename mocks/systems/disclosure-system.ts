/**
 * Fake of the provincial grassroots-democracy steering committee's reporting app (Ban Chỉ đạo QCDC tỉnh), in its
 * own wire format: camelCase Vietnamese keys, a `{ trangThai, thongDiep, thoiGianCapNhat, duLieu }` envelope,
 * dd/MM/yyyy dates, periods written "quý/năm", legal bases by document number, and compact report items
 * (short keys, channels as one ";"-separated string) because a full request spans 216 communes × 32 quarters.
 *
 *   GET danh-muc/noi-dung-cong-khai            the contents lists of both legal bases
 *   GET bao-cao-quy?tuKy=1/2023&denKy=4/2024[&maHuyen=436]
 *                                              one report per commune per quarter (unfiled ones included)
 *   GET bao-cao-tong-hop?tuKy=1/2017&denKy=4/2024
 *                                              the app's district roll-up per quarter, summed from the same reports
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DISCLOSURE_CONTENTS, meetsPostingRule, postingRuleOf } from '../../src/domain/disclosure-contents';
import type { DisclosureChannel, LegalBasis } from '../../src/domain/disclosure';
import {
  DISCLOSURE_AS_OF,
  disclosureReports,
  disclosureReportsForQuarter,
  quartersBetween,
  type GeneratedDisclosureItem,
  type GeneratedDisclosureReport,
} from '../data/disclosure';
import { yieldToMain } from '../yield';
import { endpoint } from './endpoint';

export interface WireEnvelope<T> {
  trangThai: boolean;
  thongDiep: string;
  /** dd/MM/yyyy HH:mm:ss, Hà Tĩnh time. */
  thoiGianCapNhat: string;
  duLieu: T | null;
}

export interface WireContent {
  canCu: string;
  stt: number;
  maNoiDung: string;
  tenNoiDung: string;
  soNgayNiemYet: number;
}

export interface WireReportItem {
  /** Item number in the article of the basis. */
  stt: number;
  /** Ngày công khai, dd/MM/yyyy. */
  ngay: string;
  /** Hình thức: NY niêm yết, LD loa đài, TTDT cổng TTĐT, HNT hội nghị thôn, VB văn bản. */
  ht: string;
  /** Số ngày niêm yết; null when not posted on the board. */
  sn: number | null;
  /** Đúng hạn. */
  dh: 0 | 1;
}

export interface WireReport {
  maXa: string;
  maHuyen: string;
  /** "quý/năm", e.g. "3/2023". */
  ky: string;
  canCu: string;
  daNop: 0 | 1;
  ngayNop: string | null;
  /** Danh mục nội dung công khai của quý đã được niêm yết. */
  dmNiemYet: 0 | 1;
  noiDung: WireReportItem[];
}

export const BASIS_DOCUMENT: Readonly<Record<LegalBasis, string>> = {
  PL34_2007: '34/2007/PL-UBTVQH11',
  LUAT10_2022: '10/2022/QH15',
};

const CHANNEL_CODE: Readonly<Record<DisclosureChannel, string>> = {
  niem_yet: 'NY',
  loa_dai: 'LD',
  cong_ttdt: 'TTDT',
  hop_thon: 'HNT',
  van_ban: 'VB',
};

/** ISO date (or date-time with offset) → dd/MM/yyyy[ HH:mm:ss], as the app prints dates. */
function viDate(iso: string): string {
  const [date = '', time] = iso.split('T');
  const [y, m, d] = date.split('-');
  return time ? `${d}/${m}/${y} ${time.slice(0, 8)}` : `${d}/${m}/${y}`;
}

const envelope = <T>(duLieu: T): WireEnvelope<T> => ({
  trangThai: true,
  thongDiep: 'Thành công',
  thoiGianCapNhat: viDate(DISCLOSURE_AS_OF),
  duLieu,
});

const failure = (thongDiep: string, status: number) =>
  HttpResponse.json<WireEnvelope<null>>({ trangThai: false, thongDiep, thoiGianCapNhat: viDate(DISCLOSURE_AS_OF), duLieu: null }, { status });

export function wireContents(): WireContent[] {
  const numberWithinBasis = new Map<LegalBasis, number>();
  return DISCLOSURE_CONTENTS.map((c) => {
    const stt = (numberWithinBasis.get(c.basis) ?? 0) + 1;
    numberWithinBasis.set(c.basis, stt);
    return { canCu: BASIS_DOCUMENT[c.basis], stt, maNoiDung: c.code, tenNoiDung: c.name, soNgayNiemYet: c.minDaysPosted };
  });
}

const wireItem = (item: GeneratedDisclosureItem): WireReportItem => ({
  stt: item.no,
  ngay: viDate(item.publishedOn),
  ht: item.channels.map((c) => CHANNEL_CODE[c]).join(';'),
  sn: item.daysPosted,
  dh: item.onTime ? 1 : 0,
});

export const wireReport = (r: GeneratedDisclosureReport): WireReport => ({
  maXa: r.communeCode,
  maHuyen: r.districtCode,
  ky: `${r.quarter}/${r.year}`,
  canCu: BASIS_DOCUMENT[r.basis],
  daNop: r.filed ? 1 : 0,
  ngayNop: r.filedOn ? viDate(r.filedOn) : null,
  dmNiemYet: r.listPosted ? 1 : 0,
  noiDung: r.items.map(wireItem),
});

/** "3/2023" → "2023-Q3", or null. */
function quarterParam(value: string | null): string | null {
  const match = value ? /^([1-4])\/(\d{4})$/.exec(value) : null;
  return match ? `${match[2]}-Q${match[1]}` : null;
}

export interface WireSummaryRow {
  maHuyen: string;
  ky: string;
  canCu: string;
  soXa: number;
  soXaDaNop: number;
  soXaNiemYetDanhMuc: number;
  soNoiDungPhaiCongKhai: number;
  soNoiDungDaCongKhai: number;
  soNoiDungDungHan: number;
  soNoiDungDuThoiGian: number;
}

const requiredCount = (basis: LegalBasis) => DISCLOSURE_CONTENTS.filter((c) => c.basis === basis).length;

/** Rolls commune reports up to district × quarter, as the reporting app's summary report does. */
export function summaryRows(reports: readonly GeneratedDisclosureReport[]): WireSummaryRow[] {
  const rows = new Map<string, WireSummaryRow>();
  for (const r of reports) {
    const key = `${r.districtCode}|${r.year}|${r.quarter}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        maHuyen: r.districtCode,
        ky: `${r.quarter}/${r.year}`,
        canCu: BASIS_DOCUMENT[r.basis],
        soXa: 0,
        soXaDaNop: 0,
        soXaNiemYetDanhMuc: 0,
        soNoiDungPhaiCongKhai: 0,
        soNoiDungDaCongKhai: 0,
        soNoiDungDungHan: 0,
        soNoiDungDuThoiGian: 0,
      };
      rows.set(key, row);
    }
    const rules = new Map(DISCLOSURE_CONTENTS.filter((c) => c.basis === r.basis).map((c, i) => [i + 1, postingRuleOf(c)]));
    row.soXa += 1;
    row.soNoiDungPhaiCongKhai += requiredCount(r.basis);
    if (!r.filed) continue;
    row.soXaDaNop += 1;
    if (r.listPosted) row.soXaNiemYetDanhMuc += 1;
    const items = new Map(r.items.map((item) => [item.no, item]));
    for (const item of items.values()) {
      row.soNoiDungDaCongKhai += 1;
      if (item.onTime) row.soNoiDungDungHan += 1;
      const rule = rules.get(item.no);
      if (rule && meetsPostingRule(rule, item.daysPosted, item.publishedOn, `${r.year}-Q${r.quarter}`)) row.soNoiDungDuThoiGian += 1;
    }
  }
  return [...rows.values()].sort((a, b) => a.maHuyen.localeCompare(b.maHuyen) || quarterOrder(a.ky) - quarterOrder(b.ky));
}

const quarterOrder = (ky: string) => {
  const [q, y] = ky.split('/').map(Number);
  return (y ?? 0) * 4 + (q ?? 0);
};

export function disclosureSystemHandlers(baseUrl: string): HttpHandler[] {
  return [
    http.get(endpoint(baseUrl, 'danh-muc/noi-dung-cong-khai'), () => HttpResponse.json(envelope(wireContents()))),
    http.get(endpoint(baseUrl, 'bao-cao-quy'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const from = quarterParam(params.get('tuKy'));
      const to = quarterParam(params.get('denKy'));
      if (!from || !to) return failure('Tham số kỳ báo cáo (tuKy, denKy) không hợp lệ, dạng quý/năm', 400);
      if (from > to) return failure('Kỳ bắt đầu sau kỳ kết thúc', 400);
      const district = params.get('maHuyen') || undefined;
      const baoCao = disclosureReports(from, to, district).map(wireReport);
      return HttpResponse.json(envelope({ tongSo: baoCao.length, baoCao }));
    }),
    http.get(endpoint(baseUrl, 'bao-cao-tong-hop'), async ({ request }) => {
      const params = new URL(request.url).searchParams;
      const from = quarterParam(params.get('tuKy'));
      const to = quarterParam(params.get('denKy'));
      if (!from || !to) return failure('Tham số kỳ báo cáo (tuKy, denKy) không hợp lệ, dạng quý/năm', 400);
      if (from > to) return failure('Kỳ bắt đầu sau kỳ kết thúc', 400);
      const tongHop: WireSummaryRow[] = [];
      for (const quarter of quartersBetween(from, to)) {
        tongHop.push(...summaryRows(disclosureReportsForQuarter(quarter)));
        await yieldToMain();
      }
      return HttpResponse.json(envelope({ tongHop }));
    }),
  ];
}
