import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { server } from '../../tests/setup';
import { retryDelay, shouldRetry } from '../app/query-client';
import { buildUrl, getJson, isTransient, refusal, UpstreamError } from './http';

const cfg = { baseUrl: 'http://upstream.test/api', auth: { header: 'Authorization', value: 'Bearer t' } };
const schema = z.object({ data: z.array(z.object({ ma: z.string(), so_luong: z.number() })) });

describe('buildUrl', () => {
  it('joins base, path and query', () => {
    expect(buildUrl('http://a.test/api/', '/x/y', { nam: 2024, skip: undefined })).toBe('http://a.test/api/x/y?nam=2024');
  });
  it('resolves a path-only base against the page', () => {
    expect(buildUrl('/upstream/ttcp', 'bao-cao')).toMatch(/^http:\/\/localhost(:\d+)?\/upstream\/ttcp\/bao-cao$/);
  });
});

describe('getJson', () => {
  it('sends the configured auth header and returns validated data', async () => {
    let auth: string | null = null;
    server.use(
      http.get('http://upstream.test/api/items', ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({ data: [{ ma: '436', so_luong: 5 }] });
      }),
    );
    await expect(getJson('complaints', cfg, 'items', schema)).resolves.toEqual({ data: [{ ma: '436', so_luong: 5 }] });
    expect(auth).toBe('Bearer t');
  });

  it('names the field path of a malformed payload', async () => {
    server.use(http.get('http://upstream.test/api/items', () => HttpResponse.json({ data: [{ ma: '436', so_luong: 1 }, { ma: '437', so_luong: 'N/A' }] })));
    const error = await getJson('complaints', cfg, 'items', schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).kind).toBe('schema');
    expect((error as UpstreamError).fieldPaths).toEqual(['data[1].so_luong']);
  });

  it('turns HTTP errors and non-JSON bodies into typed errors', async () => {
    server.use(http.get('http://upstream.test/api/items', () => new HttpResponse('oops', { status: 503 })));
    await expect(getJson('complaints', cfg, 'items', schema)).rejects.toMatchObject({ kind: 'http', status: 503, source: 'complaints' });
    server.use(http.get('http://upstream.test/api/items', () => new HttpResponse('<html>', { status: 200 })));
    await expect(getJson('complaints', cfg, 'items', schema)).rejects.toMatchObject({ kind: 'parse' });
  });
});

describe('getJson timeouts and connection states', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives up on a system that never answers after its configured timeout, naming it', async () => {
    server.use(http.get('http://upstream.test/api/items', async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const started = Date.now();
    const error = await getJson('complaints', { ...cfg, timeoutSeconds: 0.3 }, 'items', schema).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', source: 'complaints', detail: '0.3' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('still lets the caller cancel without an error message', async () => {
    server.use(http.get('http://upstream.test/api/items', async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const controller = new AbortController();
    const pending = getJson('complaints', cfg, 'items', schema, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
  });

  it('says offline, not "cannot reach", when the browser has no connection', async () => {
    server.use(http.get('http://upstream.test/api/items', () => HttpResponse.error()));
    await expect(getJson('complaints', cfg, 'items', schema)).rejects.toMatchObject({ kind: 'network' });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await expect(getJson('complaints', cfg, 'items', schema)).rejects.toMatchObject({ kind: 'offline' });
  });
});

describe('retry policy', () => {
  it('retries passing failures a bounded number of times, with growing delays', () => {
    const retry = shouldRetry(2);
    const timeout = new UpstreamError('units', 'timeout', 'x');
    expect(retry(0, timeout)).toBe(true);
    expect(retry(1, timeout)).toBe(true);
    expect(retry(2, timeout)).toBe(false);
    expect([0, 1, 2, 3, 4].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it('does not retry what will answer the same way again', () => {
    expect(isTransient(new UpstreamError('units', 'http', 'x', 503))).toBe(true);
    expect(isTransient(new UpstreamError('units', 'network', 'x'))).toBe(true);
    expect(isTransient(new UpstreamError('units', 'http', 'x', 401))).toBe(false);
    expect(isTransient(new UpstreamError('units', 'schema', 'x'))).toBe(false);
    expect(isTransient(refusal('disclosure', 'Phiên hết hạn'))).toBe(false);
    expect(isTransient(new Error('x'))).toBe(false);
  });
});
