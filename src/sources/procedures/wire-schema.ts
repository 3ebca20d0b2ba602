/**
 * Wire format of the province's procedure-handling system (hệ thống thông tin giải quyết TTHC), reporting API:
 *   GET {base}/dvc/danh-muc-dich-vu?nam=YYYY                     services and their online level for a year
 *   GET {base}/thong-ke/ho-so?tuThang=MM/yyyy&denThang=MM/yyyy   case files per agency per month, ≤ 12 months
 * Envelope { success, message, result }. Counts arrive as numeric strings (or, now and then, numbers).
 */
import * as z from 'zod/mini';

export const SERVICE_CATALOGUE_PATH = 'dvc/danh-muc-dich-vu';
export const CASE_FILES_PATH = 'thong-ke/ho-so';
/** The system answers at most this many months per case-file request. */
export const MAX_CASE_FILE_MONTHS = 12;

/** ISO 8601 with an explicit offset, as the system stamps its data: "2025-01-06T07:30:00+07:00". */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const WIRE_MONTH = /^(0[1-9]|1[0-2])\/\d{4}$/;

const count = z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^\d+$/))]);
export type WireCount = z.infer<typeof count>;

/**
 * "SO" = a provincial department (sở, ban, ngành); "HUYEN" = a district People's Committee (to 30 Jun 2025);
 * "XA" = a commune or ward People's Committee, which took over the district procedures on 1 Jul 2025.
 */
const agencyLevel = z.enum(['SO', 'HUYEN', 'XA']);

function envelope<S extends z.ZodMiniType>(result: S) {
  return z.object({
    success: z.literal(true),
    message: z.optional(z.nullable(z.string())),
    result,
  });
}

const agency = z.object({
  maCoQuan: z.string().check(z.minLength(1)),
  tenCoQuan: z.string().check(z.minLength(1)),
  capCoQuan: agencyLevel,
  /** GSO code of the district, for "HUYEN" agencies. */
  maDVHC: z.nullable(z.string()),
});

/** Decree 43/2011 levels are numbers 1–4; Decree 42/2022 levels are named. */
export const DECREE_42_LEVELS = ['TOAN_TRINH', 'MOT_PHAN'] as const;

const service = z.object({
  maTTHC: z.string().check(z.minLength(1)),
  tenTTHC: z.string().check(z.minLength(1)),
  linhVuc: z.string(),
  maCoQuan: z.string().check(z.minLength(1)),
  mucDo: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.enum(DECREE_42_LEVELS)]),
});

export const serviceCatalogueResponse = envelope(
  z.object({
    nam: z.int(),
    /** The legal basis of every level in the response. */
    canCu: z.enum(['ND43/2011', 'ND42/2022']),
    capNhatLuc: z.string().check(z.regex(TIMESTAMP)),
    coQuan: z.array(agency),
    dichVu: z.array(service),
  }),
);

const caseFileRow = z.object({
  thang: z.string().check(z.regex(WIRE_MONTH)),
  maCoQuan: z.string().check(z.minLength(1)),
  capCoQuan: agencyLevel,
  maDVHC: z.nullable(z.string()),
  tonKyTruoc: count,
  tiepNhanTrucTuyen: count,
  tiepNhanTrucTiep: count,
  tiepNhanBuuChinh: count,
  giaiQuyetTruocHan: count,
  giaiQuyetDungHan: count,
  giaiQuyetTreHan: count,
  dangXuLyTrongHan: count,
  dangXuLyQuaHan: count,
  thanhToanTrucTuyen: count,
  soHoa: count,
});

export const caseFilesResponse = envelope(
  z.object({
    capNhatLuc: z.string().check(z.regex(TIMESTAMP)),
    tuThang: z.string().check(z.regex(WIRE_MONTH)),
    denThang: z.string().check(z.regex(WIRE_MONTH)),
    soBanGhi: count,
    duLieu: z.array(caseFileRow),
  }),
);

export type ServiceCatalogueResponse = z.infer<typeof serviceCatalogueResponse>;
export type CaseFilesResponse = z.infer<typeof caseFilesResponse>;
export type AgencyRow = ServiceCatalogueResponse['result']['coQuan'][number];
export type CaseFileRow = CaseFilesResponse['result']['duLieu'][number];
