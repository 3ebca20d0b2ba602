/**
 * Size of the prebuilt demo dataset (what the build writes to `dist/demo-data/`), per table: partitions, records,
 * raw bytes and gzip bytes (level 9, the sum over the partition files, as a static server would send them).
 *   node scripts/run-ts.mjs scripts/demo-data-size.ts
 */
import { gzipSync } from 'node:zlib';
import { DEMO_TABLES } from '../mocks/demo-tables';
import { partitionText, type DemoTableId } from '../mocks/demo-store';

export async function main(): Promise<number> {
  const totals = { partitions: 0, records: 0, raw: 0, gzip: 0 };
  console.log(['table', 'partitions', 'records', 'raw bytes', 'gzip bytes'].join('\t'));
  for (const [table, def] of Object.entries(DEMO_TABLES) as [DemoTableId, (typeof DEMO_TABLES)[DemoTableId]][]) {
    const row = { partitions: 0, records: 0, raw: 0, gzip: 0 };
    for (const partition of def.partitions()) {
      const records = await def.records(partition);
      if (!records) continue;
      const text = Buffer.from(partitionText(records));
      row.partitions += 1;
      row.records += records.length;
      row.raw += text.length;
      row.gzip += gzipSync(text, { level: 9 }).length;
    }
    console.log([table, row.partitions, row.records, row.raw, row.gzip].join('\t'));
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += row[k];
  }
  console.log(['total', totals.partitions, totals.records, totals.raw, totals.gzip].join('\t'));
  return 0;
}
