/** A one-table key-value store in IndexedDB: large structured values (Maps, Dates) without serialising to text. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

const DB = 'dashboard-offline';
const TABLE = 'kv';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(TABLE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

function run<T>(mode: IDBTransactionMode, use: (table: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const request = use(db.transaction(TABLE, mode).objectStore(TABLE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      }).finally(() => db.close()),
  );
}

export const indexedDbStore: KeyValueStore = {
  get: (key) => run('readonly', (t) => t.get(key)),
  set: (key, value) => run('readwrite', (t) => t.put(value, key)).then(() => undefined),
};
