import type { BoundaryFileConfig } from '../../config/schema';
import { periodEndDate, periodStartDate, type Period } from '../../domain/period';

const covers = (file: BoundaryFileConfig, isoDate: string) =>
  (file.validFrom === undefined || file.validFrom <= isoDate) && (file.validTo == null || isoDate <= file.validTo);

/** The boundary file in force on an ISO date (YYYY-MM-DD), or null when no configured file covers that day. */
export function boundaryFileOn(files: readonly BoundaryFileConfig[], isoDate: string): BoundaryFileConfig | null {
  return files.find((file) => covers(file, isoDate)) ?? null;
}

export interface PeriodBoundaries {
  /** The file the period is drawn on: the one in force on its last day, as its figures are shown on the units then. */
  readonly file: BoundaryFileConfig;
  /** True when another file was in force earlier in the period (e.g. the year 2025): its months were re-aggregated. */
  readonly spansChange: boolean;
  /**
   * Set when the period is older than every configured file (2017–2019, before the 2020 communes, whose earlier
   * boundaries have no source): it is drawn on the oldest file, from this date, and the map says so.
   */
  readonly drawnOnLaterUnitsFrom: string | null;
}

/**
 * Which boundary file a period is drawn on. A period that spans a reform (the year 2025, the first nine months of
 * 2025) is shown on the units at its end, as `unitSetForPeriod` does for the figures, so shapes and figures agree.
 */
export function boundariesForPeriod(files: readonly BoundaryFileConfig[], period: Period): PeriodBoundaries | null {
  const from = periodStartDate(period);
  const to = periodEndDate(period);
  const file = boundaryFileOn(files, to);
  if (!file) {
    const oldest = files.toSorted((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))[0];
    if (oldest?.validFrom === undefined || to >= oldest.validFrom) return null;
    return { file: oldest, spansChange: false, drawnOnLaterUnitsFrom: oldest.validFrom };
  }
  const spansChange = files.some((other) => other !== file && (other.validFrom ?? '0000-01-01') <= to && (other.validTo ?? '9999-12-31') >= from);
  return { file, spansChange, drawnOnLaterUnitsFrom: null };
}
