import { bypass, HttpResponse } from 'msw';

/**
 * Where the fake systems read their records from. The demo dataset is generated once, ahead of time, as records
 * already in each system's wire format and already serialised (one JSON text per record), grouped in partitions
 * (a year, a quarter) and tagged with the key the systems filter on (a month, a district). A handler picks
 * records by partition and key and splices their text into its envelope: no generating, no parsing, no
 * serialising in the page's thread, so the demo costs the page about what the real systems would.
 *
 *  - tests (node) read a store generated in memory on first use (mocks/demo-tables.ts);
 *  - the browser demo reads the same tables, written at build time to `demo-data/<table>/<partition>.txt`
 *    by mocks/demo-data-plugin.ts.
 */
export interface WireRecord {
  /** What the system filters on within the partition (a month, a district code); "" when nothing. */
  readonly key: string;
  /** The record in the system's wire format, serialised. */
  readonly json: string;
}

export type DemoTableId =
  | 'unit-catalogue'
  | 'unit-crosswalks'
  | 'complaint-months'
  | 'service-catalogue'
  | 'case-file-months'
  | 'disclosure-contents'
  | 'disclosure-reports'
  | 'disclosure-summary'
  | 'emulation-fields'
  | 'emulation-models';

export interface DemoStore {
  /** A partition's records in order; null when the dataset has no such partition (e.g. a year outside it). */
  records(table: DemoTableId, partition: string): Promise<readonly WireRecord[] | null>;
}

/** One record a line: `key<TAB>json`. JSON text never holds a raw tab or newline, so no escaping is needed. */
export function partitionText(records: readonly WireRecord[]): string {
  return records.map((r) => `${r.key}\t${r.json}`).join('\n');
}

export function parsePartitionText(text: string): WireRecord[] {
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    return { key: line.slice(0, tab), json: line.slice(tab + 1) };
  });
}

export const partitionPath = (table: DemoTableId, partition: string) => `${table}/${partition}.txt`;

/** The browser demo's store: fetches the pre-generated partitions (once each) from `baseUrl`. */
export function staticDemoStore(baseUrl: string): DemoStore {
  const loaded = new Map<string, Promise<readonly WireRecord[] | null>>();
  return {
    records(table, partition) {
      const path = partitionPath(table, partition);
      let pending = loaded.get(path);
      if (!pending) {
        // bypass(): the request goes straight to the network instead of round-tripping through the fakes.
        pending = fetch(bypass(new URL(path, new URL(baseUrl, window.location.href)))).then(async (r) =>
          r.ok && r.headers.get('Content-Type')?.startsWith('text/plain') ? parsePartitionText(await r.text()) : null,
        );
        pending.catch(() => loaded.delete(path));
        loaded.set(path, pending);
      }
      return pending;
    },
  };
}

/** `[json,json,…]` of records, as text. */
export const jsonArray = (records: readonly WireRecord[]) => `[${records.map((r) => r.json).join(',')}]`;

/**
 * A JSON response whose body is `envelope` with some values replaced by raw JSON text: each `slots` key is a
 * placeholder string that appears as a value in `envelope`, replaced by the text it maps to.
 */
export function spliceJson(envelope: Record<string, unknown>, slots: Readonly<Record<string, string>>, status = 200): Response {
  let text = JSON.stringify(envelope);
  for (const [placeholder, raw] of Object.entries(slots)) text = text.replace(JSON.stringify(placeholder), () => raw);
  return new HttpResponse(text, { status, headers: { 'Content-Type': 'application/json' } });
}
