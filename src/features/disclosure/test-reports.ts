import type { CommuneDisclosureQuarter, DisclosureItem, LegalBasis } from '../../domain/disclosure';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';

/** Hand-built commune reports for the feature's unit tests, shaped as the adapter gives them. */

export const on = (contentCode: string, longEnough = true): DisclosureItem => ({
  contentCode,
  published: true,
  onTime: true,
  publishedDate: '2023-05-10',
  channels: ['niem_yet'],
  daysPosted: longEnough ? 35 : 10,
  postedLongEnough: longEnough,
});

export const late = (contentCode: string, longEnough = true): DisclosureItem => ({ ...on(contentCode, longEnough), onTime: false });

const none = (contentCode: string): DisclosureItem => ({
  contentCode,
  published: false,
  onTime: false,
  publishedDate: null,
  channels: [],
  daysPosted: null,
  postedLongEnough: false,
});

/** A report listing every content of its list: the items given, the rest not published (as the adapter fills them). */
export function report(
  communeCode: string,
  districtCode: string,
  quarter: string,
  basis: LegalBasis,
  published: DisclosureItem[],
  options: { listPosted?: boolean; filed?: boolean } = {},
): CommuneDisclosureQuarter {
  const byCode = new Map(published.map((i) => [i.contentCode, i]));
  const filed = options.filed ?? true;
  return {
    communeCode,
    districtCode,
    quarter,
    basis,
    filed,
    listPosted: filed && (options.listPosted ?? false),
    items: DISCLOSURE_CONTENTS_BY_BASIS[basis].map((c) => (filed ? (byCode.get(c.code) ?? none(c.code)) : none(c.code))),
  };
}

/**
 * 436 has communes A (18070) and B (18073), 443 has C (18262); quarters 2023-Q2 (Ordinance, 11 contents) and
 * 2023-Q3 (Law, 14 contents).
 *  A Q2: PL34_01 on time, PL34_02 late (both posted long enough); list posted.
 *  A Q3: L10_01 on time, L10_06 on time but posted too briefly, L10_13 late and too briefly.
 *  B Q2: no report filed.  B Q3: filed, nothing published.
 *  C Q3: all 14 on time and long enough; list posted. (No Q2 report.)
 */
export const SCENARIO: CommuneDisclosureQuarter[] = [
  report('18070', '436', '2023-Q2', 'PL34_2007', [on('PL34_01'), late('PL34_02')], { listPosted: true }),
  report('18070', '436', '2023-Q3', 'LUAT10_2022', [on('L10_01'), on('L10_06', false), late('L10_13', false)]),
  report('18073', '436', '2023-Q2', 'PL34_2007', [], { filed: false }),
  report('18073', '436', '2023-Q3', 'LUAT10_2022', []),
  report('18262', '443', '2023-Q3', 'LUAT10_2022', DISCLOSURE_CONTENTS_BY_BASIS.LUAT10_2022.map((c) => on(c.code)), { listPosted: true }),
];
