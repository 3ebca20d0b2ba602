import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { groupContentsByBasis } from '../src/domain/disclosure-contents';
import { populationOf } from '../src/domain/population';
import { whatItTakes } from '../src/domain/ranking';
import { communeExtremes } from '../src/features/rankings/commune-extremes';
import { disclosureValues } from '../src/domain/indicators/disclosure-values';
import { caseFileValues, complaintValues, emulationValues } from '../src/domain/indicators/value-functions';
import { formatNumber, formatPercent } from '../src/lib/format';
import { fetchDisclosureContents, fetchDisclosureReports } from '../src/sources/disclosure/client';
import { expectedRankings, scoreText } from './ranking-expectations';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const year2024 = { kind: 'year', year: 2024 } as const;
const code = '443';
const units = new Set([code]);
const pct = (v: number | null) => formatPercent(v, 'vi');

describe('Unit page against the fake upstream systems', () => {
  it('shows the rank and score the league table shows', async () => {
    const league = renderApp('/xep-hang?period=2024');
    const leagueScore = (await screen.findByTestId(`league-score-${code}`, {}, { timeout: 20_000 })).textContent;
    const leagueRank = screen.getByTestId(`league-rank-${code}`).textContent;
    league.unmount();

    renderApp(`/don-vi/${code}?period=2024&unit=${code}`);
    const rank = await screen.findByTestId('unit-rank', {}, { timeout: 20_000 });
    expect(rank.textContent).toBe(`Hạng ${leagueRank}/13 · ${leagueScore} điểm`);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Huyện Can Lộc');
    const expected = await expectedRankings(testConfig, year2024, 2);
    const unit = expected.current.units.find((u) => u.code === code)!;
    expect(leagueScore).toBe(scoreText(unit.score));
    for (const theme of ['disclosure', 'complaints', 'services', 'emulation'] as const) {
      expect(screen.getByTestId(`scorecard-${theme}-summary`).textContent).toContain(`Hạng ${unit.themes[theme].rank} · ${scoreText(unit.themes[theme].score)} điểm`);
    }
  });

  it('shows each indicator as the theme pages compute it', async () => {
    renderApp(`/don-vi/${code}?period=2024&unit=${code}`);
    await screen.findByTestId('unit-rank', {}, { timeout: 20_000 });
    const expected = await expectedRankings(testConfig, year2024, 1);
    const text = (id: string) => screen.getByTestId(`unit-value-${id}`).textContent;
    // The Overview's own value functions, for this unit.
    expect(text('disclosure.onTime')).toBe(pct(disclosureValues(expected.summary.rows, units).onTimeRate(year2024)));
    expect(text('complaints.resolution')).toBe(pct(complaintValues(expected.complaints, units).resolutionRate(year2024)));
    expect(text('services.online')).toBe(pct(caseFileValues(expected.caseFiles, units).onlineShare(year2024)));
    expect(text('services.onTime')).toBe(pct(caseFileValues(expected.caseFiles, units).onTimeRate(year2024)));
    const models = emulationValues(expected.registry.models, units).models(year2024) as number;
    expect(text('emulation.modelsPer10k')).toBe(formatNumber((models * 10_000) / populationOf(code)!.population, 'vi', 1));
    // The province column pools every unit: the Overview's province-wide figure.
    expect(screen.getByTestId('province-value-disclosure.onTime').textContent).toBe(pct(disclosureValues(expected.summary.rows).onTimeRate(year2024)));
    expect(screen.getByTestId('province-value-complaints.resolution').textContent).toBe(pct(complaintValues(expected.complaints).resolutionRate(year2024)));
    const unit = expected.current.units.find((u) => u.code === code)!;
    expect(screen.getByTestId('unit-rank-services.online').textContent).toMatch(new RegExp(`^${unit.indicators['services.online'].rank}/13`));
  });

  it('explains the move and what it takes to pass the unit above', async () => {
    renderApp(`/don-vi/${code}?period=2024&unit=${code}`);
    const takes = await screen.findByTestId('takes', {}, { timeout: 20_000 });
    const expected = await expectedRankings(testConfig, year2024, 2);
    const w = whatItTakes(expected.current, code)!;
    expect(within(takes).getByTestId('takes-gap').textContent).toContain(`${scoreText(w.pointsNeeded)} điểm tổng hợp để vượt ${expected.names.get(w.aboveCode)}`);
    expect(within(takes).getByTestId('takes-soonest').getAttribute('data-indicator')).toBe(w.paths[0]!.id);
    const before = expected.previous!.units.find((u) => u.code === code)!;
    const now = expected.current.units.find((u) => u.code === code)!;
    expect(screen.getByTestId('why-summary').textContent).toContain(`Điểm ${scoreText(before.score)} → ${scoreText(now.score)}`);
    // The chart's code loads on its own (lazily): wait for it.
    expect(await screen.findByTestId('panel-why-chart')).toBeInTheDocument();
  });

  it('lists the best and worst communes by disclosure on time', async () => {
    renderApp(`/don-vi/${code}?period=2024&unit=${code}`);
    const best = await screen.findByTestId('communes-best', {}, { timeout: 20_000 });
    const [{ reports }, { contents }] = await Promise.all([
      fetchDisclosureReports(testConfig.sources.disclosure, { from: '2024-Q1', to: '2024-Q4', districtCode: code }),
      fetchDisclosureContents(testConfig.sources.disclosure),
    ]);
    const extremes = communeExtremes(reports, groupContentsByBasis(contents), year2024, code);
    const codes = (el: HTMLElement) => within(el).getAllByRole('listitem').map((li) => li.getAttribute('data-code'));
    expect(codes(best)).toEqual(extremes.best.map((c) => c.code));
    expect(codes(screen.getByTestId('communes-worst'))).toEqual(extremes.worst.map((c) => c.code));
    expect(within(best).getAllByRole('listitem')[0]!.textContent).toContain(pct(extremes.best[0]!.onTime));
  });

  it('prints on request and carries the period, data cut-off and sources for the printout', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderApp(`/don-vi/${code}?period=2024&unit=${code}`);
    await screen.findByTestId('unit-rank', {}, { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: 'In / Print' }));
    expect(print).toHaveBeenCalledOnce();
    const meta = screen.getByTestId('print-meta').textContent ?? '';
    expect(meta).toContain('Năm 2024');
    expect(meta).toMatch(/Số liệu đến: .*20\/10\/2026/);
    expect(meta).toContain('Nguồn:');
    print.mockRestore();
  });

  it('opens the page of the unit chosen in the shell filter', async () => {
    renderApp(`/don-vi/${code}?period=2024&unit=${code}`);
    await screen.findByTestId('unit-rank', {}, { timeout: 20_000 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Đơn vị' }), '449');
    await waitFor(() => expect(window.location.pathname).toBe('/don-vi/449'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Thị xã Kỳ Anh' })).toBeInTheDocument();
  });

  it('says so for a code the catalogue does not have', async () => {
    renderApp('/don-vi/999?period=2024');
    expect(await screen.findByText('Không có đơn vị mã 999 trong danh mục.', {}, { timeout: 20_000 })).toBeInTheDocument();
  });

  it('keeps a failing disclosure system inside its own panels', async () => {
    server.use(http.get(endpoint(testConfig.sources.disclosure.baseUrl, '*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderApp(`/don-vi/${code}?period=2024&unit=${code}`);
    const communes = await screen.findByTestId('panel-communes');
    expect((await within(communes).findByRole('alert', {}, { timeout: 20_000 })).textContent).toContain('HTTP 500');
    const failed = await screen.findByTestId('ranking-failed-themes', {}, { timeout: 20_000 });
    expect(failed.textContent).toContain('Công khai QCDCCS');
    expect(screen.getByTestId('scorecard-disclosure-summary').textContent).toBe('Không có số liệu');
    expect(screen.getByTestId('unit-value-complaints.resolution').textContent).toMatch(/%$/);
    expect(document.body.textContent).not.toContain('NaN');
  });
});
