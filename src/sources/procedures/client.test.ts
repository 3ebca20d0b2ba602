import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../tests/setup';
import { testConfig } from '../../../tests/test-config';
import type { CaseFileMonth } from '../../domain/procedures';
import { UpstreamError } from '../../lib/http';
import { fetchCaseFiles, fetchServiceCatalogue, yearChunks } from './client';
import { caseFilesFixture } from './wire-fixture';
import { CASE_FILES_PATH, SERVICE_CATALOGUE_PATH } from './wire-schema';

const cfg = testConfig.sources.procedures;
const caseFilesUrl = `${cfg.baseUrl}/${CASE_FILES_PATH}`;

function serveCaseFiles(body: JsonBodyType, status = 200) {
  server.use(http.get(caseFilesUrl, () => HttpResponse.json(body, { status })));
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error(`expected an UpstreamError, got ${String(error)}`);
  return error;
}

const received = (r: CaseFileMonth) => r.receivedOnline + r.receivedInPerson + r.receivedPostal;
const resolved = (r: CaseFileMonth) => r.resolvedEarly + r.resolvedOnTime + r.resolvedLate;

async function onlineShare(year: number): Promise<number> {
  const { records } = await fetchCaseFiles(cfg, { from: `${year}-01`, to: `${year}-12` });
  return records.reduce((s, r) => s + r.receivedOnline, 0) / records.reduce((s, r) => s + received(r), 0);
}

describe('fetchServiceCatalogue against the demo procedure system', () => {
  it('counts exactly 1,190 level-3 services province-wide in 2017, all on the Decree 43 scale', async () => {
    const { services, owners, asOf } = await fetchServiceCatalogue(cfg, 2017);
    expect(asOf).toBe('2026-12-01T00:30:00.000Z');
    expect(services.every((s) => s.level.scheme === 'decree43' && s.year === 2017)).toBe(true);
    expect(services.filter((s) => s.level.scheme === 'decree43' && s.level.level === 3)).toHaveLength(1190);
    expect(services.length).toBeGreaterThan(1800);
    expect(services.length).toBeLessThan(2000);
    expect(owners.filter((o) => o.kind === 'district').map((o) => o.code)).toEqual([
      '436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '448', '449',
    ]);
    expect(owners.filter((o) => o.kind === 'department').length).toBeGreaterThanOrEqual(18);
  });

  it('reports 2022 on the Decree 42 scale only', async () => {
    const { services } = await fetchServiceCatalogue(cfg, 2022);
    expect(services.length).toBeGreaterThan(0);
    expect(services.every((s) => s.level.scheme === 'decree42')).toBe(true);
  });

  it('refuses a year the system has no catalogue for', async () => {
    const error = await failure(fetchServiceCatalogue(cfg, 2016));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
  });

  it('needs the configured bearer token', async () => {
    const error = await failure(fetchServiceCatalogue({ ...cfg, auth: null }, 2017));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(401);
  });

  it('names the offending service when a level is not a level', async () => {
    server.use(
      http.get(`${cfg.baseUrl}/${SERVICE_CATALOGUE_PATH}`, () =>
        HttpResponse.json({
          success: true,
          result: {
            nam: 2017,
            canCu: 'ND43/2011',
            capNhatLuc: '2025-01-06T07:30:00+07:00',
            coQuan: [],
            dichVu: [{ maTTHC: '1.000001', tenTTHC: 'X', linhVuc: 'Y', maCoQuan: 'Z', mucDo: 5 }],
          },
        }),
      ),
    );
    const error = await failure(fetchServiceCatalogue(cfg, 2017));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(['result.dichVu[0].mucDo']);
  });
});

describe('fetchCaseFiles against the demo procedure system', () => {
  it('returns every owner’s months across a range that spans two calendar years', async () => {
    const { records, asOf } = await fetchCaseFiles(cfg, { from: '2023-07', to: '2024-06' });
    expect(asOf).toBe('2026-12-01T00:30:00.000Z');
    expect(new Set(records.map((r) => r.month)).size).toBe(12);
    expect(records[0]?.month).toBe('2023-07');
    expect(records.at(-1)?.month).toBe('2024-06');
    const owners = new Set(records.map((r) => r.ownerCode));
    expect(records).toHaveLength(owners.size * 12);
    expect(records.filter((r) => r.ownerKind === 'district' && r.month === '2024-01')).toHaveLength(13);
  });

  it('asks the system for at most one calendar year at a time', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes(CASE_FILES_PATH)) asked.push(new URL(request.url).search);
    });
    const { records } = await fetchCaseFiles(cfg, { from: '2017-01', to: '2024-12' });
    server.events.removeAllListeners('request:start');
    expect(asked).toHaveLength(8);
    expect(asked).toContain('?tuThang=01%2F2019&denThang=12%2F2019');
    expect(new Set(records.map((r) => r.month)).size).toBe(96);
  });

  it('shows Hương Khê’s files running late after the October 2020 floods', async () => {
    const { records } = await fetchCaseFiles(cfg, { from: '2020-08', to: '2020-10' });
    const onTime = (month: string) => {
      const r = records.find((x) => x.ownerCode === '444' && x.month === month);
      if (!r) throw new Error(`no record for ${month}`);
      return 1 - r.resolvedLate / resolved(r);
    };
    expect(onTime('2020-08')).toBeGreaterThan(0.9);
    expect(onTime('2020-10')).toBeLessThan(0.85);
  });

  it('has online submission rising from a few percent in 2017 to most files in 2024', async () => {
    expect(await onlineShare(2017)).toBeLessThan(0.1);
    const late = await onlineShare(2024);
    expect(late).toBeGreaterThan(0.6);
    expect(late).toBeLessThan(0.8);
  });

  it('rejects an inverted range before asking anything', async () => {
    await expect(fetchCaseFiles(cfg, { from: '2024-05', to: '2024-01' })).rejects.toBeInstanceOf(RangeError);
  });
});

describe('fetchCaseFiles with a broken upstream', () => {
  it('names the field when a count arrives as "N/A"', async () => {
    const body = caseFilesFixture();
    const duLieu = body.result.duLieu.map((r, i) => (i === 1 ? { ...r, tiepNhanTrucTuyen: 'N/A' } : r));
    serveCaseFiles({ ...body, result: { ...body.result, duLieu } });
    const error = await failure(fetchCaseFiles(cfg, { from: '2024-01', to: '2024-01' }));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(['result.duLieu[1].tiepNhanTrucTuyen']);
  });

  it('names the field when one is missing', async () => {
    const body = caseFilesFixture();
    const duLieu = body.result.duLieu.map((r, i) => {
      if (i !== 0) return r;
      const { soHoa: _dropped, ...rest } = r;
      return rest;
    });
    serveCaseFiles({ ...body, result: { ...body.result, duLieu } });
    const error = await failure(fetchCaseFiles(cfg, { from: '2024-01', to: '2024-01' }));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(['result.duLieu[0].soHoa']);
  });

  it('rejects another system’s envelope', async () => {
    serveCaseFiles({ error_code: 0, message: 'Thành công', data: caseFilesFixture().result.duLieu });
    const error = await failure(fetchCaseFiles(cfg, { from: '2024-01', to: '2024-01' }));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(expect.arrayContaining(['success', 'result']));
  });

  it('turns HTTP 500 into an http error with the status', async () => {
    serveCaseFiles({ success: false, message: 'Lỗi máy chủ', result: null }, 500);
    const error = await failure(fetchCaseFiles(cfg, { from: '2024-01', to: '2024-01' }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
  });

  it('passes the abort signal to the request', async () => {
    server.use(
      http.get(caseFilesUrl, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = fetchCaseFiles(cfg, { from: '2024-01', to: '2024-03' }, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});

describe('yearChunks', () => {
  it('cuts a range at year boundaries', () => {
    expect(yearChunks('2019-11', '2021-02')).toEqual([
      { from: '2019-11', to: '2019-12' },
      { from: '2020-01', to: '2020-12' },
      { from: '2021-01', to: '2021-02' },
    ]);
    expect(yearChunks('2024-03', '2024-03')).toEqual([{ from: '2024-03', to: '2024-03' }]);
  });

  it('refuses malformed months', () => {
    expect(() => yearChunks('2024-13', '2024-12')).toThrow(RangeError);
  });
});
