import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueMarkdown } from './catalogue-table';
import { INDICATOR_IDS } from './definitions';

describe('the README lists the catalogue', () => {
  it('carries the table generated from the catalogue, one row per indicator', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const table = catalogueMarkdown();
    expect(readme).toContain(table);
    for (const id of INDICATOR_IDS) expect(table).toContain(`| \`${id}\` |`);
  });
});
