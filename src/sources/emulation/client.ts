import type { SourceConfig } from '../../config/schema';
import type { EmulationField, EmulationModel } from '../../domain/emulation';
import { getJson, refusal, tooManyRows, UpstreamError } from '../../lib/http';
import { adaptAsOf, adaptFields, adaptModels } from './adapter';
import { fieldsResponseSchema, modelsPageSchema, type WireModel, type WirePaging } from './wire-schema';

const SOURCE = 'emulation';
/** The registry's largest page; fewer round trips for a list of a few thousand models. */
export const PAGE_SIZE = 500;
/** A guard against a paging header that would send the dashboard into thousands of requests. */
const MAX_PAGES = 100;

const schemaError = (path: string, message: string) =>
  new UpstreamError(SOURCE, 'schema', `Sai dữ liệu tại ${path}: ${message}`, undefined, [path]);

/** The registry answers HTTP 200 with a code other than "00" when it refuses a request. */
function unwrap<T>(body: { code: string; message: string; du_lieu: T | null }): T {
  if (body.code !== '00') throw refusal(SOURCE, `${body.message} (${body.code})`);
  if (body.du_lieu === null) throw schemaError('du_lieu', 'thiếu dữ liệu');
  return body.du_lieu;
}

async function fetchPage(cfg: SourceConfig, page: number, signal?: AbortSignal) {
  const body = await getJson(SOURCE, cfg, 'mo-hinh', modelsPageSchema, { query: { trang: page, so_dong: PAGE_SIZE }, signal });
  const models: WireModel[] = unwrap(body);
  // A page longer than asked for means the registry ignored the paging: what else it sent cannot be trusted either.
  if (models.length > PAGE_SIZE) throw tooManyRows(SOURCE, models.length, PAGE_SIZE, `du_lieu (trang ${page})`);
  if (!body.phan_trang) throw schemaError('phan_trang', 'thiếu thông tin phân trang');
  return { asOf: body.ngay_cap_nhat, models, paging: body.phan_trang };
}

/** The field lookup and every model, all pages: the first page says how many more to fetch, in parallel. */
export async function fetchEmulationRegistry(
  cfg: SourceConfig,
  signal?: AbortSignal,
): Promise<{ asOf: string; fields: EmulationField[]; models: EmulationModel[] }> {
  const [fieldsBody, first] = await Promise.all([
    getJson(SOURCE, cfg, 'danh-muc/linh-vuc', fieldsResponseSchema, { signal }),
    fetchPage(cfg, 1, signal),
  ]);
  const paging: WirePaging = first.paging;
  if (paging.tong_so_trang > MAX_PAGES) throw schemaError('phan_trang.tong_so_trang', `${paging.tong_so_trang} trang, quá giới hạn ${MAX_PAGES}`);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, paging.tong_so_trang - 1) }, (_, i) => fetchPage(cfg, i + 2, signal)),
  );
  const models = adaptModels([first.models, ...rest.map((p) => p.models)]);
  if (models.length < paging.tong_so_dong) {
    throw schemaError('phan_trang.tong_so_dong', `nhận ${models.length} mô hình, hệ thống báo ${paging.tong_so_dong}`);
  }
  // The oldest stamp among the pages is what the whole list can vouch for.
  const asOf = Math.min(first.asOf, ...rest.map((p) => p.asOf));
  return { asOf: adaptAsOf(asOf), fields: adaptFields(unwrap(fieldsBody)), models };
}
