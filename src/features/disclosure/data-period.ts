import { quarterOfMonth, type Period } from '../../domain/period';

/** The period the disclosure figures describe: a month shows its quarter, as the reporting is quarterly. */
export function dataPeriod(p: Period): Period {
  return p.kind === 'month' ? { kind: 'quarter', year: p.year, index: quarterOfMonth(p.index ?? 1) } : p;
}
