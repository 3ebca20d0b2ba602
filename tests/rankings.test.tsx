import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_TYPE_LABEL, UNIT_CATALOGUE_UPDATED_AT, unitCatalogue } from '../mocks/data/unit-catalogue';
import { endpoint } from '../mocks/systems/endpoint';
import { UNIT_CATALOGUE_PATH } from '../mocks/systems/unit-catalogue';
import type { AppConfig } from '../src/config/schema';
import { overallRankChange } from '../src/domain/ranking';
import { expectedRankings, scoreText } from './ranking-expectations';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const leagueTable = async () => {
  const table = await screen.findByTestId('league-table', {}, { timeout: 20_000 });
  return table;
};
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const rowCodes = (table: HTMLElement) => bodyRows(table).map((r) => r.getAttribute('data-code'));

describe('League table against the fake upstream systems', () => {
  it('ranks all 13 units with the figures the domain functions give', async () => {
    renderApp('/xep-hang?period=2019');
    // Until the ranking is in, the subtitle names the period alone, never "0 units ranked".
    expect((await screen.findByTestId('rankings-subtitle')).textContent).toBe('Năm 2019');
    const table = await leagueTable();
    const expected = await expectedRankings(testConfig, { kind: 'year', year: 2019 }, 8);
    expect(bodyRows(table)).toHaveLength(13);
    expect(screen.getByTestId('rankings-subtitle').textContent).toBe('Năm 2019 · 13 đơn vị cấp huyện được xếp hạng');
    for (const u of expected.current.units) {
      expect(screen.getByTestId(`league-rank-${u.code}`).textContent).toBe(String(u.rank));
      expect(screen.getByTestId(`league-score-${u.code}`).textContent).toBe(scoreText(u.score));
      expect(screen.getByTestId(`league-complaints-${u.code}`).textContent).toContain(scoreText(u.themes.complaints.score));
      expect(screen.getByTestId(`league-change-${u.code}`).getAttribute('data-change')).toBe(String(overallRankChange(expected.current, expected.previous, u.code)));
    }
    // Default order is by rank; Kỳ Anh town's 2019 complaint wave (site clearance in Vũng Áng) drags it down.
    expect(Number(screen.getByTestId('league-rank-449').textContent)).toBeGreaterThan(Number(screen.getByTestId('league-rank-436').textContent));
  });

  it('says once that the quarterly disclosure list does not apply before 1 Jul 2023, and ranks on the other indicator', async () => {
    renderApp('/xep-hang?period=2017');
    await leagueTable();
    const note = await screen.findByTestId('not-applicable-note', {}, { timeout: 15_000 });
    expect(note.textContent).toContain('01/07/2023');
    expect(screen.getByTestId('missing-notes').textContent).not.toMatch(/không có số liệu: Tỷ lệ xã niêm yết/);
  });

  it('gives tied scores the same rank ("1, 2, 2, 4")', async () => {
    renderApp('/xep-hang?period=2019');
    await leagueTable();
    const expected = await expectedRankings(testConfig, { kind: 'year', year: 2019 }, 2);
    const byScore = new Map<string, string[]>();
    for (const u of expected.current.units) byScore.set(scoreText(u.score), [...(byScore.get(scoreText(u.score)) ?? []), u.code]);
    const tied = [...byScore.values()].find((codes) => codes.length > 1);
    // The 2019 demo data have at least one tie; both units show the same rank, and the next rank skips.
    expect(tied).toBeDefined();
    const ranks = tied!.map((code) => screen.getByTestId(`league-rank-${code}`).textContent);
    expect(new Set(ranks).size).toBe(1);
    const next = Number(ranks[0]) + tied!.length;
    expect(screen.getAllByText(String(next), { selector: '[data-testid^=league-rank-]' })).not.toHaveLength(0);
  });

  it('sorts by any column and says so with aria-sort', async () => {
    renderApp('/xep-hang?period=2024');
    const table = await leagueTable();
    const user = userEvent.setup();
    const header = (name: RegExp) => within(table).getByRole('button', { name }).closest('th')!;
    expect(header(/^Hạng/).getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(table).getByRole('button', { name: /^Đơn vị/ }));
    expect(header(/^Đơn vị/).getAttribute('aria-sort')).toBe('ascending');
    expect(header(/^Hạng/).getAttribute('aria-sort')).toBe('none');
    const names = bodyRows(table).map((r) => within(r).getByRole('link').textContent ?? '');
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'vi')));
    await user.click(within(table).getByRole('button', { name: /^Dân vận khéo/ }));
    expect(header(/^Dân vận khéo/).getAttribute('aria-sort')).toBe('descending');
    const expected = await expectedRankings(testConfig, { kind: 'year', year: 2024 }, 1);
    const bestEmulation = expected.current.units.find((u) => u.themes.emulation.rank === 1)!.code;
    expect(rowCodes(table)[0]).toBe(bestEmulation);
    await user.click(within(table).getByRole('button', { name: /^Dân vận khéo/ }));
    expect(header(/^Dân vận khéo/).getAttribute('aria-sort')).toBe('ascending');
    expect(rowCodes(table).at(-1)).toBe(bestEmulation);
  });

  it('selects a unit page-wide from a row, and links to its page', async () => {
    renderApp('/xep-hang?period=2024');
    const table = await leagueTable();
    const user = userEvent.setup();
    const row = bodyRows(table).find((r) => r.getAttribute('data-code') === '441')!;
    await user.click(within(row).getByTestId('league-score-441'));
    await waitFor(() => expect(window.location.search).toContain('unit=441'));
    expect(row.getAttribute('aria-selected')).toBe('true');
    expect(row.className).toContain('selected');
    const link = within(row).getByRole('link');
    expect(link.getAttribute('href')).toBe('/don-vi/441?period=2024&unit=441');
    // Clicking the selected unit again clears the selection.
    await user.click(row);
    await waitFor(() => expect(window.location.search).not.toContain('unit='));
  });

  it('shows the weights and targets in use, and follows the runtime config', async () => {
    const config: AppConfig = {
      ...testConfig,
      ranking: { themes: { emulation: { weight: 0 }, disclosure: { weight: 75, indicators: { onTime: { target: 0.9 } } } }, tiers: { good: 85, fair: 70, average: 55 } },
    };
    renderApp('/xep-hang?period=2022', config);
    await leagueTable();
    const panel = screen.getByTestId('method-panel');
    expect(within(panel).getByText(/tệp cấu hình triển khai/)).toBeInTheDocument();
    // Theme weights 75 / 25 / 25 / 0 → 60 % / 20 % / 20 % / 0 %.
    expect(within(panel).getByTestId('method-weight-disclosure').textContent).toBe('60%');
    expect(within(panel).getByTestId('method-weight-emulation').textContent).toBe('0%');
    expect(within(panel).getByTestId('method-disclosure.onTime').textContent).toContain('100 điểm tại 90,0%');
    expect(within(panel).getByTestId('tier-legend').textContent).toContain('từ 85 điểm');
    const expected = await expectedRankings(config, { kind: 'year', year: 2022 }, 1);
    for (const u of expected.current.units) expect(screen.getByTestId(`league-score-${u.code}`).textContent).toBe(scoreText(u.score));
    const defaults = await expectedRankings(testConfig, { kind: 'year', year: 2022 }, 1);
    expect(expected.current.units.map((u) => u.score)).not.toEqual(defaults.current.units.map((u) => u.score));
  });

  it('works without a ranking section in the config, on the documented defaults', async () => {
    const { ranking: _omitted, ...withoutRanking } = testConfig;
    renderApp('/xep-hang?period=2023', withoutRanking);
    await leagueTable();
    expect(within(screen.getByTestId('method-panel')).getByText(/mặc định/)).toBeInTheDocument();
    const expected = await expectedRankings(testConfig, { kind: 'year', year: 2023 }, 1);
    for (const u of expected.current.units) expect(screen.getByTestId(`league-score-${u.code}`).textContent).toBe(scoreText(u.score));
  });

  it.each([
    ['2021-Q3', { kind: 'quarter', year: 2021, index: 3 }],
    ['2018-07', { kind: 'month', year: 2018, index: 7 }],
    ['2023-H1', { kind: 'half', year: 2023 }],
  ] as const)('ranks the period %s too', async (key, period) => {
    renderApp(`/xep-hang?period=${key}`);
    const table = await leagueTable();
    expect(bodyRows(table)).toHaveLength(13);
    const expected = await expectedRankings(testConfig, period, 1);
    for (const u of expected.current.units) expect(screen.getByTestId(`league-score-${u.code}`).textContent).toBe(scoreText(u.score));
  });

  it('ranks only the units in force: a catalogue that ends Lộc Hà in 2018 leaves 12 from 2019', async () => {
    const units = unitCatalogue('42')!.map((u) => (u.code === '448' ? { ...u, validTo: '2018-12-31' } : u));
    const vnDate = (iso: string) => iso.split('-').toReversed().join('/');
    server.use(
      http.get(endpoint(testConfig.sources.units.baseUrl, UNIT_CATALOGUE_PATH), () =>
        HttpResponse.json({
          status: 'success',
          code: 200,
          message: 'ok',
          ngayCapNhat: `${vnDate(UNIT_CATALOGUE_UPDATED_AT.slice(0, 10))} 08:30:00`,
          data: {
            tongSo: units.length,
            danhSach: units.map((u) => ({ ma: u.code, ten: u.name, loai: CATALOGUE_TYPE_LABEL[u.type], cap: u.tier, maCha: u.parentCode, hieuLucTu: vnDate(u.validFrom), hieuLucDen: u.validTo === null ? null : vnDate(u.validTo) })),
          },
        }),
      ),
    );
    renderApp('/xep-hang?period=2019');
    const table = await leagueTable();
    expect(bodyRows(table)).toHaveLength(12);
    expect(rowCodes(table)).not.toContain('448');
    expect(screen.getByTestId('rankings-subtitle').textContent).toContain('12 đơn vị');
    // 2018 still had it: its rank line in 2019's table has no point for 2019, and nobody is "new".
    expect(screen.queryAllByText('mới')).toHaveLength(0);
  });

  it('keeps ranking on the other themes when one system fails, and says which', async () => {
    server.use(http.get(endpoint(testConfig.sources.complaints.baseUrl, '*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderApp('/xep-hang?period=2024');
    const table = await leagueTable();
    const alert = await screen.findByTestId('ranking-failed-themes');
    expect(alert.textContent).toContain('Khiếu nại, tố cáo');
    expect(bodyRows(table)).toHaveLength(13);
    expect(screen.getByTestId('league-complaints-436').textContent).toBe('–');
    expect(screen.getByTestId('league-score-436').textContent).toMatch(/^\d+,\d$/);
    expect(screen.queryByTestId('missing-notes')).toBeNull();
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('shows the same top and bottom three on the Overview, with their moves', async () => {
    renderApp('/?period=2024');
    const top = await screen.findByTestId('ranking-top', {}, { timeout: 20_000 });
    const expected = await expectedRankings(testConfig, { kind: 'year', year: 2024 }, 2);
    const byRank = expected.current.units.toSorted((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
    const codes = (el: HTMLElement) => within(el).getAllByRole('listitem').map((li) => li.getAttribute('data-code'));
    await waitFor(() => expect(codes(top)).toEqual(byRank.slice(0, 3).map((u) => u.code)));
    expect(codes(screen.getByTestId('ranking-bottom'))).toEqual(byRank.slice(-3).map((u) => u.code));
    const first = byRank[0]!.code;
    expect(screen.getByTestId(`ranking-top-change-${first}`).getAttribute('data-change')).toBe(String(overallRankChange(expected.current, expected.previous, first)));
  });
});
