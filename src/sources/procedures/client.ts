import type { SourceConfig } from '../../config/schema';
import type { MonthKey } from '../../domain/period';
import type { CaseFileMonth, ServiceLevelRecord, ServiceOwner } from '../../domain/procedures';
import { getJson } from '../../lib/http';
import { monthToWire, toCaseFileMonths, toServiceCatalogue } from './adapter';
import {
  CASE_FILES_PATH,
  SERVICE_CATALOGUE_PATH,
  caseFilesResponse,
  serviceCatalogueResponse,
} from './wire-schema';

/** Every service and its online level as the catalogue stood at the end of `year`, with the owning agencies. */
export async function fetchServiceCatalogue(
  cfg: SourceConfig,
  year: number,
  signal?: AbortSignal,
): Promise<{ asOf: string; owners: ServiceOwner[]; services: ServiceLevelRecord[] }> {
  const wire = await getJson('procedures', cfg, SERVICE_CATALOGUE_PATH, serviceCatalogueResponse, {
    query: { nam: year },
    signal,
  });
  return toServiceCatalogue(wire);
}

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Cuts [from, to] into calendar-year pieces: the system answers at most MAX_CASE_FILE_MONTHS (12) months per
 * request, and a calendar year is the piece the app asks for again most often, so it caches well.
 */
export function yearChunks(from: MonthKey, to: MonthKey): Array<{ from: MonthKey; to: MonthKey }> {
  if (!MONTH_KEY.test(from) || !MONTH_KEY.test(to)) throw new RangeError(`Tháng không hợp lệ: ${from} – ${to}`);
  if (from > to) throw new RangeError(`Khoảng tháng đảo ngược: ${from} – ${to}`);
  const chunks: Array<{ from: MonthKey; to: MonthKey }> = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const first = year === Number(from.slice(0, 4)) ? from : `${year}-01`;
    const last = year === Number(to.slice(0, 4)) ? to : `${year}-12`;
    chunks.push({ from: first, to: last });
  }
  return chunks;
}

/** Case-file statistics of every department and district for the months in [from, to]. */
export async function fetchCaseFiles(
  cfg: SourceConfig,
  range: { from: MonthKey; to: MonthKey },
  signal?: AbortSignal,
): Promise<{ asOf: string; records: CaseFileMonth[] }> {
  const chunks = yearChunks(range.from, range.to);
  const parts = await Promise.all(
    chunks.map(async (chunk) =>
      toCaseFileMonths(
        await getJson('procedures', cfg, CASE_FILES_PATH, caseFilesResponse, {
          query: { tuThang: monthToWire(chunk.from), denThang: monthToWire(chunk.to) },
          signal,
        }),
      ),
    ),
  );
  return {
    // Pieces stamped at different moments are together only as fresh as the stalest one.
    asOf: parts.reduce((oldest, p) => (p.asOf < oldest ? p.asOf : oldest), parts[0]?.asOf ?? ''),
    records: parts.flatMap((p) => p.records),
  };
}
