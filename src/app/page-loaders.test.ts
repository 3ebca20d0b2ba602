import { describe, expect, it } from 'vitest';
import { testConfig } from '../../tests/test-config';
import { disclosureQueries } from '../queries/disclosure';
import { complaintQueries } from '../queries/complaints';
import { boundsOf, resolvePeriod } from '../state/period-bounds';
import { prefetchPageData, routeOfPath } from './page-loaders';
import { createQueryClient } from './query-client';

const keysOf = (client: ReturnType<typeof createQueryClient>) => client.getQueryCache().findAll().map((q) => JSON.stringify(q.queryKey));

describe('prefetchPageData', () => {
  it('starts the page’s own requests for the period in the URL, under the keys the page reads', async () => {
    const client = createQueryClient();
    prefetchPageData('/cong-khai', '?period=2023-Q2', testConfig, client);
    const keys = keysOf(client);
    expect(keys).toContain(JSON.stringify(disclosureQueries.reports(testConfig, { kind: 'quarter', year: 2023, index: 2 }).queryKey));
    expect(keys).toContain(JSON.stringify(disclosureQueries.summary(testConfig).queryKey));
    expect(keys.some((k) => k.startsWith('["complaints"'))).toBe(false);
    // The answers land in the cache, where the page finds them.
    const quarter = disclosureQueries.reports(testConfig, { kind: 'quarter', year: 2023, index: 2 }).queryKey;
    await expect.poll(() => client.getQueryData(quarter)?.reports.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(200);
    // A quarter's view asks for that quarter's reports only, not the year's.
    expect(new Set(client.getQueryData(quarter)?.reports.map((r) => r.quarter))).toEqual(new Set(['2023-Q2']));
  });

  it('falls back to the default year when the URL names none, and does nothing off the known pages', () => {
    const client = createQueryClient();
    prefetchPageData('/khieu-nai-to-cao', '', testConfig, client);
    // The default view is the latest full period: 2026-Q3 with data up to November 2026.
    const { year } = resolvePeriod(null, boundsOf(testConfig));
    expect(year).toBe(2026);
    expect(keysOf(client)).toContain(JSON.stringify(complaintQueries.year(testConfig, year).queryKey));
    const idle = createQueryClient();
    prefetchPageData('/khong-co', '', testConfig, idle);
    expect(routeOfPath('/khong-co')).toBeNull();
    expect(keysOf(idle)).toEqual([]);
  });
});
