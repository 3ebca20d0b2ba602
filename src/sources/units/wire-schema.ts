/**
 * Wire format of the provincial shared-catalogue service (LGSP "danh mục dùng chung"), administrative units:
 *   GET {base}/danh-muc/don-vi-hanh-chinh?maTinh=42             every version of every unit, with its validity
 *   GET {base}/danh-muc/don-vi-hanh-chinh/chuyen-doi?maTinh=42   the crosswalk between successive unit sets
 * Dates are dd/MM/yyyy, the "as of" stamp is local time (UTC+7) "dd/MM/yyyy HH:mm:ss".
 */
import * as z from 'zod/mini';

export const UNIT_CATALOGUE_PATH = 'danh-muc/don-vi-hanh-chinh';
export const UNIT_CROSSWALK_PATH = 'danh-muc/don-vi-hanh-chinh/chuyen-doi';

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
  // Residents of this version. Read as sent and checked by the adapter: a bad figure leaves out that unit's
  // per-10,000 figures and is named on screen, it does not take the whole catalogue down.
  danSo: z.optional(z.unknown()),
});

/** One link: old commune → new commune, whole ("TOAN_BO") or in part ("MOT_PHAN"), from the day the new set starts. */
const crosswalkRow = z.object({
  maCu: z.string().check(z.regex(/^\d{2,5}$/)),
  maMoi: z.string().check(z.regex(/^\d{2,5}$/)),
  quanHe: z.enum(['TOAN_BO', 'MOT_PHAN']),
  ngayHieuLuc: z.string().check(z.regex(VN_DATE)),
});

const envelope = <T extends z.ZodMiniType>(row: T) =>
  z.object({
    status: z.literal('success'),
    code: z.literal(200),
    message: z.optional(z.nullable(z.string())),
    ngayCapNhat: z.string().check(z.regex(VN_TIMESTAMP)),
    data: z.object({
      tongSo: z.int().check(z.nonnegative()),
      danhSach: z.array(row),
    }),
  });

export const unitCatalogueResponse = envelope(unitRow);
export const unitCrosswalkResponse = envelope(crosswalkRow);

export type UnitCatalogueResponse = z.infer<typeof unitCatalogueResponse>;
export type UnitRow = UnitCatalogueResponse['data']['danhSach'][number];
export type UnitCrosswalkResponse = z.infer<typeof unitCrosswalkResponse>;
export type CrosswalkRow = UnitCrosswalkResponse['data']['danhSach'][number];
