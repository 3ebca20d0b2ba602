import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../tests/setup';
import { testConfig } from '../../../tests/test-config';
import type { ComplaintMonth } from '../../domain/complaints';
import { UpstreamError } from '../../lib/http';
import { fetchComplaintMonths } from './client';
import { complaintMonthsFixture } from './wire-fixture';
import { COMPLAINT_MONTHS_PATH } from './wire-schema';

const cfg = testConfig.sources.complaints;
const url = `${cfg.baseUrl}/${COMPLAINT_MONTHS_PATH}`;

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

const total = (r: ComplaintMonth) => r.received.khieu_nai + r.received.to_cao + r.received.kien_nghi + r.received.phan_anh;
const sum = (records: readonly ComplaintMonth[], f: (r: ComplaintMonth) => number) => records.reduce((s, r) => s + f(r), 0);

describe('fetchComplaintMonths against the demo reporting system', () => {
  it('returns the 13 districts for each month asked, with the system’s as-of instant', async () => {
    const { asOf, records } = await fetchComplaintMonths(cfg, { from: '2024-11', to: '2024-12' });
    expect(asOf).toBe('2026-12-02T09:45:00.000Z');
    expect(records).toHaveLength(26);
    expect(new Set(records.map((r) => r.unitCode)).size).toBe(13);
    expect(records.every((r) => r.chairSessionsRequired === 2)).toBe(true);
  });

  it('files 2025-Q1 by the 12 districts in force (Lộc Hà ceased with 2024) and nothing past the end of the dataset', async () => {
    const { records } = await fetchComplaintMonths(cfg, { from: '2025-01', to: '2025-03' });
    const units = new Set(records.map((r) => r.unitCode));
    expect(units.size).toBe(12);
    expect(units.has('448')).toBe(false);
    const { records: after } = await fetchComplaintMonths(cfg, { from: '2026-12', to: '2027-03' });
    expect(after).toEqual([]);
  });

  it('shows Kỳ Anh town’s 2019 complaint wave, with petitions sent over its head', async () => {
    const { records } = await fetchComplaintMonths(cfg, { from: '2019-01', to: '2019-12' });
    const kyAnh = records.filter((r) => r.unitCode === '449');
    const wave = kyAnh.filter((r) => r.month >= '2019-06' && r.month <= '2019-08');
    const calm = kyAnh.filter((r) => r.month <= '2019-03' || r.month >= '2019-11');
    const meanComplaints = (rs: readonly ComplaintMonth[]) => sum(rs, (r) => r.received.khieu_nai) / rs.length;
    expect(meanComplaints(wave)).toBeGreaterThan(2.5 * meanComplaints(calm));
    expect(sum(wave, (r) => r.overLevel) / sum(wave, total)).toBeGreaterThan(0.15);
  });

  it('shows Vũ Quang’s chair holding fewer regular sessions than the law requires', async () => {
    const { records } = await fetchComplaintMonths(cfg, { from: '2017-01', to: '2024-12' });
    const shortShare = (code: string) => {
      const own = records.filter((r) => r.unitCode === code);
      return own.filter((r) => r.chairSessions.regular < r.chairSessionsRequired).length / own.length;
    };
    expect(shortShare('441')).toBeGreaterThan(0.7);
    for (const other of ['436', '443', '449']) expect(shortShare(other)).toBeLessThan(0.25);
  });

  it('refuses an inverted range before asking anything', async () => {
    await expect(fetchComplaintMonths(cfg, { from: '2024-05', to: '2024-01' })).rejects.toBeInstanceOf(RangeError);
  });
});

describe('fetchComplaintMonths with a broken upstream', () => {
  it('names the field when a number arrives as "N/A"', async () => {
    const body = complaintMonthsFixture();
    const data = body.data.map((row, i) =>
      i === 1 ? { ...row, ket_qua_giai_quyet: { ...row.ket_qua_giai_quyet, qua_han: 'N/A' } } : row,
    );
    serve({ ...body, data });
    const error = await failure(fetchComplaintMonths(cfg, { from: '2019-07', to: '2019-07' }));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(['data[1].ket_qua_giai_quyet.qua_han']);
  });

  it('names the field when one is missing', async () => {
    const body = complaintMonthsFixture();
    const data = body.data.map((row, i) => {
      if (i !== 0) return row;
      const { ky_bao_cao: _dropped, ...rest } = row;
      return rest;
    });
    serve({ ...body, data });
    const error = await failure(fetchComplaintMonths(cfg, { from: '2019-07', to: '2019-07' }));
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toEqual(['data[0].ky_bao_cao']);
  });

  it('rejects another system’s envelope, and an error code inside a 200', async () => {
    serve({ success: true, result: complaintMonthsFixture().data });
    const wrong = await failure(fetchComplaintMonths(cfg, { from: '2019-07', to: '2019-07' }));
    expect(wrong.kind).toBe('schema');
    expect(wrong.fieldPaths).toEqual(expect.arrayContaining(['error_code', 'data']));

    serve({ ...complaintMonthsFixture(), error_code: 3 });
    const coded = await failure(fetchComplaintMonths(cfg, { from: '2019-07', to: '2019-07' }));
    expect(coded.fieldPaths).toEqual(['error_code']);
  });

  it('turns HTTP 500 into an http error with the status', async () => {
    serve({ error_code: 500, message: 'Lỗi hệ thống', data: null }, 500);
    const error = await failure(fetchComplaintMonths(cfg, { from: '2019-07', to: '2019-07' }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
  });

  it('passes the abort signal to the request', async () => {
    server.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = fetchComplaintMonths(cfg, { from: '2019-01', to: '2019-03' }, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});
