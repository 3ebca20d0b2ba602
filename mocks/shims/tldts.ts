/**
 * Build-time stand-in for `tldts` in the browser demo. MSW's cookie store (tough-cookie) imports `getDomain` only to
 * scope cookies to registrable domains; the fake upstream systems set no cookies, and the real package carries the
 * whole public-suffix list (~250 kB) into the demo chunk. Tests in Node keep the real package.
 */
export function getDomain(hostname: string): string | null {
  if (!hostname) return null;
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return hostname;
  return hostname.split('.').slice(-2).join('.');
}
