import { DISCLOSURE_CONTENTS_BY_BASIS, meetsPostingRule, postingRuleOf, type ContentsByBasis } from '../../domain/disclosure-contents';
import type { QuarterKey } from '../../domain/period';
import type {
  CommuneDisclosureQuarter,
  DistrictDisclosureQuarter,
  DisclosureChannel,
  DisclosureContent,
  DisclosureItem,
  LegalBasis,
} from '../../domain/disclosure';
import { UpstreamError } from '../../lib/http';
import type { BasisDocument, ChannelCode, WireContent, WireReport, WireReportItem, WireSummaryRow } from './wire-schema';

/** Wire → domain for the QCDC reporting app. Pure; throws UpstreamError('schema') naming the field at fault. */

const BASIS: Readonly<Record<BasisDocument, LegalBasis>> = {
  '34/2007/PL-UBTVQH11': 'PL34_2007',
  '10/2022/QH15': 'LUAT10_2022',
};

const CHANNEL: Readonly<Record<ChannelCode, DisclosureChannel>> = {
  NY: 'niem_yet',
  LD: 'loa_dai',
  TTDT: 'cong_ttdt',
  HNT: 'hop_thon',
  VB: 'van_ban',
};

const schemaError = (path: string, message: string) =>
  new UpstreamError('disclosure', 'schema', `Sai dữ liệu tại ${path}: ${message}`, undefined, [path]);

/** dd/MM/yyyy → ISO yyyy-MM-dd, rejecting dates that do not exist (31/02/2024). */
export function isoFromViDate(text: string, path: string): string {
  const [d, m, y] = text.split('/').map(Number);
  if (d === undefined || m === undefined || y === undefined) throw schemaError(path, `ngày không hợp lệ "${text}"`);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw schemaError(path, `ngày không tồn tại "${text}"`);
  }
  return date.toISOString().slice(0, 10);
}

/** The app stamps its data "dd/MM/yyyy HH:mm:ss" in Hà Tĩnh time (UTC+7, no daylight saving). */
export function adaptAsOf(text: string, path = 'thoiGianCapNhat'): string {
  const [date = '', time = ''] = text.split(' ');
  return `${isoFromViDate(date, path)}T${time}+07:00`;
}

export function adaptContents(wire: readonly WireContent[]): DisclosureContent[] {
  return wire.map((c) => ({
    code: c.maNoiDung,
    basis: BASIS[c.canCu],
    name: c.tenNoiDung,
    minDaysPosted: c.soNgayNiemYet,
  }));
}

const notPublished = (contentCode: string): DisclosureItem => ({
  contentCode,
  published: false,
  onTime: false,
  publishedDate: null,
  channels: [],
  daysPosted: null,
  postedLongEnough: false,
});

function adaptItem(item: WireReportItem, content: DisclosureContent, path: string, quarter: QuarterKey): DisclosureItem {
  const channels = [...new Set(item.ht.split(';') as ChannelCode[])].map((code) => CHANNEL[code]);
  const publishedDate = isoFromViDate(item.ngay, `${path}.ngay`);
  return {
    contentCode: content.code,
    published: true,
    onTime: item.dh === 1,
    publishedDate,
    channels,
    daysPosted: item.sn,
    // The law's posting rule: 30 days, permanent (still up at the quarter's end) or no minimum (Law 10/2022 Art. 13).
    postedLongEnough: meetsPostingRule(postingRuleOf(content), item.sn, publishedDate, quarter),
  };
}

/**
 * One report per commune-quarter with one item per content of the list in force: a content the commune did not
 * list was not disclosed. Item numbers (stt) are resolved against the legal basis the report names.
 */
export function adaptReport(
  wire: WireReport,
  path: string,
  contentsByBasis: ContentsByBasis = DISCLOSURE_CONTENTS_BY_BASIS,
): CommuneDisclosureQuarter {
  const basis = BASIS[wire.canCu];
  const contents = contentsByBasis[basis];
  const [quarter, year] = wire.ky.split('/');
  const filed = wire.daNop === 1;
  if (!filed && wire.noiDung.length > 0) throw schemaError(`${path}.noiDung`, 'báo cáo chưa nộp nhưng có nội dung');
  const published = new Map<string, DisclosureItem>();
  wire.noiDung.forEach((item, j) => {
    const itemPath = `${path}.noiDung[${j}]`;
    const content = contents[item.stt - 1];
    if (!content) throw schemaError(`${itemPath}.stt`, `không có nội dung số ${item.stt} theo ${wire.canCu}`);
    if (published.has(content.code)) throw schemaError(`${itemPath}.stt`, `nội dung số ${item.stt} khai hai lần`);
    published.set(content.code, adaptItem(item, content, itemPath, `${year}-Q${quarter}`));
  });
  return {
    communeCode: wire.maXa,
    // From 1 Jul 2025 a commune reports to the province: it is its own roll-up unit.
    districtCode: wire.maHuyen ?? wire.maXa,
    quarter: `${year}-Q${quarter}`,
    basis,
    filed,
    listPosted: filed && wire.dmNiemYet === 1,
    items: contents.map((c) => published.get(c.code) ?? notPublished(c.code)),
  };
}

export function adaptReports(
  wire: readonly WireReport[],
  path = 'duLieu.baoCao',
  contentsByBasis: ContentsByBasis = DISCLOSURE_CONTENTS_BY_BASIS,
): CommuneDisclosureQuarter[] {
  return wire.map((report, i) => adaptReport(report, `${path}[${i}]`, contentsByBasis));
}

/**
 * District roll-up rows. Counts that cannot hold (more published than required, more filed than expected) would
 * print rates above 100 %: they break a plausibility rule (src/domain/quality/disclosure-rules.ts), applied right
 * after this adapter, so the row is left out and listed rather than failing the whole system.
 */
export function adaptSummary(wire: readonly WireSummaryRow[]): DistrictDisclosureQuarter[] {
  return wire.map((row, i) => {
    const [quarter, year] = row.ky.split('/');
    const unit = row.maHuyen ?? row.maXa;
    if (!unit) throw schemaError(`duLieu.tongHop[${i}].maXa`, 'dòng tổng hợp không có mã đơn vị');
    return {
      districtCode: unit,
      quarter: `${year}-Q${quarter}`,
      basis: BASIS[row.canCu],
      reports: row.soXa,
      filed: row.soXaDaNop,
      listsPosted: row.soXaNiemYetDanhMuc,
      required: row.soNoiDungPhaiCongKhai,
      published: row.soNoiDungDaCongKhai,
      publishedOnTime: row.soNoiDungDungHan,
      postedLongEnough: row.soNoiDungDuThoiGian,
    };
  });
}
