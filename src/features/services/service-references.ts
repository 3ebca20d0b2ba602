import type { MonthKey } from '../../domain/period';

/**
 * The on-time threshold drawn on the on-time charts. It is the dashboard's reference, not a published provincial
 * target: Decision 766/QĐ-TTg scores the share of case files resolved on time (up to 20 of 100 points for
 * progress and results) without a pass mark. It belongs in the runtime config once the province names its target;
 * until then it lives here, in one place, and the panels say where it comes from.
 */
export const ON_TIME_REFERENCE = 0.95;

export type ContextEventKey = 'floods2020' | 'distancing2020';

export interface ContextEvent {
  readonly key: ContextEventKey;
  readonly from: MonthKey;
  readonly to: MonthKey;
}

/**
 * Province-wide events that explain a month's figures: shaded on the monthly charts and named beside a flagged
 * month. They are context only; the flags themselves come from the data (late-anomalies.ts).
 */
export const CONTEXT_EVENTS: readonly ContextEvent[] = [
  // Nationwide social distancing from 1 April 2020 (Directive 16/CT-TTg of 31 March 2020).
  { key: 'distancing2020', from: '2020-04', to: '2020-04' },
  // The central provinces' historic floods of October–November 2020.
  { key: 'floods2020', from: '2020-10', to: '2020-11' },
];

export function eventsDuring(month: MonthKey, events: readonly ContextEvent[] = CONTEXT_EVENTS): ContextEvent[] {
  return events.filter((e) => e.from <= month && month <= e.to);
}
