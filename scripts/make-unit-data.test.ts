// @vitest-environment node
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { communesModule, crosswalkModule, parsePlainCsv } from './make-unit-data';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.resolve(here, '../../shared/fixtures/boundaries');
const committed = (name: string) => readFile(path.resolve(here, '../mocks/data', name), 'utf8');

describe('parsePlainCsv', () => {
  it('reads a header and rows, and refuses a row with the wrong number of fields', () => {
    expect(parsePlainCsv('a,b\n1,2\n3,4\n')).toEqual([{ a: '1', b: '2' }, { a: '3', b: '4' }]);
    expect(() => parsePlainCsv('a,b\n1,2,3\n')).toThrow(/Expected 2 fields/);
  });
});

describe.runIf(existsSync(source))('the committed unit data modules', () => {
  it('units-2025-07.generated.ts is what the facts CSV gives now (run `npm run units:data`)', async () => {
    const csv = await readFile(path.join(source, 'ha-tinh-communes-2025-facts.csv'), 'utf8');
    expect(await committed('units-2025-07.generated.ts')).toBe(communesModule(csv));
  });

  it('crosswalk-2025-07.generated.ts is what the crosswalk CSV gives now', async () => {
    const csv = await readFile(path.join(source, 'ha-tinh-commune-crosswalk-2025.csv'), 'utf8');
    expect(await committed('crosswalk-2025-07.generated.ts')).toBe(crosswalkModule(csv));
  });
});
