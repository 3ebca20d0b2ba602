import * as z from 'zod/mini';

/**
 * Wire format of the Ban Dân vận Tỉnh ủy's "Dân vận khéo" registry: snake_case Vietnamese keys; envelope
 * `{ code: "00", message, ngay_cap_nhat, du_lieu }` with the timestamp in epoch milliseconds; years and counts as
 * strings; level codes in capitals; model lists paged (`phan_trang`).
 */

const year = z.string().check(z.regex(/^\d{4}$/));
const count = z.string().check(z.regex(/^\d+$/));

/** `code` "00" means success; anything else carries the registry's message and no data. */
const envelope = <T extends z.ZodMiniType>(data: T) =>
  z.object({
    code: z.string(),
    message: z.string(),
    ngay_cap_nhat: z.number().check(z.nonnegative()),
    du_lieu: z.nullable(data),
  });

export const wireFieldSchema = z.object({
  ma_linh_vuc: z.string().check(z.minLength(1)),
  ten_linh_vuc: z.string().check(z.minLength(1)),
  thu_tu: z.int(),
});

export const fieldsResponseSchema = envelope(z.array(wireFieldSchema));

export const LEVEL_CODES = ['XA', 'HUYEN', 'TINH', 'CO_QUAN'] as const;

export const wireModelSchema = z.object({
  id: z.int(),
  ma_mo_hinh: z.string().check(z.minLength(1)),
  ten_mo_hinh: z.string().check(z.minLength(1)),
  /** A district code (3 digits) up to 30 Jun 2025; a commune or ward code (5 digits) from 1 Jul 2025. */
  ma_don_vi: z.string().check(z.regex(/^(\d{3}|\d{5})$/)),
  ma_xa: z.nullable(z.string().check(z.regex(/^\d{5}$/))),
  ma_linh_vuc: z.string().check(z.minLength(1)),
  cap: z.enum(LEVEL_CODES),
  nam_dang_ky: year,
  nam_cong_nhan: z.nullable(year),
  nam_tieu_bieu: z.nullable(year),
  so_lan_nhan_rong: count,
  khen_thuong: z.nullable(z.string()),
});

export const pagingSchema = z.object({
  trang: z.int().check(z.minimum(1)),
  so_dong: z.int().check(z.minimum(1)),
  tong_so_dong: z.int().check(z.minimum(0)),
  tong_so_trang: z.int().check(z.minimum(0)),
});

export const modelsPageSchema = z.object({
  ...envelope(z.array(wireModelSchema)).shape,
  /** Absent on a failure answer. */
  phan_trang: z.optional(pagingSchema),
});

export type WireField = z.infer<typeof wireFieldSchema>;
export type WireModel = z.infer<typeof wireModelSchema>;
export type WirePaging = z.infer<typeof pagingSchema>;
export type ModelsPage = z.infer<typeof modelsPageSchema>;
