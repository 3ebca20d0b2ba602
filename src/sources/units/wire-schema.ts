/**
 * Wire format of the provincial shared-catalogue service (LGSP "danh mục dùng chung"), administrative units:
 *   GET {base}/danh-muc/don-vi-hanh-chinh?maTinh=42
 * Dates are dd/MM/yyyy, the "as of" stamp is local time (UTC+7) "dd/MM/yyyy HH:mm:ss".
 */
import * as z from 'zod/mini';

export const UNIT_CATALOGUE_PATH = 'danh-muc/don-vi-hanh-chinh';

const VN_DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const VN_TIMESTAMP = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;

/** The unit type as the catalogue spells it; also the prefix of the unit's full name. */
export const UNIT_TYPE_LABELS = ['Tỉnh', 'Thành phố', 'Thị xã', 'Huyện', 'Phường', 'Thị trấn', 'Xã'] as const;

const unitRow = z.object({
  ma: z.string().check(z.regex(/^\d{2,5}$/)),
  ten: z.string().check(z.minLength(1)),
  loai: z.enum(UNIT_TYPE_LABELS),
  cap: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  maCha: z.nullable(z.string()),
  hieuLucTu: z.string().check(z.regex(VN_DATE)),
  hieuLucDen: z.nullable(z.string().check(z.regex(VN_DATE))),
});

export const unitCatalogueResponse = z.object({
  status: z.literal('success'),
  code: z.literal(200),
  message: z.optional(z.nullable(z.string())),
  ngayCapNhat: z.string().check(z.regex(VN_TIMESTAMP)),
  data: z.object({
    tongSo: z.int().check(z.nonnegative()),
    danhSach: z.array(unitRow),
  }),
});

export type UnitCatalogueResponse = z.infer<typeof unitCatalogueResponse>;
export type UnitRow = UnitCatalogueResponse['data']['danhSach'][number];
