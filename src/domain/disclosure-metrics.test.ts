import { describe, expect, it } from 'vitest';
import type { CommuneDisclosureQuarter, DisclosureChannel, DisclosureItem, LegalBasis } from './disclosure';
import { DISCLOSURE_CONTENTS_BY_BASIS } from './disclosure-contents';
import { disclosureByQuarter, summariseDisclosure } from './disclosure-metrics';
import { rateOf } from './ratio';

const published = (contentCode: string, onTime: boolean, longEnough: boolean, channels: DisclosureChannel[]): DisclosureItem => ({
  contentCode,
  published: true,
  onTime,
  publishedDate: '2023-05-10',
  channels,
  daysPosted: longEnough ? 35 : 12,
  postedLongEnough: longEnough,
});

const unpublished = (contentCode: string): DisclosureItem => ({
  contentCode,
  published: false,
  onTime: false,
  publishedDate: null,
  channels: [],
  daysPosted: null,
  postedLongEnough: false,
});

const report = (
  communeCode: string,
  districtCode: string,
  quarter: string,
  basis: LegalBasis,
  items: DisclosureItem[],
  listPosted: boolean,
  filed?: boolean,
): CommuneDisclosureQuarter => ({ communeCode, districtCode, quarter, basis, items, listPosted, ...(filed === undefined ? {} : { filed }) });

/**
 * Hand-checked scenario across the 2023-07 switch:
 *  R1 Trần Phú 2023-Q2 (11 required): 3 published (2 on time, 2 long enough), list posted; a Law code it lists is ignored.
 *  R2 Trần Phú 2023-Q3 (14 required): 3 published (2 on time, 2 long enough), L10_01 listed twice (first counts).
 *  R3 Phố Châu 2023-Q3 (14 required): not filed, so its "published" item does not count.
 */
const reports: CommuneDisclosureQuarter[] = [
  report('18070', '436', '2023-Q2', 'PL34_2007', [
    published('PL34_01', true, true, ['niem_yet', 'loa_dai']),
    published('PL34_02', true, false, ['niem_yet']),
    published('PL34_03', false, true, ['cong_ttdt']),
    unpublished('PL34_04'),
    published('L10_06', true, true, ['niem_yet']),
  ], true),
  report('18070', '436', '2023-Q3', 'LUAT10_2022', [
    published('L10_01', true, true, ['niem_yet']),
    unpublished('L10_01'),
    published('L10_06', true, true, ['niem_yet', 'cong_ttdt']),
    published('L10_13', false, false, ['van_ban']),
  ], false),
  report('18133', '439', '2023-Q3', 'LUAT10_2022', [published('L10_01', true, true, ['niem_yet'])], true, false),
];

describe('summariseDisclosure', () => {
  const s = summariseDisclosure(reports, DISCLOSURE_CONTENTS_BY_BASIS);

  it('counts each quarter against its own list: 11 before the switch, 14 after', () => {
    expect(s.province.counts).toMatchObject({
      reports: 3,
      filed: 2,
      // The Ordinance asked for no quarterly list: only the two Law reports are due one, and neither posted it.
      listsRequired: 2,
      listsPosted: 0,
      required: 11 + 14 + 14,
      published: 6,
      publishedOnTime: 4,
      postedLongEnough: 4,
    });
    expect(rateOf(s.province.rates.onTime)).toBeCloseTo(4 / 39);
    expect(s.province.rates.published).toEqual({ numerator: 6, denominator: 39 });
    expect(s.province.rates.listPosted).toEqual({ numerator: 0, denominator: 2 });
    expect(s.province.rates.filed).toEqual({ numerator: 2, denominator: 3 });
  });

  it('counts channels of published required contents', () => {
    expect(s.province.counts.byChannel).toEqual({ niem_yet: 4, loa_dai: 1, cong_ttdt: 2, hop_thon: 0, van_ban: 1 });
  });

  it('splits by district and commune', () => {
    expect(s.districts.map((d) => d.districtCode)).toEqual(['436', '439']);
    expect(s.districts[0]?.counts).toMatchObject({ reports: 2, required: 25, published: 6, publishedOnTime: 4, listsPosted: 0 });
    expect(s.districts[1]?.counts).toMatchObject({ reports: 1, filed: 0, required: 14, published: 0, listsPosted: 0 });
    expect(rateOf(s.districts[1]!.rates.onTime)).toBe(0);
    expect(s.communes.map((c) => [c.communeCode, c.districtCode, c.counts.required])).toEqual([
      ['18070', '436', 25],
      ['18133', '439', 14],
    ]);
  });

  it('tallies each content where it was required', () => {
    const byCode = new Map(s.byContent.map((c) => [c.contentCode, c]));
    expect(s.byContent).toHaveLength(25);
    expect(byCode.get('PL34_01')).toEqual({ contentCode: 'PL34_01', basis: 'PL34_2007', required: 1, published: 1, publishedOnTime: 1, postedLongEnough: 1 });
    expect(byCode.get('L10_01')).toMatchObject({ required: 2, published: 1, publishedOnTime: 1 });
    expect(byCode.get('L10_13')).toMatchObject({ required: 2, published: 1, publishedOnTime: 0, postedLongEnough: 0 });
    expect(byCode.get('L10_06')).toMatchObject({ required: 2, published: 1 });
  });

  it('gives no rate, not NaN, when there is nothing to count', () => {
    const empty = summariseDisclosure([], DISCLOSURE_CONTENTS_BY_BASIS);
    expect(rateOf(empty.province.rates.onTime)).toBeNull();
    expect(empty.districts).toEqual([]);
  });
});

describe('disclosureByQuarter', () => {
  it('gives one tally per quarter, oldest first', () => {
    const q = disclosureByQuarter(reports.toReversed(), DISCLOSURE_CONTENTS_BY_BASIS);
    expect(q.map((t) => [t.quarter, t.counts.required, t.counts.published, t.counts.publishedOnTime])).toEqual([
      ['2023-Q2', 11, 3, 2],
      ['2023-Q3', 28, 3, 2],
    ]);
  });
});
