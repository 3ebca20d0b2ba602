/**
 * Registers the offline service worker (dist/sw.js) outside demo mode. In demo mode the demo's Mock Service Worker
 * (public/mockServiceWorker.js) must control the page to answer the fake upstream requests, and a scope has one
 * worker only: registering both at the app's scope would make each replace the other on every load. So exactly one
 * of them is registered, decided by config.json; switching a deployment between demo and real replaces the other.
 */
export async function registerOfflineWorker(demo: boolean): Promise<ServiceWorkerRegistration | null> {
  if (demo || !import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  try {
    return await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  } catch {
    // No offline copy (private mode, a browser policy): the app works as before, online only.
    return null;
  }
}
