/**
 * The dashboard's Content-Security-Policy and security headers: one definition for the build (a <meta> in
 * dist/index.html), the preview server (vite.config.ts) and the deployment samples (nginx.conf, Caddyfile), whose
 * copies a unit test compares with this file.
 *
 * Why each source is allowed:
 *   script-src 'self'          every script is a file of the build; no inline script, no eval
 *   style-src 'unsafe-inline'  ECharts' SVG renderer and Leaflet write style attributes on the elements they draw
 *   img-src data: blob:        PNG export and the icon draw from data:/blob: URLs; https: for a configured tile server
 *   font-src data:             jsPDF embeds the PDF font from the bundle
 *   worker-src 'self'          the offline service worker and the demo's Mock Service Worker are files of the build
 *   connect-src                the meta policy allows https: (config.json may name an absolute upstream URL); the
 *                              deployment header narrows it to 'self', since upstream calls go through the same-origin
 *                              proxy that adds credentials. Both policies apply, so the narrower one wins.
 */
const BASE_DIRECTIVES: ReadonlyArray<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob: https:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

const join = (directives: ReadonlyArray<[string, string]>) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** For the <meta> tag: frame-ancestors and reporting are ignored there, so they live in the header only. */
export const META_CSP = join([...BASE_DIRECTIVES, ['connect-src', "'self' https:"]]);

/** For the HTTP header of a deployment behind the same-origin proxy. */
export const HEADER_CSP = join([...BASE_DIRECTIVES, ['connect-src', "'self'"], ['frame-ancestors', "'none'"]]);

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
