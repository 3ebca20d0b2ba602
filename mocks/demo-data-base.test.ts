/**
 * The first dataset (2017–2024) is unchanged by the months added since: every partition of it, as the systems serve
 * it, hashes to what it did before the dataset was extended (mocks/demo-data-base.sha256.json, SHA-256 of each
 * partition's text as the build writes it, taken from the 2017–2024 generators). The unit catalogue is not part of
 * it: it describes the unit sets, which grow with the reforms. The registry's single partition is compared on the
 * models registered up to 2024, which come first and are kept as they were.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import digests from './demo-data-base.sha256.json';
import { DEMO_TABLES } from './demo-tables';
import { partitionText, type DemoTableId, type WireRecord } from './demo-store';

const registeredBy2024 = (r: WireRecord) => Number((JSON.parse(r.json) as { nam_dang_ky: string }).nam_dang_ky) <= 2024;

async function digestOf(table: DemoTableId, partition: string): Promise<string> {
  const records = (await DEMO_TABLES[table].records(partition)) ?? [];
  const kept = table === 'emulation-models' ? records.filter(registeredBy2024) : records;
  return createHash('sha256').update(partitionText(kept)).digest('hex');
}

describe('the 2017–2024 demo data', () => {
  it('covers every table but the unit catalogue, 2017 to 2024', () => {
    const keys = Object.keys(digests);
    expect(new Set(keys.map((k) => k.split('/')[0]))).toEqual(new Set(Object.keys(DEMO_TABLES).filter((t) => t !== 'unit-catalogue')));
    expect(keys.filter((k) => k.startsWith('complaint-months/'))).toHaveLength(8);
    expect(keys.filter((k) => k.startsWith('disclosure-reports/'))).toHaveLength(32);
  });

  it('is byte-identical to the payloads before the data were extended past 2024', async () => {
    const changed: string[] = [];
    for (const [key, digest] of Object.entries(digests)) {
      const [table = '', partition = ''] = key.split('/');
      if ((await digestOf(table as DemoTableId, partition)) !== digest) changed.push(key);
    }
    expect(changed).toEqual([]);
  }, 60_000);
});
