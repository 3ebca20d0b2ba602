import type { QuarterKey } from './period';

/** The legal basis of the list of contents a commune must publicise. */
export type LegalBasis = 'PL34_2007' | 'LUAT10_2022';

/** Law 10/2022 took effect on this date; quarters that start on or after it use its 14 contents. */
export const LAW_10_2022_EFFECTIVE = '2023-07-01';

export interface DisclosureContent {
  readonly code: string;
  readonly basis: LegalBasis;
  /** Vietnamese label as in the law. */
  readonly name: string;
  /** Minimum days the content must stay posted (niêm yết), as the reporting system states it; 0 where the law asks for permanent posting or sets no minimum (see postingRuleOf). */
  readonly minDaysPosted: number;
}

export type DisclosureChannel = 'niem_yet' | 'loa_dai' | 'cong_ttdt' | 'hop_thon' | 'van_ban';

export interface DisclosureItem {
  readonly contentCode: string;
  readonly published: boolean;
  /** Published within the legal deadline. False when not published. */
  readonly onTime: boolean;
  readonly publishedDate: string | null;
  readonly channels: readonly DisclosureChannel[];
  readonly daysPosted: number | null;
  /** Posted at least the minimum number of days. False when not published. */
  readonly postedLongEnough: boolean;
}

/** One commune's disclosure report for one quarter. */
export interface CommuneDisclosureQuarter {
  readonly communeCode: string;
  readonly districtCode: string;
  readonly quarter: QuarterKey;
  readonly basis: LegalBasis;
  /**
   * False when the commune filed no report for the quarter: every item then counts as not published.
   * Absent means filed (sources that cannot tell leave it out).
   */
  readonly filed?: boolean;
  /** The quarterly list of disclosed contents was itself posted. */
  readonly listPosted: boolean;
  /** One item per content required in that quarter under its basis; absent from the report = not published. */
  readonly items: readonly DisclosureItem[];
}

/**
 * One district's rolled-up disclosure counts for one quarter, as the reporting app's summary report gives them.
 * Reconciles with the commune reports: the same counts summed over the district's communes.
 */
export interface DistrictDisclosureQuarter {
  readonly districtCode: string;
  readonly quarter: QuarterKey;
  readonly basis: LegalBasis;
  /** Communes expected to report. */
  readonly reports: number;
  readonly filed: number;
  readonly listsPosted: number;
  /** Contents in force × communes. */
  readonly required: number;
  readonly published: number;
  readonly publishedOnTime: number;
  readonly postedLongEnough: number;
}
