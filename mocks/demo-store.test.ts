import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../tests/test-config';
import { parsePartitionText, partitionText, spliceJson, type DemoStore } from './demo-store';
import { DEMO_TABLES, generatedDemoStore } from './demo-tables';
import { createHandlers } from './handlers';

/** A store that reads every partition back from the text the build writes, as the browser demo does. */
function storeFromFiles(): DemoStore {
  return {
    async records(table, partition) {
      const records = await DEMO_TABLES[table].records(partition);
      return records ? parsePartitionText(partitionText(records)) : null;
    },
  };
}

describe('demo store', () => {
  it('reads back exactly what it wrote, keys and records', async () => {
    const records = (await DEMO_TABLES['complaint-months'].records('2019')) ?? [];
    expect(records.length).toBeGreaterThan(100);
    expect(parsePartitionText(partitionText(records))).toEqual(records);
    expect(parsePartitionText('')).toEqual([]);
  });

  it('splices raw record text into an envelope as valid JSON', async () => {
    const body = await spliceJson({ ok: true, data: '@data', n: 2 }, { '@data': '[{"a":"$&"},{"a":2}]' }).json();
    expect(body).toEqual({ ok: true, data: [{ a: '$&' }, { a: 2 }], n: 2 });
  });

  it('has no partition outside the dataset', async () => {
    expect(await DEMO_TABLES['complaint-months'].records('2016')).toBeNull();
    expect(await DEMO_TABLES['disclosure-reports'].records('2026-Q4')).toBeNull();
    expect(await DEMO_TABLES['unit-catalogue'].records('01')).toBeNull();
  });

  it.each([
    `${testConfig.sources.disclosure.baseUrl}/bao-cao-quy?tuKy=4/2023&denKy=1/2024&maHuyen=443`,
    `${testConfig.sources.complaints.baseUrl}/bao-cao/tong-hop-thang?tu_ky=201911&den_ky=202002`,
    `${testConfig.sources.emulation.baseUrl}/mo-hinh?trang=3&so_dong=500`,
  ])('answers the same from the pre-generated files as from memory: %s', async (url) => {
    const request = () => new Request(new URL(url, window.location.href), { headers: { Authorization: 'Bearer demo' } });
    const fromFiles = await getResponse(createHandlers(testConfig, storeFromFiles()), request());
    const fromMemory = await getResponse(createHandlers(testConfig, generatedDemoStore()), request());
    const text = await fromFiles?.text();
    expect(text).toBe(await fromMemory?.text());
    expect(JSON.parse(text ?? 'null')).toBeTruthy();
  });
});
