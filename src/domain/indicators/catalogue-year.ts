import { periodEndDate, type Period } from '../period';

/** Decree 43 levels or Decree 42 kinds, as the catalogue in force at the end of the period lists them. */
export function serviceCatalogueYear(period: Period): number {
  // A 2022 period that ends before Decree 42 took effect (1 Aug 2022) is shown under Decree 43: the last catalogue
  // under it is the one at the end of 2021.
  const end = periodEndDate(period);
  return period.year === 2022 && end < '2022-08-01' ? 2021 : period.year;
}
