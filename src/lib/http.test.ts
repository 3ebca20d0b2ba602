import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { server } from '../../tests/setup';
import { buildUrl, getJson, UpstreamError } from './http';

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
