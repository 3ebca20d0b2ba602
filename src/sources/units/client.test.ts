import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../tests/setup';
import { testConfig } from '../../../tests/test-config';
import { UpstreamError } from '../../lib/http';
import { fetchUnitCatalogue } from './client';
import { unitCatalogueFixture } from './wire-fixture';
import { UNIT_CATALOGUE_PATH } from './wire-schema';

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
  it('returns Hà Tĩnh with 13 districts (436–449 without 438) and 216 communes', async () => {
    const catalogue = await fetchUnitCatalogue(cfg, '42');
    expect(catalogue.province.fullName).toBe('Tỉnh Hà Tĩnh');
    expect(catalogue.districts.map((d) => d.code)).toEqual([
      '436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '448', '449',
    ]);
    expect(catalogue.communes).toHaveLength(216);
    expect(catalogue.asOf).toBe('2024-12-20T01:30:00.000Z');
  });

  it('labels units with their type and dates Lộc Hà’s end, and its communes’', async () => {
    const { districts, communes } = await fetchUnitCatalogue(cfg, '42');
    const byCode = new Map(districts.map((d) => [d.code, d]));
    expect(byCode.get('439')?.fullName).toBe('Huyện Hương Sơn');
    expect(byCode.get('449')?.fullName).toBe('Thị xã Kỳ Anh');
    expect(byCode.get('447')?.fullName).toBe('Huyện Kỳ Anh');
    expect(byCode.get('436')?.fullName).toBe('Thành phố Hà Tĩnh');
    expect(byCode.get('448')?.validTo).toBe('2024-12-31');
    expect(districts.filter((d) => d.validTo !== null).map((d) => d.code)).toEqual(['448']);
    const locHa = communes.filter((c) => c.parentCode === '448');
    expect(locHa).toHaveLength(12);
    expect(locHa.every((c) => c.validTo === '2024-12-31')).toBe(true);
    expect(communes.filter((c) => c.validTo !== null)).toHaveLength(12);
  });

  it('reports an unknown province as an HTTP error', async () => {
    const error = await failure(fetchUnitCatalogue(cfg, '99'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
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
