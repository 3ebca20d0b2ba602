import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi as messages } from '../src/lib/i18n/vi';
import { NAV } from '../src/app/shell/Shell';
import { ROUTES } from '../src/state/routes';

/**
 * index.html carries a static copy of the app's frame, painted before any script has run. It must say what the app
 * then says (the Vietnamese texts) and link to the pages the app's navigation lists, so the swap changes nothing.
 */
const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root');

describe('the static frame in index.html', () => {
  it('names the app and its landmarks as the app does', () => {
    expect(root?.querySelector('.brand-title')?.textContent).toBe(messages.app.title);
    expect(root?.querySelector('.skip-link')?.textContent).toBe(messages.app.skipToContent);
    expect(root?.querySelector('nav')?.getAttribute('aria-label')).toBe(messages.nav.label);
    expect(root?.querySelector('main#main [role="status"]')?.textContent).toBe(messages.app.loading);
  });

  it('links to every page of the app’s navigation, under its name', () => {
    const links = [...(root?.querySelectorAll('nav a') ?? [])].map((a) => [a.getAttribute('href'), a.textContent]);
    const nav = NAV.map((id) => [ROUTES[id], messages.nav[id]]);
    expect(links).toEqual(nav);
  });
});
