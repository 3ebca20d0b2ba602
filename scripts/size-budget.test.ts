import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { overBudget, routeSizes } from './size-budget.mjs';

type Sizes = Record<string, { firstLoad: number; withCharts: number }>;
const measure = routeSizes as (manifest: unknown, sizeOf: (file: string) => number) => Sizes;
const check = overBudget as (sizes: Sizes, budgets: Sizes) => string[];

const KIB = 1024;
const manifest = {
  'index.html': { file: 'entry.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/features/a/APage.tsx', 'src/features/b/BPage.tsx'] },
  '_shared.js': { file: 'shared.js' },
  'src/features/a/APage.tsx': { file: 'a.js', imports: ['_shared.js', '_ChartPanel.js'] },
  'src/features/b/BPage.tsx': { file: 'b.js', dynamicImports: ['src/lib/export/xlsx.ts'] },
  '_ChartPanel.js': { file: 'chart-panel.js', dynamicImports: ['src/components/chart/EChart.tsx', 'src/lib/export/xlsx.ts'] },
  'src/components/chart/EChart.tsx': { file: 'echart.js', imports: ['_echarts.js'] },
  '_echarts.js': { file: 'echarts.js' },
  'src/lib/export/xlsx.ts': { file: 'xlsx.js' },
};
const bytes: Record<string, number> = { 'entry.js': 100, 'shared.js': 10, 'a.js': 20, 'b.js': 30, 'chart-panel.js': 5, 'echart.js': 1, 'echarts.js': 200, 'xlsx.js': 500 };

describe('size budget', () => {
  const sizes = measure(manifest, (file) => (bytes[file] ?? 0) * KIB);

  it('counts a page’s static closure once, and adds the chart code it draws but not downloads it offers', () => {
    expect(sizes['a/APage.tsx']).toEqual({ firstLoad: 135, withCharts: 336 });
    expect(sizes['b/BPage.tsx']).toEqual({ firstLoad: 140, withCharts: 140 });
  });

  it('counts every entry the page loads, each shared chunk once', () => {
    const withHeadStart = { ...manifest, 'src/boot.ts': { file: 'boot.js', isEntry: true, imports: ['_shared.js'] } };
    const sized = measure(withHeadStart, (file) => (file === 'boot.js' ? 2 : (bytes[file] ?? 0)) * KIB);
    expect(sized['a/APage.tsx']).toEqual({ firstLoad: 137, withCharts: 338 });
  });

  it('fails a page over its budget, and a page with none', () => {
    expect(check(sizes, { 'a/APage.tsx': { firstLoad: 135, withCharts: 336 }, 'b/BPage.tsx': { firstLoad: 140, withCharts: 140 } })).toEqual([]);
    expect(check(sizes, { 'a/APage.tsx': { firstLoad: 135, withCharts: 300 } })).toEqual([
      'a/APage.tsx: withCharts 336.0 KiB > budget 300 KiB',
      'b/BPage.tsx: no budget set',
    ]);
    expect(check(sizes, { 'a/APage.tsx': { firstLoad: 135, withCharts: 336 }, 'b/BPage.tsx': { firstLoad: 140, withCharts: 140 }, 'c/CPage.tsx': { firstLoad: 1, withCharts: 1 } })).toEqual([
      'c/CPage.tsx: budget for a page the build does not have',
    ]);
  });
});
