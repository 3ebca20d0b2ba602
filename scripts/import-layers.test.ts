import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { arrow, checkImports, forbidden, importsOf, KNOWN_EXCEPTIONS, readSources } from './import-layers';

const root = resolve(__dirname, '..');

describe('layering of the code base', () => {
  const sources = readSources(root);

  it('has no forbidden import in src or mocks', () => {
    expect(sources.size).toBeGreaterThan(200);
    expect(checkImports(sources, KNOWN_EXCEPTIONS).map((v) => `${v.rule}: ${arrow(v)}`)).toEqual([]);
  });

  it('lists only exceptions that still exist, so the list can only shrink', () => {
    const found = new Set(checkImports(sources).map(arrow));
    expect(KNOWN_EXCEPTIONS.filter((e) => !found.has(e))).toEqual([]);
  });

  it('fails on each forbidden arrow', () => {
    const fixture = new Map([
      ['src/features/complaints/Page.tsx', "import { x } from '../rankings/league-rows';\nimport { y } from '../../app/App';"],
      ['src/domain/kpi2.ts', "import { Panel } from '../components/panel';\nimport { fetchX } from '../sources/units/client';\nimport { useConfig } from '../app/config';"],
      ['src/components/kpi/Tile.tsx', "import { z } from '../../features/overview/OverviewPage';\nexport { w } from '../../app/routes';"],
      ['src/lib/export/x.ts', "import { EChart } from '../../components/chart/EChart';"],
      ['src/queries/units.ts', "const m = import('../../mocks/browser');"],
      ['src/features/complaints/ok.ts', "import { measure } from '../../domain/indicators';\nimport { useConfig } from '../../state/config-context';"],
    ]);
    expect(checkImports(fixture).map((v) => v.rule)).toEqual([
      'feature ↔ feature',
      'features → app',
      'domain → components',
      'domain → sources',
      'domain → app',
      'components → features',
      'components → app',
      'lib → components',
      'app code → mocks',
    ]);
  });

  it('lets the entry point start the fake systems and lets tests read across pages', () => {
    expect(forbidden('src/main.tsx', 'mocks/browser')).toBeNull();
    expect(forbidden('src/features/briefing/x.test.ts', 'src/features/complaints/complaint-view')).toBeNull();
    expect(importsOf("import a from './a';\nimport type { B } from \"../b\";\nimport 'react';\nconst c = import('./c');")).toEqual(['./a', '../b', './c']);
  });
});
