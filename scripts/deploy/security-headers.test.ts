// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_CSP, META_CSP, SECURITY_HEADERS } from './security-headers';

const here = path.dirname(new URL(import.meta.url).pathname);
const read = (name: string) => readFileSync(path.join(here, name), 'utf8');

describe('security headers', () => {
  it('the nginx and Caddy samples send exactly the headers defined once here', () => {
    for (const [file, line] of [
      ['nginx.conf.template', (name: string, value: string) => `add_header ${name} "${value}" always;`],
      ['Caddyfile', (name: string, value: string) => `${name} "${value}"`],
    ] as const) {
      const text = read(file);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(text, `${file}: ${name}`).toContain(line(name, value));
    }
  });

  it('allows scripts from the site only, no inline script and no eval, in the page and in the header', () => {
    for (const policy of [META_CSP, HEADER_CSP]) {
      const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
      expect(scriptSrc).toBe("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(HEADER_CSP).toContain("connect-src 'self';");
    expect(HEADER_CSP).toContain("frame-ancestors 'none'");
  });
});
