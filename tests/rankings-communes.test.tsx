import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generatedDemoStore } from '../mocks/demo-tables';
import { createHandlers } from '../mocks/handlers';
import { App } from '../src/app/App';
import type { AppConfig } from '../src/config/schema';
import { UNIT_SETS } from '../mocks/data/unit-history';
import { populationLookup } from '../src/domain/population';
import { groupRanks, peerGroupsByType, periodInputs, rankPeriod, resolveMethod } from '../src/domain/ranking';
import { initI18n } from '../src/lib/i18n';
import { fetchComplaintMonths } from '../src/sources/complaints/client';
import { fetchDisclosureSummary } from '../src/sources/disclosure/client';
import { fetchEmulationRegistry } from '../src/sources/emulation/client';
import { fetchCaseFiles } from '../src/sources/procedures/client';
import { fetchUnitCatalogue } from '../src/sources/units/client';
import { scoreText } from './ranking-expectations';
import { server } from './setup';
import { testConfig } from './test-config';

const config: AppConfig = { ...testConfig, periods: { ...testConfig.periods, lastMonth: '2026-11' } };
/** The 69 communes and wards of 1 Jul 2025, as the demo's unit history has them. */
const COMMUNES_2025_07 = UNIT_SETS.find((s) => s.id === '2025-07')?.communes ?? [];

function renderWithHistory(url: string) {
  server.use(...createHandlers(config, generatedDemoStore()));
  window.history.replaceState(null, '', url);
  const lang = new URLSearchParams(url.split('?')[1] ?? '').get('lang') === 'en' ? 'en' : 'vi';
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const i18n = initI18n(lang);
  void i18n.changeLanguage(lang);
  // The unit history comes from the fake catalogue system, as in the app.
  return render(<App config={config} queryClient={queryClient} i18n={i18n} />);
}

/** Residents per unit as the app reads them: the districts' published figures, the catalogue's for the 69. */
async function catalogueResidents() {
  const catalogue = await fetchUnitCatalogue(config.sources.units, config.province.code);
  const lookup = populationLookup([...catalogue.districts, ...catalogue.communes].filter((u) => u.parentCode === config.province.code));
  return (code: string) => lookup(code)?.population ?? null;
}

/** The 2026-Q3 ranking of the 69 units, straight from the fake systems and the domain functions. */
async function expected2026Q3() {
  server.use(...createHandlers(config, generatedDemoStore()));
  const s = config.sources;
  const data = {
    disclosureRows: (await fetchDisclosureSummary(s.disclosure, { from: '2026-Q3', to: '2026-Q3' })).rows,
    complaintsByYear: new Map([[2026, (await fetchComplaintMonths(s.complaints, { from: '2026-01', to: '2026-12' })).records]]),
    caseFilesByYear: new Map([[2026, (await fetchCaseFiles(s.procedures, { from: '2026-01', to: '2026-12' })).records]]),
    models: (await fetchEmulationRegistry(s.emulation)).models,
    population: await catalogueResidents(),
  };
  const inputs = periodInputs({ kind: 'quarter', year: 2026, index: 3 }, COMMUNES_2025_07.map((c) => c.code), data);
  return rankPeriod(inputs, resolveMethod(config.ranking));
}

const table = () => screen.findByTestId('league-table', {}, { timeout: 30_000 });
const bodyRows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1);

describe('League table of the 69 communes and wards (from 1 Jul 2025)', { timeout: 90_000 }, () => {
  it('ranks 69 units in 2026-Q3 with the figures the domain functions give', async () => {
    const expected = await expected2026Q3();
    renderWithHistory('/xep-hang?period=2026-Q3');
    const t = await table();
    await waitFor(() => expect(bodyRows(t)).toHaveLength(69), { timeout: 30_000 });
    expect(screen.getByTestId('rankings-subtitle').textContent).toBe(`Quý III/2026 · ${expected.rankedCount} xã, phường được xếp hạng`);
    expect(expected.rankedCount).toBeGreaterThan(60);
    for (const u of expected.units) {
      expect(screen.getByTestId(`league-rank-${u.code}`).textContent).toBe(u.rank === null ? '–' : String(u.rank));
      expect(screen.getByTestId(`league-score-${u.code}`).textContent).toBe(scoreText(u.score));
    }
    // The catalogue gives every commune and ward a population: the per-10,000 indicators are ranked, and no unit is
    // named for lacking one.
    expect(expected.units.every((u) => u.indicators['complaints.per10k'].value !== null)).toBe(true);
    expect(expected.units.every((u) => u.indicators['emulation.modelsPer10k'].value !== null)).toBe(true);
    expect(screen.queryByTestId('population-note')).toBeNull();
    // Every system reports by commune from July 2025: no indicator is missing for a whole column of units.
    expect(screen.queryByTestId('missing-many')).toBeNull();
    expect(expected.units.every((u) => u.indicators['services.online'].value !== null)).toBe(true);
  });

  it('groups phường and xã with a rank within the group, kept in the URL', async () => {
    const expected = await expected2026Q3();
    renderWithHistory('/xep-hang?period=2026-Q3');
    await table();
    await userEvent.selectOptions(await screen.findByTestId('peer-grouping'), 'type');
    await waitFor(() => expect(window.location.search).toContain('peers=type'));
    await userEvent.selectOptions(screen.getByTestId('peer-group'), 'type:phuong');
    await waitFor(() => expect(window.location.search).toContain('peer=type%3Aphuong'));
    const t = await table();
    await waitFor(() => expect(bodyRows(t)).toHaveLength(9));
    const within9 = groupRanks(expected, peerGroupsByType(COMMUNES_2025_07));
    for (const row of bodyRows(t)) {
      const code = row.getAttribute('data-code') ?? '';
      expect(screen.getByTestId(`league-group-rank-${code}`).textContent).toBe(String(within9.get(code) ?? '–'));
    }
    expect(screen.getByTestId('peer-filtered').textContent).toContain('9 trong 69');
  });

  it('does not compare ranks across 1 Jul 2025, and says so (vi + en)', async () => {
    renderWithHistory('/xep-hang?period=2025-Q3');
    const t = await table();
    await waitFor(() => expect(bodyRows(t)).toHaveLength(69), { timeout: 30_000 });
    const notes = await screen.findByTestId('continuity-notes');
    expect(notes.textContent).toContain('không so sánh');
    expect(screen.getByTestId('league-change-18073').getAttribute('data-change')).toBe('not-comparable');
    // The bump chart starts with the current unit set.
    expect(screen.getByTestId('bump-notes').textContent).toMatch(/kỳ trước đó xếp hạng bộ đơn vị khác/);
  });

  it('says it in English too', async () => {
    renderWithHistory('/xep-hang?period=2025-Q3&lang=en');
    await table();
    expect((await screen.findByTestId('continuity-notes')).textContent).toContain('not compared');
  });

  it('shows the former-district view: 12 groups, labelled as a grouping', async () => {
    renderWithHistory('/xep-hang?period=2026-Q3&view=former-district');
    const t = await table();
    await waitFor(() => expect(bodyRows(t)).toHaveLength(12), { timeout: 30_000 });
    expect(screen.getByTestId('former-district-note').textContent).toContain('không phải là một cấp hành chính');
    expect(within(t).getAllByText(/\(nhóm huyện cũ\)/)).toHaveLength(12);
  });

  it('groups the 69 by former district as peers, labelled as a grouping, each unit in one group', async () => {
    renderWithHistory('/xep-hang?period=2026-Q3&peers=former-district');
    const t = await table();
    await waitFor(() => expect(bodyRows(t)).toHaveLength(69), { timeout: 30_000 });
    expect(screen.getByTestId('former-district-note').textContent).toContain('không phải là một cấp hành chính');
    const options = within(screen.getByTestId('peer-group')).getAllByRole('option');
    expect(options).toHaveLength(13); // "all groups" and the 12 former districts
    await userEvent.selectOptions(screen.getByTestId('peer-group'), 'district:439');
    await waitFor(() => expect(bodyRows(t).length).toBeLessThan(69));
    expect(within(t).getAllByText(/Huyện Hương Sơn \(nhóm huyện cũ\)/).length).toBe(bodyRows(t).length);
  });

  it('still ranks 13 districts in 2024 and 12 in 2025-Q1', async () => {
    const first = renderWithHistory('/xep-hang?period=2024');
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(13), { timeout: 30_000 });
    first.unmount();
    renderWithHistory('/xep-hang?period=2025-Q1');
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(12), { timeout: 30_000 });
    // Across 1 Jan 2025 only the districts whose territory changed lose their move: Hương Khê (442) keeps it.
    const notes = await screen.findByTestId('continuity-notes');
    expect(notes.textContent).toContain('Thành phố Hà Tĩnh');
    expect(notes.textContent).not.toContain('Hương Khê');
    expect(screen.getByTestId('league-change-436').getAttribute('data-change')).toBe('not-comparable');
    expect(screen.getByTestId('league-change-442').getAttribute('data-change')).not.toBe('not-comparable');
  });
});

describe('Unit pages of the communes and wards', { timeout: 90_000 }, () => {
  it('opens a 2025-07 code on its 2026 unit, with its rank among the 69 and what it was made of', async () => {
    const expected = await expected2026Q3();
    renderWithHistory('/don-vi/18073?period=2026-Q3&unit=18073');
    expect(await screen.findByRole('heading', { level: 1, name: 'Phường Thành Sen' }, { timeout: 30_000 })).toBeTruthy();
    const u = expected.units.find((x) => x.code === '18073')!;
    await waitFor(() => expect(screen.getByTestId('unit-rank').textContent).toContain(`${u.rank}/${expected.rankedCount}`), { timeout: 30_000 });
    const lineage = screen.getByTestId('unit-lineage');
    expect(lineage.textContent).toContain('Phường Nam Hà');
    // Thành Sen took part of another unit: no comparable history before 1 Jul 2025.
    expect(screen.getByTestId('unit-partly').textContent).toContain('không có số liệu lịch sử so sánh được');
    expect(screen.queryByTestId('panel-communes')).toBeNull();
  });

  it('does not compare a commune with the district ranking of the quarter before 1 Jul 2025', async () => {
    renderWithHistory('/don-vi/18100?period=2025-Q3&unit=18100');
    expect(await screen.findByRole('heading', { level: 1, name: 'Phường Trần Phú' }, { timeout: 30_000 })).toBeTruthy();
    expect((await screen.findByTestId('why-none', {}, { timeout: 30_000 })).textContent).toContain('01/07/2025');
  });

  it('names the 2024 unit of a reused code and says it is not ranked then', async () => {
    renderWithHistory('/don-vi/18073?period=2024&unit=18073');
    expect((await screen.findByTestId('unit-not-in-force', {}, { timeout: 30_000 })).textContent).toContain('Nam Hà');
  });
});

describe('Briefing of the communes and wards', { timeout: 90_000 }, () => {
  it('the league slide ranks the 69 units as the league table does, with a highlight per peer group', async () => {
    const expected = await expected2026Q3();
    renderWithHistory('/trinh-chieu?period=2026-Q3&slides=league');
    const highlights = await screen.findByTestId('slide-highlights', {}, { timeout: 30_000 });
    const leader = expected.units.find((u) => u.rank === 1)!;
    const name = COMMUNES_2025_07.find((c) => c.code === leader.code)!.name;
    expect(highlights.textContent).toContain(`Dẫn đầu bảng xếp hạng tổng hợp là ${name} (${scoreText(leader.score)} điểm)`);
    expect(highlights.textContent).toMatch(/Phường \(9 đơn vị\): dẫn đầu là /);
    expect(highlights.textContent).toMatch(/Xã \(60 đơn vị\): dẫn đầu là /);
    expect(screen.getByTestId('slide').textContent).toContain('10 đơn vị đứng đầu và 10 đơn vị cuối bảng');
  });
});
