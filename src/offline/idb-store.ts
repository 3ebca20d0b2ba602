/** A one-table key-value store in IndexedDB: large structured values (Maps, Dates) without serialising to text. */
export interface KeyValueStore {
  /** Every entry whose key starts with `prefix`, in key order. */
  entries(prefix: string): Promise<Array<readonly [string, unknown]>>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Removes every entry whose key does not start with `prefix` (another build's, or an older layout's). */
  deleteOutside(prefix: string): Promise<void>;
}

const DB = 'dashboard-offline';
const TABLE = 'kv';
/** Above every character a key uses: the end of a prefix's key range. */
const LAST = '\uffff';

/** One connection for the session, reopened if the browser closes it (e.g. another tab upgrades the database). */
let connection: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(TABLE);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      db.onclose = () => (connection = null);
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

function run<T>(mode: IDBTransactionMode, use: (table: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const request = use(db.transaction(TABLE, mode).objectStore(TABLE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      }),
  );
}

const rangeOf = (prefix: string) => IDBKeyRange.bound(prefix, prefix + LAST);

export const indexedDbStore: KeyValueStore = {
  entries: (prefix) =>
    open().then(
      (db) =>
        new Promise((resolve, reject) => {
          // A cursor rather than getAll: each value is unpacked in its own task, so restoring a page's worth of
          // saved queries is many short tasks instead of one long one.
          const out: Array<readonly [string, unknown]> = [];
          const request = db.transaction(TABLE, 'readonly').objectStore(TABLE).openCursor(rangeOf(prefix));
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) return resolve(out);
            out.push([String(cursor.key), cursor.value]);
            cursor.continue();
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        }),
    ),
  set: (key, value) => run('readwrite', (t) => t.put(value, key)).then(() => undefined),
  delete: (key) => run('readwrite', (t) => t.delete(key)).then(() => undefined),
  deleteOutside: (prefix) =>
    Promise.all([
      run('readwrite', (t) => t.delete(IDBKeyRange.upperBound(prefix, true))),
      run('readwrite', (t) => t.delete(IDBKeyRange.lowerBound(prefix + LAST, true))),
    ]).then(() => undefined),
};
