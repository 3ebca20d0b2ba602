import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endpoint } from '../../mocks/systems/endpoint';
import { server } from '../../tests/setup';
import { testConfig } from '../../tests/test-config';
import type { UpstreamError } from '../lib/http';
import { fetchDisclosureContents, fetchDisclosureReports } from '../sources/disclosure/client';
import { resultOf, resultReply, type WorkerReply, type WorkerRequest } from './upstream-messages';
import { serveUpstreamCalls } from './upstream-worker-host';

const cfg = testConfig.sources.disclosure;

/**
 * A stand-in for the module worker: the real worker host on the other end of a pair of event targets, every message
 * structured-cloned as a real worker's would be. `fail()` makes it die as a worker whose script did not load.
 */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  readonly sent: WorkerRequest[] = [];
  private readonly inside = new EventTarget();
  constructor() {
    super();
    FakeWorker.last = this;
    serveUpstreamCalls({
      postMessage: (message: WorkerReply) => queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }))),
      addEventListener: (type, listener) => this.inside.addEventListener(type, listener as EventListener),
    });
  }
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
    this.inside.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }));
  }
  fail() {
    this.dispatchEvent(new Event('error'));
  }
  terminate() {}
}

/** A fresh copy of the module (it keeps its worker for the session), with or without Worker in the environment. */
async function freshModule(withWorker: boolean) {
  vi.resetModules();
  if (withWorker) vi.stubGlobal('Worker', FakeWorker);
  const [module, httpModule] = await Promise.all([import('./off-main-thread'), import('../lib/http')]);
  // The fresh module graph has its own error class: the page's panels compare against that one.
  return { ...module, UpstreamError: httpModule.UpstreamError };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('callUpstream', () => {
  it('runs the source client in the page where there is no Worker, with the same result', async () => {
    const { callUpstream } = await freshModule(false);
    expect(typeof Worker).toBe('undefined');
    expect(await callUpstream('disclosureContents', { cfg })).toEqual(await fetchDisclosureContents(cfg));
  });

  it('runs the call in the worker and gets back what the source client returns', async () => {
    const { callUpstream } = await freshModule(true);
    const range = { from: '2023-Q2', to: '2023-Q3', districtCode: '436' } as const;
    const result = await callUpstream('disclosureReports', { cfg, ...range });
    expect(FakeWorker.last?.sent.map((m) => ('name' in m ? m.name : 'abort'))).toEqual(['disclosureReports']);
    expect(result).toEqual(await fetchDisclosureReports(cfg, range));
    expect(result.reports).toHaveLength(30);
  });

  it('gives the page an UpstreamError with the system, kind and field paths the adapter found', async () => {
    server.use(
      http.get(endpoint(cfg.baseUrl, 'danh-muc/noi-dung-cong-khai'), () =>
        HttpResponse.json({ trangThai: true, thongDiep: 'ok', thoiGianCapNhat: '20/01/2025 08:00:00', duLieu: 'not a list' }),
      ),
    );
    const fresh = await freshModule(true);
    const error = await fresh.callUpstream('disclosureContents', { cfg }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(fresh.UpstreamError);
    expect(error).toMatchObject({ source: 'disclosure', kind: 'schema' });
    expect((error as UpstreamError).fieldPaths.length).toBeGreaterThan(0);
  });

  it('keeps an error that is not an upstream one recognisable (a bad range stays a RangeError)', async () => {
    const { callUpstream } = await freshModule(true);
    const error = await callUpstream('complaintMonths', { cfg: testConfig.sources.complaints, from: '2024-05', to: '2024-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
  });

  it('stops a call the page gave up on, in the page and in the worker', async () => {
    server.use(http.get(endpoint(cfg.baseUrl, 'danh-muc/noi-dung-cong-khai'), () => new Promise<Response>(() => undefined)));
    const { callUpstream } = await freshModule(true);
    const controller = new AbortController();
    const call = callUpstream('disclosureContents', { cfg }, controller.signal).catch((e: unknown) => e);
    await vi.waitFor(() => expect(FakeWorker.last?.sent).toHaveLength(1));
    controller.abort();
    expect(await call).toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.last?.sent[1]).toEqual({ id: 1, abort: true });
  });

  it('in demo mode, runs the call in the page while the page is hidden (the demo fakes answer visible pages only)', async () => {
    const fresh = await freshModule(true);
    (await import('../lib/http')).waitForUpstreamBefore(Promise.resolve());
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      expect(await fresh.callUpstream('disclosureContents', { cfg })).toEqual(await fetchDisclosureContents(cfg));
      expect(FakeWorker.last).toBeNull();
      visibility.mockReturnValue('visible');
      await fresh.callUpstream('disclosureContents', { cfg });
      expect(FakeWorker.last?.sent).toHaveLength(1);
    } finally {
      visibility.mockRestore();
    }
  });

  it('runs the calls in the page when the worker fails to start, and keeps doing so', async () => {
    server.use(http.get(endpoint(cfg.baseUrl, 'danh-muc/noi-dung-cong-khai'), async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return undefined;
    }));
    const { callUpstream } = await freshModule(true);
    const call = callUpstream('disclosureContents', { cfg });
    await vi.waitFor(() => expect(FakeWorker.last).not.toBeNull());
    const failed = FakeWorker.last as FakeWorker;
    failed.fail();
    expect(await call).toEqual(await fetchDisclosureContents(cfg));
    await callUpstream('disclosureContents', { cfg });
    expect(failed.sent).toHaveLength(1);
    expect(FakeWorker.last).toBe(failed);
  });
});

describe('resultReply', () => {
  const roundTrip = (value: unknown) => resultOf(structuredClone(resultReply(1, value)) as Extract<WorkerReply, { ok: true }>);

  it('sends plain records as JSON text, and the page gets the same data back', () => {
    const records = [{ unitCode: '436', quarter: '2024-Q1', filed: true, rate: 0.5, note: null, items: [1, 2] }];
    expect(resultReply(1, records)).toHaveProperty('json');
    expect(roundTrip(records)).toEqual(records);
  });

  it('structured-clones what JSON would change: NaN, Infinity, an empty array slot, a Map', () => {
    for (const value of [{ rate: Number.NaN }, [Infinity], [1, undefined], { byCode: new Map([['436', 1]]) }]) {
      expect(resultReply(1, value)).toHaveProperty('value');
      expect(roundTrip(value)).toEqual(value);
    }
  });
});
