/**
 * The first dataset (2017–2024) is unchanged by the months added since: every partition of it, as the systems serve
 * it, hashes to what it did before the dataset was extended (mocks/demo-data-base.sha256.json, SHA-256 of each
 * partition's text as the build writes it, taken from the 2017–2024 generators). The unit catalogue is not part of
 * it: it describes the unit sets, which grow with the reforms.
 *
 * The "Dân vận khéo" registry serves each model's current state in one partition: a 2023 model recognised in 2025
 * says so now. Its proof is in two parts: the registry as it stood at the end of 2024 (`generateRegistry(2024)`) is
 * byte-identical to the one served before, and the registry served now agrees with it on every fact dated up to
 * 2024 (recognitions and exemplary namings of 2025–2026, and the current award and replication count, set aside).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import digests from './demo-data-base.sha256.json';
import { generateRegistry } from './data/emulation';
import { DEMO_TABLES, wireModel } from './demo-tables';
import { partitionText, type DemoTableId, type WireRecord } from './demo-store';

const sha256 = (records: readonly WireRecord[]) => createHash('sha256').update(partitionText(records)).digest('hex');

/** The registry's models as served at the end of 2024. */
const registryAtEnd2024 = (): WireRecord[] => generateRegistry(2024).map((m, i) => ({ key: '', json: JSON.stringify(wireModel(m, i)) }));

async function digestOf(table: DemoTableId, partition: string): Promise<string> {
  if (table === 'emulation-models') return sha256(registryAtEnd2024());
  return sha256((await DEMO_TABLES[table].records(partition)) ?? []);
}

interface WireModelFacts {
  nam_dang_ky: string;
  nam_cong_nhan: string | null;
  nam_tieu_bieu: string | null;
  khen_thuong?: string | null;
  so_lan_nhan_rong?: string;
}

/** A model's facts dated up to 2024: later years read as "not yet", the current award and replications left out. */
function factsTo2024(record: WireRecord): WireModelFacts {
  const { khen_thuong: _award, so_lan_nhan_rong: _replications, ...facts } = JSON.parse(record.json) as WireModelFacts;
  const upTo2024 = (year: string | null) => (year !== null && Number(year) <= 2024 ? year : null);
  return { ...facts, nam_cong_nhan: upTo2024(facts.nam_cong_nhan), nam_tieu_bieu: upTo2024(facts.nam_tieu_bieu) };
}

describe('the 2017–2024 demo data', () => {
  it('covers every table but the unit catalogue and its crosswalks, 2017 to 2024', () => {
    const keys = Object.keys(digests);
    expect(new Set(keys.map((k) => k.split('/')[0]))).toEqual(new Set(Object.keys(DEMO_TABLES).filter((t) => t !== 'unit-catalogue' && t !== 'unit-crosswalks')));
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

  it('the registry served now agrees with the end-2024 registry on every fact up to 2024', async () => {
    const before = registryAtEnd2024();
    const now = ((await DEMO_TABLES['emulation-models'].records('all')) ?? []).slice(0, before.length);
    expect(now.map(factsTo2024)).toEqual(before.map(factsTo2024));
    // Models registered up to 2024 and recognised since: the registry did move on.
    expect(now.filter((r) => Number(factsOf(r).nam_cong_nhan) > 2024).length).toBeGreaterThan(100);
  });
});

const factsOf = (record: WireRecord) => JSON.parse(record.json) as WireModelFacts;
