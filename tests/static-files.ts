import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';

/** In the browser, files under public/ are served by Vite; in node tests MSW serves them from disk. */
export const staticFileHandlers = [
  http.get('*/geo/:file', async ({ params }) => {
    const file = String(params.file);
    if (!/^[\w.-]+$/.test(file)) return new HttpResponse(null, { status: 400 });
    try {
      const body = await readFile(resolve(__dirname, '../public/geo', file), 'utf8');
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/geo+json' } });
    } catch {
      return new HttpResponse(null, { status: 404 });
    }
  }),
];
