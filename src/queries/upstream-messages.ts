import { UpstreamError, type UpstreamErrorKind, type UpstreamSourceId } from '../lib/http';
import type { UpstreamCallName } from './upstream-calls';

/**
 * Page → worker: run a call, or stop one the page no longer waits for; or, from the page's head start, start the
 * first calls of the page at this address while the page's code is still loading (`config` is config.json as read,
 * not yet checked: the worker checks it).
 */
export type WorkerRequest =
  | { readonly id: number; readonly name: UpstreamCallName; readonly args: unknown }
  | { readonly id: number; readonly abort: true }
  | { readonly warm: { readonly config: unknown; readonly path: string; readonly search: string } };

/**
 * Worker → page: the call's result, or its error in a form that survives the trip. A result travels as JSON text
 * when it is plain data (records of strings, finite numbers, booleans, null): the page's JSON.parse of it takes about
 * half the main-thread time of unpacking the same records structured-cloned. Anything else is structured-cloned.
 */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly json: string }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SentError };

class NotJson extends Error {}

/** JSON.stringify would turn these into something else (NaN → null, an undefined array slot → null): refuse them. */
function plainDataOnly(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new NotJson();
  if (value === undefined && Array.isArray(this)) throw new NotJson();
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') throw new NotJson();
  if (value instanceof Map || value instanceof Set) throw new NotJson();
  return value;
}

/** The reply carrying `value`: as JSON text when that gives back the same data, structured-cloned otherwise. */
export function resultReply(id: number, value: unknown): WorkerReply {
  try {
    return { id, ok: true, json: JSON.stringify(value, plainDataOnly) };
  } catch (error) {
    if (error instanceof NotJson) return { id, ok: true, value };
    throw error;
  }
}

/** The value a result reply carries. */
export function resultOf(reply: Extract<WorkerReply, { ok: true }>): unknown {
  return 'json' in reply ? JSON.parse(reply.json) : reply.value;
}

/**
 * An error as plain data. Structured cloning keeps an Error's name and message but not its class or own fields,
 * and the panels need both (`UpstreamError` names the system, the kind, the field paths).
 */
export type SentError =
  | {
      readonly type: 'upstream';
      readonly source: UpstreamSourceId;
      readonly kind: UpstreamErrorKind;
      readonly message: string;
      readonly status?: number;
      readonly fieldPaths: readonly string[];
      readonly detail?: string;
    }
  | { readonly type: 'other'; readonly name: string; readonly message: string };

export function sendError(error: unknown): SentError {
  if (error instanceof UpstreamError) {
    const { source, kind, message, status, fieldPaths, detail } = error;
    return { type: 'upstream', source, kind, message, status, fieldPaths: [...fieldPaths], detail };
  }
  if (error instanceof Error) return { type: 'other', name: error.name, message: error.message };
  return { type: 'other', name: 'Error', message: String(error) };
}

/** The error as the page would have seen it had the call run in the page. */
export function receiveError(sent: SentError): Error {
  if (sent.type === 'upstream') return new UpstreamError(sent.source, sent.kind, sent.message, sent.status, sent.fieldPaths, sent.detail);
  if (sent.name === 'AbortError') return new DOMException(sent.message, 'AbortError');
  const Kind = sent.name === 'RangeError' ? RangeError : sent.name === 'TypeError' ? TypeError : Error;
  const error = new Kind(sent.message);
  if (error.name !== sent.name) error.name = sent.name;
  return error;
}
