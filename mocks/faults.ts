import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { SOURCE_IDS, type AppConfig, type SourceId } from '../src/config/schema';
import { isDataQualityFault, spoilAnswer, type DataQualityFault } from './data-quality-faults';
import { endpoint } from './systems/endpoint';

/**
 * Demo-only fault injection, to show (and test in a real browser) how one failing upstream system looks:
 *   ?demo-fault=complaints:500            the system answers HTTP 500
 *   ?demo-fault=disclosure:malformed      the system answers, but one number in its data is the text "N/A"
 *   ?demo-fault=complaints:unknown-unit   the system answers, with records the dashboard must leave out (see data-quality-faults.ts)
 *   ?demo-fault=units:hang                the system never answers (the request times out)
 *   ?demo-fault=procedures:401            the system refuses the credential
 * Several faults are comma-separated. The setting is kept for the browser tab so it survives navigation.
 */
export type FaultKind = '500' | 'malformed' | 'offline' | 'hang' | '401' | DataQualityFault;
const KINDS: readonly string[] = ['500', 'malformed', 'offline', 'hang', '401'] satisfies FaultKind[];
export type Faults = Partial<Record<SourceId, FaultKind>>;

const STORAGE_KEY = 'demo-fault';

export function parseFaults(text: string | null): Faults {
  const faults: Faults = {};
  for (const part of (text ?? '').split(',')) {
    const [source, kind] = part.split(':');
    if ((SOURCE_IDS as readonly string[]).includes(source ?? '') && (KINDS.includes(kind ?? '') || isDataQualityFault(kind))) {
      faults[source as SourceId] = kind as FaultKind;
    }
  }
  return faults;
}

export function faultsFromLocation(): Faults {
  const fromUrl = new URLSearchParams(window.location.search).get(STORAGE_KEY);
  if (fromUrl !== null) sessionStorage.setItem(STORAGE_KEY, fromUrl);
  return parseFaults(fromUrl ?? sessionStorage.getItem(STORAGE_KEY));
}

/** Replaces the first number found in the payload's data with "N/A": the kind of drift real upstream systems show. */
export function corruptFirstNumber(value: unknown): { value: unknown; done: boolean } {
  if (typeof value === 'number') return { value: 'N/A', done: true };
  if (Array.isArray(value)) {
    const out = [...value];
    for (let i = 0; i < out.length; i++) {
      const r = corruptFirstNumber(out[i]);
      if (r.done) {
        out[i] = r.value;
        return { value: out, done: true };
      }
    }
    return { value: out, done: false };
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    // Numbers inside arrays (the records) first, so the corruption lands in data rather than in an envelope's status code.
    const order = [...entries.filter(([, v]) => typeof v === 'object'), ...entries.filter(([, v]) => typeof v !== 'object')];
    for (const [key, v] of order) {
      const r = corruptFirstNumber(v);
      if (r.done) return { value: { ...value, [key]: r.value }, done: true };
    }
  }
  return { value, done: false };
}

export function faultHandlers(config: AppConfig, faults: Faults, realHandlers: readonly HttpHandler[]): HttpHandler[] {
  return Object.entries(faults).map(([source, kind]) =>
    http.all(endpoint(config.sources[source as SourceId].baseUrl, '*'), async ({ request }) => {
      if (kind === '500') return HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 });
      if (kind === 'offline') return HttpResponse.error();
      if (kind === '401') return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });
      if (kind === 'hang') {
        await delay('infinite');
        return HttpResponse.error();
      }
      const real = await getResponse([...realHandlers], request);
      if (!real) return HttpResponse.json({ message: 'Not found' }, { status: 404 });
      if (isDataQualityFault(kind)) {
        return HttpResponse.json(spoilAnswer(source, new URL(request.url).pathname, await real.json(), kind) as Record<string, unknown>);
      }
      return HttpResponse.json(corruptFirstNumber(await real.json()).value as Record<string, unknown>);
    }),
  );
}
