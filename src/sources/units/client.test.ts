import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../tests/setup';
import { testConfig } from '../../../tests/test-config';
import { UpstreamError } from '../../lib/http';
import { fetchUnitCatalogue } from './client';
import { unitCatalogueFixture } from './wire-fixture';
import { UNIT_CATALOGUE_PATH, UNIT_CROSSWALK_PATH } from './wire-schema';

const cfg = testConfig.sources.units;
const url = `${cfg.baseUrl}/${UNIT_CATALOGUE_PATH}`;

function serve(body: JsonBodyType, status = 200) {
  server.use(http.get(url, () => HttpResponse.json(body, { status })));
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error(`expected an UpstreamError, got ${String(error)}`);
  return error;
}

describe('fetchUnitCatalogue against the demo catalogue service', () => {
  it('returns Hà Tĩnh with 13 districts (436–449 without 438) and every commune version', async () => {
    const catalogue = await fetchUnitCatalogue(cfg, '42');
    expect(catalogue.province.fullName).toBe('Tỉnh Hà Tĩnh');
    expect(catalogue.districts.map((d) => d.code)).toEqual([
      '436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '448', '449',
    ]);
    expect(catalogue.asOf).toBe('2025-07-01T00:30:00.000Z');
  });

  it('labels units with their type and dates Lộc Hà’s end, and the districts’ end on 30 Jun 2025', async () => {
    const { districts } = await fetchUnitCatalogue(cfg, '42');
    const byCode = new Map(districts.map((d) => [d.code, d]));
    expect(byCode.get('439')?.fullName).toBe('Huyện Hương Sơn');
    expect(byCode.get('449')?.fullName).toBe('Thị xã Kỳ Anh');
    expect(byCode.get('447')?.fullName).toBe('Huyện Kỳ Anh');
    expect(byCode.get('436')?.fullName).toBe('Thành phố Hà Tĩnh');
    expect(byCode.get('448')?.validTo).toBe('2024-12-31');
    expect(districts.filter((d) => d.code !== '448').every((d) => d.validTo === '2025-06-30')).toBe(true);
  });

  it('derives the three unit sets from the validity dates: 13 + 216, 12 + 209, 69 under the province', async () => {
    const { history } = await fetchUnitCatalogue(cfg, '42');
    expect(history.sets.map((s) => [s.id, s.validFrom, s.validTo, s.districts.length, s.communes.length])).toEqual([
      ['2020-01', '2020-01-01', '2024-12-31', 13, 216],
      ['2025-01', '2025-01-01', '2025-06-30', 12, 209],
      ['2025-07', '2025-07-01', null, 0, 69],
    ]);
    const last = history.sets[2];
    expect(last?.communes.every((c) => c.parentCode === '42')).toBe(true);
    expect(last?.communes.filter((c) => c.type === 'phuong')).toHaveLength(9);
  });

  it('keeps a reused code apart by set: 18073 is Phường Nam Hà under 436, then Phường Thành Sen under the province', async () => {
    const { history } = await fetchUnitCatalogue(cfg, '42');
    const versions = history.versions.filter((u) => u.code === '18073');
    expect(versions.map((u) => [u.fullName, u.parentCode, u.validFrom, u.validTo])).toEqual([
      ['Phường Nam Hà', '436', '2020-01-01', '2025-06-30'],
      ['Phường Thành Sen', '42', '2025-07-01', null],
    ]);
  });

  it('serves the crosswalks 216 → 209 (all whole) and 209 → 69 (split communes partial), chained without gaps', async () => {
    const { history } = await fetchUnitCatalogue(cfg, '42');
    const [jan, jul] = history.crosswalks;
    expect([jan?.fromSet, jan?.toSet, jan?.effective, jan?.links.length]).toEqual(['2020-01', '2025-01', '2025-01-01', 216]);
    expect(jan?.links.every((l) => l.relation === 'full')).toBe(true);
    expect([jul?.fromSet, jul?.toSet, jul?.effective]).toEqual(['2025-01', '2025-07', '2025-07-01']);
    expect(new Set(jul?.links.map((l) => l.from)).size).toBe(209);
    const notComparable = new Set(jul?.links.filter((l) => l.relation === 'partial').map((l) => l.to));
    expect([...notComparable].sort()).toEqual(['18073', '18652', '18754', '18823', '18832']);
  });

  it('reports an unknown province as an HTTP error', async () => {
    const error = await failure(fetchUnitCatalogue(cfg, '99'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
  });
});

describe('fetchUnitCatalogue with a crosswalk that does not fit the units', () => {
  const crosswalkUrl = `${cfg.baseUrl}/${UNIT_CROSSWALK_PATH}`;
  const body = (rows: unknown[]) => ({ status: 'success', code: 200, message: null, ngayCapNhat: '01/07/2025 07:30:00', data: { tongSo: rows.length, danhSach: rows } });

  it('keeps the units and names the crosswalk row whose new code is not a unit of the new set', async () => {
    server.use(http.get(crosswalkUrl, () => HttpResponse.json(body([{ maCu: '18073', maMoi: '99999', quanHe: 'TOAN_BO', ngayHieuLuc: '01/07/2025' }]))));
    const { history } = await fetchUnitCatalogue(cfg, '42');
    expect(history.sets).toHaveLength(3);
    expect(history.crosswalks).toEqual([]);
    expect(history.crosswalkProblem).toEqual(expect.objectContaining({ kind: 'schema', fieldPaths: ['data.danhSach[0].maMoi'] }));
  });

  it('leaves out, and names, a crosswalk that leaves communes of the older set out', async () => {
    server.use(http.get(crosswalkUrl, () => HttpResponse.json(body([{ maCu: '18073', maMoi: '18073', quanHe: 'TOAN_BO', ngayHieuLuc: '01/07/2025' }]))));
    const { history } = await fetchUnitCatalogue(cfg, '42');
    expect(history.crosswalkProblem).toEqual(expect.objectContaining({ kind: 'schema', fieldPaths: ['data.danhSach'] }));
  });
});

describe('fetchUnitCatalogue with a broken upstream', () => {
  it('names the field when a number arrives as "N/A"', async () => {
    const body = unitCatalogueFixture();
    serve({ ...body, data: { ...body.data, tongSo: 'N/A' } });
    const error = await failure(fetchUnitCatalogue(cfg, '42'));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(['data.tongSo']);
  });

  it('names the row and field when a field is missing', async () => {
    const body = unitCatalogueFixture();
    const rows = body.data.danhSach.map((row, i) => {
      if (i !== 3) return row;
      const { hieuLucTu: _dropped, ...rest } = row;
      return rest;
    });
    serve({ ...body, data: { ...body.data, danhSach: rows } });
    const error = await failure(fetchUnitCatalogue(cfg, '42'));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(['data.danhSach[3].hieuLucTu']);
  });

  it('rejects another system’s envelope', async () => {
    serve({ success: true, result: unitCatalogueFixture().data });
    const error = await failure(fetchUnitCatalogue(cfg, '42'));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(expect.arrayContaining(['status', 'data']));
  });

  it('turns HTTP 500 into an http error with the status', async () => {
    serve({ status: 'error', code: 500, message: 'Lỗi hệ thống' }, 500);
    const error = await failure(fetchUnitCatalogue(cfg, '42'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
  });

  it('passes the abort signal to the request', async () => {
    // The upstream never answers: only the forwarded signal can end the call.
    server.use(http.get(url, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const controller = new AbortController();
    const pending = fetchUnitCatalogue(cfg, '42', controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});
