/**
 * A test store for the months after 1 Jul 2025, until the demo dataset reaches them: the demo's own records of 2024,
 * re-issued for 2026 by the 69 communes and wards in their own codes, as the systems report from then on.
 * Commune i takes the records of former district i mod 12 with its months rotated by ⌊i / 12⌋, so units differ.
 * Figures are stand-ins (a commune reports a district's volumes); what tests check is that every page reads them
 * through the same domain functions. Everything else (2017–2024) is the demo store unchanged.
 *
 * Only the procedure system reports by commune here: the wire schemas of the complaints, disclosure and emulation
 * clients still accept only 3-digit district codes, so from July 2025 those three serve no records (their themes
 * have no data for the new units, as a system that has not switched yet would). Up to June 2025 the 12 districts
 * report as in 2024.
 */
import { CROSSWALKS, UNIT_SETS } from '../mocks/data/unit-history';
import type { DemoStore, DemoTableId, WireRecord } from '../mocks/demo-store';
import type { UnitHistory } from '../src/domain/ranking';

export const UNIT_HISTORY: UnitHistory = { sets: UNIT_SETS, crosswalks: CROSSWALKS };

export const COMMUNES_2025_07 = UNIT_SETS.find((s) => s.id === '2025-07')!.communes;
const DISTRICTS_2025 = UNIT_SETS.find((s) => s.id === '2025-01')!.districts.map((d) => d.code);

const pad = (n: number) => String(n).padStart(2, '0');
type Json = Record<string, unknown>;

function sourceOf(i: number) {
  return { district: DISTRICTS_2025[i % DISTRICTS_2025.length] as string, shift: Math.floor(i / DISTRICTS_2025.length) };
}

/** The first month reported by the 69 new units: July 2025. */
const firstCommuneMonth = (year: number) => (year === 2025 ? 7 : 1);

async function monthly(
  base: DemoStore,
  table: DemoTableId,
  year: number,
  unitField: string,
  monthField: string,
  rewrite: (row: Json, code: string, i: number) => Json = (r) => r,
  byCommune = true,
): Promise<WireRecord[] | null> {
  const source = await base.records(table, '2024');
  if (!source) return null;
  const y = String(year);
  const first = firstCommuneMonth(year);
  const byUnitMonth = new Map<string, Json>();
  const out: WireRecord[] = [];
  for (const r of source) {
    const row = JSON.parse(r.json) as Json;
    const unit = row[unitField];
    if (typeof unit === 'string') byUnitMonth.set(`${unit}|${r.key}`, row);
    // Departments, and the 12 districts up to June 2025, carry on as in 2024.
    const month = Number(r.key.slice(5, 7));
    if (typeof unit !== 'string' || (month < first && DISTRICTS_2025.includes(unit)))
      out.push({ key: r.key.replace('2024', y), json: JSON.stringify({ ...row, [monthField]: String(row[monthField]).replace('2024', y) }) });
  }
  if (byCommune) COMMUNES_2025_07.forEach((c, i) => {
    const { district, shift } = sourceOf(i);
    for (let m = first; m <= 12; m++) {
      const from = byUnitMonth.get(`${district}|2024-${pad(((m - 1 + shift) % 12) + 1)}`);
      if (!from) continue;
      out.push({ key: `${y}-${pad(m)}`, json: JSON.stringify(rewrite({ ...from, [unitField]: c.code, [monthField]: `${pad(m)}/${y}` }, c.code, i)) });
    }
  });
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

async function quarterly(base: DemoStore, quarter: string): Promise<WireRecord[] | null> {
  const q = Number(quarter.slice(-1));
  const year = quarter.slice(0, 4);
  if (year === '2025' && q <= 2) {
    const rows = await base.records('disclosure-summary', `2024-Q${q}`);
    return rows?.filter((r) => DISTRICTS_2025.includes(r.key)).map((r) => ({ key: r.key, json: JSON.stringify({ ...(JSON.parse(r.json) as Json), ky: `${q}/2025` }) })) ?? null;
  }
  return [];
}

const vnDate = (iso: string) => iso.split('-').toReversed().join('/');
const TYPE_LABEL: Readonly<Record<string, string>> = { phuong: 'Phường', xa: 'Xã' };

/**
 * The catalogue as it stands after 1 Jul 2025: districts end on 30 Jun 2025 and the 69 new units are listed as
 * the province's direct units (parent: the province), so records in their codes are in scope from July 2025.
 */
async function catalogue(base: DemoStore, partition: string): Promise<WireRecord[] | null> {
  const rows = await base.records('unit-catalogue', partition);
  if (!rows) return null;
  const kept = rows.map((r) => {
    const row = JSON.parse(r.json) as Json;
    if (row.cap !== 2 || (typeof row.hieuLucDen === 'string' && row.hieuLucDen.endsWith('2024'))) return r;
    return { key: r.key, json: JSON.stringify({ ...row, hieuLucDen: '30/06/2025' }) };
  });
  const added = COMMUNES_2025_07.map((c) => ({
    key: '',
    json: JSON.stringify({ ma: c.code, ten: c.name.replace(/^(Phường|Xã) /, ''), loai: TYPE_LABEL[c.type] ?? 'Xã', cap: 2, maCha: '42', hieuLucTu: vnDate(c.validFrom), hieuLucDen: null }),
  }));
  return [...kept, ...added];
}

/** The demo store, plus 2025 (12 districts to June, then the 69 new units) and 2026 (the 69). */
export function communes2026Store(base: DemoStore): DemoStore {
  return {
    async records(table, partition) {
      if (partition === '2025' || partition === '2026') {
        const year = Number(partition);
        if (table === 'complaint-months') return monthly(base, table, year, 'ma_don_vi', 'ky_bao_cao', undefined, false);
        if (table === 'case-file-months')
          return monthly(base, table, year, 'maDVHC', 'thang', (row, _code, i) => ({ ...row, maCoQuan: `000.50.${pad(i)}.H23` }));
        if (table === 'service-catalogue') return base.records(table, '2024');
      }
      if (table === 'disclosure-summary' && /^202[56]-Q[1-4]$/.test(partition)) return quarterly(base, partition);
      if (table === 'unit-catalogue') return catalogue(base, partition);
      return base.records(table, partition);
    },
  };
}
