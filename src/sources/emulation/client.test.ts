import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { EMULATION_FIELDS, emulationModels } from '../../../mocks/data/emulation';
import { endpoint } from '../../../mocks/systems/endpoint';
import { server } from '../../../tests/setup';
import { testConfig } from '../../../tests/test-config';
import { UpstreamError } from '../../lib/http';
import { fetchEmulationRegistry } from './client';

const cfg = testConfig.sources.emulation;
const modelsUrl = endpoint(cfg.baseUrl, 'mo-hinh');

const goodModel = {
  id: 1,
  ma_mo_hinh: 'DVK-2016-0042',
  ten_mo_hinh: 'Dân vận khéo trong hòa giải ở cơ sở',
  ma_don_vi: '443',
  ma_xa: null,
  ma_linh_vuc: 'QPAN',
  cap: 'HUYEN',
  nam_dang_ky: '2016',
  nam_cong_nhan: null,
  nam_tieu_bieu: null,
  so_lan_nhan_rong: '0',
  khen_thuong: null,
};
const page = (du_lieu: unknown[], total = du_lieu.length) => ({
  code: '00',
  message: 'Thành công',
  ngay_cap_nhat: Date.UTC(2025, 0, 10, 2),
  du_lieu,
  phan_trang: { trang: 1, so_dong: 500, tong_so_dong: total, tong_so_trang: 1 },
});

async function upstreamError(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('fetchEmulationRegistry', () => {
  it('reads the fields and every page of models, exactly as the registry holds them', async () => {
    const pagesAsked: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/mo-hinh')) pagesAsked.push(url.searchParams.get('trang') ?? '?');
    };
    server.events.on('request:start', listener);
    try {
      const { asOf, fields, models } = await fetchEmulationRegistry(cfg);
      expect(asOf).toBe('2026-12-01T02:00:00.000Z');
      expect(fields).toEqual(EMULATION_FIELDS);
      expect(models).toEqual(emulationModels());
      expect(models).toHaveLength(4030); // 3.440 registered by 2024, 590 in 2025–2026
    } finally {
      server.events.removeListener('request:start', listener);
    }
    expect(pagesAsked.sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('turns a count written "N/A" into a schema error naming the field', async () => {
    server.use(http.get(modelsUrl, () => HttpResponse.json(page([goodModel, { ...goodModel, so_lan_nhan_rong: 'N/A' }]))));
    const e = await upstreamError(fetchEmulationRegistry(cfg));
    expect(e.kind).toBe('schema');
    expect(e.fieldPaths).toEqual(['du_lieu[1].so_lan_nhan_rong']);
  });

  it('turns a missing field into a schema error naming it', async () => {
    const { ma_don_vi: _dropped, ...missing } = goodModel;
    server.use(http.get(modelsUrl, () => HttpResponse.json(page([missing]))));
    const e = await upstreamError(fetchEmulationRegistry(cfg));
    expect(e.kind).toBe('schema');
    expect(e.fieldPaths).toEqual(['du_lieu[0].ma_don_vi']);
  });

  it('rejects another system\'s envelope', async () => {
    server.use(http.get(modelsUrl, () => HttpResponse.json({ success: true, result: [goodModel] })));
    const e = await upstreamError(fetchEmulationRegistry(cfg));
    expect(e.kind).toBe('schema');
    expect(e.fieldPaths).toEqual(expect.arrayContaining(['code', 'du_lieu']));
  });

  it('fails when pages deliver fewer models than the registry announced', async () => {
    server.use(http.get(modelsUrl, () => HttpResponse.json(page([goodModel], 2))));
    const e = await upstreamError(fetchEmulationRegistry(cfg));
    expect(e.kind).toBe('schema');
    expect(e.fieldPaths).toEqual(['phan_trang.tong_so_dong']);
  });

  it('reports HTTP 500 on a later page as an http error with its status', async () => {
    server.use(
      http.get(modelsUrl, ({ request }) =>
        new URL(request.url).searchParams.get('trang') === '3' ? new HttpResponse(null, { status: 500 }) : undefined,
      ),
    );
    const e = await upstreamError(fetchEmulationRegistry(cfg));
    expect(e.kind).toBe('http');
    expect(e.status).toBe(500);
  });

  it('reports a refusal inside HTTP 200 as a refusal with the registry\'s message', async () => {
    server.use(
      http.get(modelsUrl, () => HttpResponse.json({ code: 'E401', message: 'Chưa đăng nhập', ngay_cap_nhat: 0, du_lieu: null })),
    );
    const e = await upstreamError(fetchEmulationRegistry(cfg));
    expect(e.kind).toBe('refused');
    expect(e.detail).toBe('Chưa đăng nhập (E401)');
  });

  it('refuses a page longer than the page size asked for, naming the system', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ ...goodModel, id: i + 1, ma_mo_hinh: `DVK-2016-${i}` }));
    server.use(http.get(modelsUrl, () => HttpResponse.json(page(many))));
    const e = await upstreamError(fetchEmulationRegistry(cfg));
    expect(e.kind).toBe('too-large');
    expect(e.source).toBe('emulation');
    expect(e.detail).toBe('100000/500');
  });
});
