import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { arrow, checkImports, forbidden, importsOf, readSources } from './import-layers';

const root = resolve(__dirname, '..');

describe('layering of the code base', () => {
  const sources = readSources(root);

  it('has no forbidden import in src or mocks, and no list of exceptions', () => {
    expect(sources.size).toBeGreaterThan(200);
    expect(checkImports(sources).map((v) => `${v.rule}: ${arrow(v)}`)).toEqual([]);
  });

  it('fails when a forbidden arrow is added to the real code base', () => {
    const withArrow = new Map(sources);
    const page = 'src/features/overview/OverviewPage.tsx';
    withArrow.set(page, `${sources.get(page) ?? ''}\nimport { RankingOverviewPanel } from '../rankings/RankingOverviewPanel';`);
    withArrow.set('src/components/pdf/types.ts', `${sources.get('src/components/pdf/types.ts') ?? ''}\nimport type { SlideId } from '../../features/briefing/slide-ids';`);
    withArrow.set('src/lib/export/csv.ts', `${sources.get('src/lib/export/csv.ts') ?? ''}\nimport { mapToSvg } from '../../components/choropleth/map-to-svg';`);
    expect(checkImports(withArrow).map((v) => `${v.rule}: ${arrow(v)}`).toSorted()).toEqual([
      'components → features: src/components/pdf/types.ts → src/features/briefing/slide-ids',
      'feature ↔ feature: src/features/overview/OverviewPage.tsx → src/features/rankings/RankingOverviewPanel',
      'lib → components: src/lib/export/csv.ts → src/components/choropleth/map-to-svg',
    ]);
  });

  it('fails on each forbidden arrow', () => {
    const fixture = new Map([
      ['src/features/complaints/Page.tsx', "import { x } from '../rankings/league-rows';\nimport { y } from '../../app/App';"],
      ['src/domain/kpi2.ts', "import { Panel } from '../components/panel';\nimport { fetchX } from '../sources/units/client';\nimport { useConfig } from '../app/config';"],
      ['src/components/kpi/Tile.tsx', "import { z } from '../../features/overview/OverviewPage';\nexport { w } from '../../app/routes';"],
      ['src/lib/export/x.ts', "import { EChart } from '../../components/chart/EChart';"],
      ['src/queries/units.ts', "const m = import('../../mocks/browser');"],
      ['src/state/x.ts', "import { y } from '../features/rankings/use-rankings';"],
      ['src/domain/y.ts', "import { usePeriodData } from '../queries/use-period-data';\nimport { useConfig } from '../state/config-context';"],
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
      'state → features',
      'domain → queries',
      'domain → state',
    ]);
  });

  it('lets the entry point start the fake systems and lets tests read across pages', () => {
    expect(forbidden('src/main.tsx', 'mocks/browser')).toBeNull();
    expect(forbidden('src/features/briefing/x.test.ts', 'src/features/complaints/complaint-view')).toBeNull();
    expect(importsOf("import a from './a';\nimport type { B } from \"../b\";\nimport 'react';\nconst c = import('./c');")).toEqual(['./a', '../b', './c']);
  });
});
