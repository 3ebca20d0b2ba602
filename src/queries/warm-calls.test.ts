import { afterEach, describe, expect, it, vi } from 'vitest';
import rawConfig from '../../public/config.json';
import { server } from '../../tests/setup';
import { parseConfig } from '../config/load-config';
import { createQueryClient } from '../app/query-client';
import type { RouteId } from '../state/routes';
import type { WorkerReply, WorkerRequest } from './upstream-messages';
import { serveUpstreamCalls } from './upstream-worker-host';
import { callKey, earlyCalls } from './warm-calls';

/** What the page's queries send to the upstream worker, recorded instead of run. */
const asked = vi.hoisted(() => [] as string[]);
vi.mock('./off-main-thread', () => ({
  callUpstream: (name: string, args: unknown) => {
    asked.push(JSON.stringify([name, args]));
    return new Promise(() => undefined);
  },
}));

/** The shipped config as a real deployment would have it: demo off, no credential in the file. */
const realRaw = {
  ...rawConfig,
  demo: false,
  sources: Object.fromEntries(Object.entries(rawConfig.sources).map(([id, s]) => [id, { ...s, auth: null }])),
};
const realConfig = parseConfig(realRaw);

const PAGES: Record<RouteId, string> = {
  overview: '/',
  disclosure: '/cong-khai',
  complaints: '/khieu-nai-to-cao',
  services: '/dich-vu-cong',
  emulation: '/dan-van-kheo',
  rankings: '/xep-hang',
  unit: '/don-vi/18406',
  briefing: '/trinh-chieu',
  dataQuality: '/chat-luong-du-lieu',
};

afterEach(() => {
  asked.length = 0;
});

describe('calls started ahead of the page', () => {
  it.each(Object.entries(PAGES))('are exactly the calls the %s page’s start-up asks for, with the same arguments', async (_route, path) => {
    const { prefetchPageData } = await import('../app/page-loaders');
    for (const search of ['', '?period=2022-Q2', '?period=2019']) {
      asked.length = 0;
      prefetchPageData(path, search, realConfig, createQueryClient());
      // The queries' functions run on the next turn.
      await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 20));
      const started: string[] = [];
      earlyCalls((call) => {
        started.push(callKey(call.name, call.args));
        return new Promise(() => undefined);
      }).start(realRaw, path, search);
      expect(started.toSorted()).toEqual([...new Set(asked)].toSorted());
    }
  });

  it('hand their answer to the first ask only; a second ask (a retry) fetches afresh', async () => {
    let runs = 0;
    const early = earlyCalls(() => Promise.resolve(++runs));
    early.start(realRaw, '/dan-van-kheo', '');
    expect(runs).toBe(2); // the unit catalogue and the registry
    const args = { cfg: realConfig.sources.emulation };
    await expect(early.take('emulationRegistry', args)).resolves.toBeTypeOf('number');
    expect(early.take('emulationRegistry', args)).toBeUndefined();
    // Another call, or the same system with other arguments, was never started ahead.
    expect(early.take('emulationRegistry', { cfg: { ...args.cfg, baseUrl: '/other' } })).toBeUndefined();
  });

  it('start nothing in demo mode or under a config.json the app refuses', () => {
    const run = vi.fn<() => Promise<null>>(() => Promise.resolve(null));
    earlyCalls(run).start(rawConfig, '/', '');
    earlyCalls(run).start({ ...realRaw, sources: { ...realRaw.sources, units: { baseUrl: 'ftp://x', auth: null } } }, '/', '');
    earlyCalls(run).start({ ...rawConfig, demo: false }, '/', ''); // a credential in a real deployment's file
    earlyCalls(run).start('not an object', '/', '');
    expect(run).not.toHaveBeenCalled();
  });

  it('are joined by the worker: a page that asks for a call already started fetches it once', async () => {
    const hits = new Map<string, number>();
    server.events.on('request:start', ({ request }) => {
      const path = new URL(request.url).pathname;
      hits.set(path, (hits.get(path) ?? 0) + 1);
    });
    const inside = new EventTarget();
    const replies: WorkerReply[] = [];
    serveUpstreamCalls({ postMessage: (m) => replies.push(m), addEventListener: (type, listener) => inside.addEventListener(type, listener as EventListener) });
    const send = (request: WorkerRequest) => inside.dispatchEvent(new MessageEvent('message', { data: structuredClone(request) }));
    send({ warm: { config: realRaw, path: '/khieu-nai-to-cao', search: '?period=2024-Q2' } });
    send({ id: 1, name: 'complaintMonths', args: { cfg: realConfig.sources.complaints, from: '2024-01', to: '2024-12' } });
    send({ id: 2, name: 'complaintMonths', args: { cfg: realConfig.sources.complaints, from: '2023-01', to: '2023-12' } });
    send({ id: 3, name: 'unitCatalogue', args: { cfg: realConfig.sources.units, provinceCode: realConfig.province.code } });
    await vi.waitFor(() => expect(replies).toHaveLength(3), { timeout: 10_000 });
    expect(replies.every((r) => r.ok)).toBe(true);
    const complaintRequests = [...hits].filter(([p]) => p.startsWith(realConfig.sources.complaints.baseUrl)).reduce((s, [, n]) => s + n, 0);
    expect(complaintRequests).toBe(2);
    server.events.removeAllListeners();
  });
});
