import type { SourceConfig } from '../../config/schema';
import type { CommuneDisclosureQuarter, DisclosureContent, DistrictDisclosureQuarter } from '../../domain/disclosure';
import type { QuarterKey } from '../../domain/period';
import { getJson, refusal, UpstreamError } from '../../lib/http';
import { adaptAsOf, adaptContents, adaptReports, adaptSummary } from './adapter';
import { contentsResponseSchema, reportsResponseSchema, summaryResponseSchema } from './wire-schema';

const SOURCE = 'disclosure';

/** The app answers HTTP 200 with `trangThai: false` when it refuses a request; `duLieu` is then null. */
function unwrap<T>(body: { trangThai: boolean; thongDiep: string; duLieu: T | null }): T {
  if (!body.trangThai) throw refusal(SOURCE, body.thongDiep);
  if (body.duLieu === null) throw new UpstreamError(SOURCE, 'schema', 'Sai dữ liệu tại duLieu: thiếu dữ liệu', undefined, ['duLieu']);
  return body.duLieu;
}

/** "2023-Q3" → "3/2023", the app's own way of naming a quarter. */
function wireQuarter(key: QuarterKey): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) throw new RangeError(`Not a quarter key: ${key}`);
  return `${match[2]}/${match[1]}`;
}

export async function fetchDisclosureContents(
  cfg: SourceConfig,
  signal?: AbortSignal,
): Promise<{ asOf: string; contents: DisclosureContent[] }> {
  const body = await getJson(SOURCE, cfg, 'danh-muc/noi-dung-cong-khai', contentsResponseSchema, { signal });
  return { asOf: adaptAsOf(body.thoiGianCapNhat), contents: adaptContents(unwrap(body)) };
}

/** Every commune's quarterly report in the range (both ends included), optionally for one district. */
export async function fetchDisclosureReports(
  cfg: SourceConfig,
  range: { from: QuarterKey; to: QuarterKey; districtCode?: string },
  signal?: AbortSignal,
): Promise<{ asOf: string; reports: CommuneDisclosureQuarter[] }> {
  const query = { tuKy: wireQuarter(range.from), denKy: wireQuarter(range.to), maHuyen: range.districtCode };
  const body = await getJson(SOURCE, cfg, 'bao-cao-quy', reportsResponseSchema, { query, signal });
  return { asOf: adaptAsOf(body.thoiGianCapNhat), reports: adaptReports(unwrap(body).baoCao) };
}

/**
 * The app's district roll-up per quarter: a few hundred rows for the whole span, where the commune reports weigh
 * megabytes. Maps, rankings and trends use it; the commune drill-down uses the reports.
 */
export async function fetchDisclosureSummary(
  cfg: SourceConfig,
  range: { from: QuarterKey; to: QuarterKey },
  signal?: AbortSignal,
): Promise<{ asOf: string; rows: DistrictDisclosureQuarter[] }> {
  const query = { tuKy: wireQuarter(range.from), denKy: wireQuarter(range.to) };
  const body = await getJson(SOURCE, cfg, 'bao-cao-tong-hop', summaryResponseSchema, { query, signal });
  return { asOf: adaptAsOf(body.thoiGianCapNhat), rows: adaptSummary(unwrap(body).tongHop) };
}
