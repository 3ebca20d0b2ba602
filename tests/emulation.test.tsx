import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { summariseModels } from '../src/domain/emulation-metrics';
import { populationOf } from '../src/domain/population';
import { rateOf, ratio } from '../src/domain/ratio';
import { formatNumber, formatPercent } from '../src/lib/format';
import { fetchEmulationRegistry } from '../src/sources/emulation/client';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const LONG = { timeout: 20_000 };
const n = (v: number) => formatNumber(v, 'vi');
const pct = (v: number | null) => formatPercent(v, 'vi');

/** The registry as the page fetches it: the figures the page shows must be these, through summariseModels. */
const registry = () => fetchEmulationRegistry(testConfig.sources.emulation);

async function kpi(id: string): Promise<string> {
  const el = await screen.findByTestId(`emu-kpi-${id}-value`, {}, LONG);
  return el.textContent ?? '';
}

/** Switches a chart panel to its table view and returns its rows as cell texts, keyed by the first text cell given. */
async function panelTable(testId: string): Promise<HTMLElement> {
  const panel = await screen.findByTestId(testId, {}, LONG);
  const toggle = await within(panel).findByRole('button', { name: 'Xem dạng bảng' }, LONG);
  fireEvent.click(toggle);
  return within(panel).findByRole('table', {}, LONG);
}

function rowOf(table: HTMLElement, text: string): string[] {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell').some((c) => c.textContent === text));
  if (!row) throw new Error(`no row with ${text}`);
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

function columnIndex(table: HTMLElement, header: string): number {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => (h.textContent ?? '').replace(/[▲▼]/g, '').trim());
  const i = headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
  return i;
}

const registryCount = async () => {
  const el = await screen.findByTestId('registry-count', {}, LONG);
  return Number(el.dataset.count);
};

describe('"Dân vận khéo" page against the fake registry', () => {
  it('shows the province\'s published 2017 figures when 2017 is chosen', async () => {
    renderApp('/dan-van-kheo?period=2017');
    expect(await screen.findByRole('heading', { level: 1, name: 'Phong trào "Dân vận khéo"' })).toBeInTheDocument();
    expect(await kpi('models')).toBe('1.700');
    expect(await kpi('exemplary')).toBe('350');
    const published = await screen.findByTestId('emulation-published');
    expect(published.textContent).toContain('1.700 mô hình, trong đó 350 mô hình tiêu biểu');
    expect(published.textContent).toContain('khớp');
    // The registry table under its default filters lists exactly the 1,700 models.
    expect(await registryCount()).toBe(1700);
    expect(screen.getByTestId('registry-count').textContent).toBe('1.700 mô hình phù hợp');
  });

  it('shows a quarter as the stock at the end of the year before, and says so', async () => {
    renderApp('/dan-van-kheo?period=2018-Q2');
    expect(await kpi('models')).toBe('1.700');
    expect(screen.getByTestId('emulation-stock-note').textContent).toContain('Quý II/2018 hiển thị số lũy kế đến hết năm 2017');
    expect(screen.getByTestId('emulation-published')).toBeInTheDocument();
  });

  it('agrees with summariseModels and the Overview for a unit; the province is the sum of its districts', async () => {
    const { models } = await registry();
    const year = 2019;
    const s = summariseModels(models, year);
    const canLoc = s.districts.find((d) => d.unitCode === '443');
    if (!canLoc) throw new Error('443 missing');

    // Province-wide page: KPI = summariseModels, ranking table sums to it.
    const first = renderApp(`/dan-van-kheo?period=${year}`);
    expect(await kpi('models')).toBe(n(s.province.models));
    expect(await kpi('exemplary')).toBe(n(s.province.exemplary));
    const ranking = await panelTable('emulation-ranking');
    const modelsCol = columnIndex(ranking, 'Mô hình đăng ký');
    const bodyRows = within(ranking).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(13);
    const sum = bodyRows.reduce((acc, r) => acc + Number((within(r).getAllByRole('cell')[modelsCol]?.textContent ?? '').replace(/\./g, '')), 0);
    expect(sum).toBe(s.province.models);
    const row = rowOf(ranking, 'Huyện Can Lộc');
    expect(row[modelsCol]).toBe(n(canLoc.models));
    const shareCol = columnIndex(ranking, 'Tỷ lệ tiêu biểu');
    const share = pct(rateOf(ratio(canLoc.exemplary, canLoc.models)));
    expect(row[shareCol]).toBe(share);

    // The map's own table shows the same share for the unit.
    const map = await screen.findByTestId('emulation-map');
    fireEvent.click(await within(map).findByText(/^Bảng số liệu/, {}, LONG));
    const mapTable = await within(map).findByRole('table', {}, LONG);
    const mapRow = within(mapTable)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Huyện Can Lộc'));
    expect(mapRow?.querySelector('td')?.textContent).toBe(share);
    first.unmount();

    // With ?unit=443 the page's KPI equals the Overview's KPI for the same unit and year.
    const page = renderApp(`/dan-van-kheo?period=${year}&unit=443`);
    expect(await kpi('models')).toBe(n(canLoc.models));
    expect(await kpi('exemplary')).toBe(n(canLoc.exemplary));
    expect(screen.getByTestId('emulation-subtitle').textContent).toBe('Huyện Can Lộc · Năm 2019');
    page.unmount();
    renderApp(`/?period=${year}&unit=443`);
    const overview = await screen.findByTestId('kpi-emulation-models-value', {}, LONG);
    await waitFor(() => expect(overview.textContent).toBe(n(canLoc.models)), LONG);
    expect(screen.getByTestId('kpi-emulation-exemplary-value').textContent).toBe(n(canLoc.exemplary));
  });

  it('switches the map and ranking to models per 10,000 residents, with the same value in both', async () => {
    const { models } = await registry();
    const canLoc = summariseModels(models, 2020, ['443']).districts[0];
    const population = populationOf('443')?.population;
    if (!canLoc || !population) throw new Error('443 missing');
    const expected = formatNumber((canLoc.models / population) * 10_000, 'vi', 1);
    renderApp('/dan-van-kheo?period=2020');
    fireEvent.click(await screen.findByRole('radio', { name: 'Mô hình trên 10.000 dân' }, LONG));
    const ranking = await panelTable('emulation-ranking');
    expect(rowOf(ranking, 'Huyện Can Lộc')[columnIndex(ranking, 'Mô hình / 10.000 dân')]).toBe(expected);
    expect(rowOf(ranking, 'Huyện Can Lộc')[columnIndex(ranking, 'Hạng')]).toMatch(/^\d+$/);
    const map = await screen.findByTestId('emulation-map');
    fireEvent.click(await within(map).findByText(/^Bảng số liệu/, {}, LONG));
    const mapRow = within(await within(map).findByRole('table', {}, LONG))
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Huyện Can Lộc'));
    expect(mapRow?.querySelector('td')?.textContent).toBe(expected);
    expect(screen.getByTestId('emulation-population-note').textContent).toContain('ước tính');
  });

  it('lists as many registry rows under a filter as the charts count for it', async () => {
    const { models } = await registry();
    const year = 2021;
    const canLoc = summariseModels(models, year, ['443']).districts[0];
    if (!canLoc) throw new Error('443 missing');
    const user = userEvent.setup();
    renderApp(`/dan-van-kheo?period=${year}&unit=443`);

    // The unit filter follows the page's unit: the rows are the unit's models at the end of the year.
    expect(await registryCount()).toBe(canLoc.models);
    const registryPanel = screen.getByTestId('emulation-registry');
    expect(within(registryPanel).getByText(`Trang 1/${Math.ceil(canLoc.models / 20)}`)).toBeInTheDocument();

    // Per field: the stacked bars' table cell for the unit.
    const fields = await panelTable('emulation-fields');
    const ktCol = columnIndex(fields, 'Kinh tế');
    const ktCount = rowOf(fields, 'Huyện Can Lộc')[ktCol];
    await user.selectOptions(within(registryPanel).getByRole('combobox', { name: 'Lĩnh vực' }), 'KT');
    await waitFor(async () => expect(n(await registryCount())).toBe(ktCount));
    expect(ktCount).toBe(n(canLoc.byField.find((f) => f.fieldCode === 'KT')?.models ?? -1));

    // Exemplary only, all fields: the exemplary count of the ranking table and KPI.
    await user.selectOptions(within(registryPanel).getByRole('combobox', { name: 'Lĩnh vực' }), '');
    await user.click(within(registryPanel).getByRole('checkbox', { name: /Chỉ mô hình tiêu biểu/ }));
    await waitFor(async () => expect(await registryCount()).toBe(canLoc.exemplary));
    expect(await kpi('exemplary')).toBe(n(canLoc.exemplary));

    // Registered in the year only: the KPI of new registrations.
    await user.click(within(registryPanel).getByRole('checkbox', { name: /Chỉ mô hình tiêu biểu/ }));
    await user.selectOptions(within(registryPanel).getByRole('combobox', { name: 'Đăng ký từ năm' }), String(year));
    await waitFor(async () => expect(await registryCount()).toBe(canLoc.registeredInYear));
    expect(await kpi('registered')).toBe(n(canLoc.registeredInYear));
  });

  it('searches the registry without diacritics and names units and communes in full', async () => {
    const user = userEvent.setup();
    renderApp('/dan-van-kheo?period=2024');
    const total = await registryCount();
    expect(total).toBe(3440);
    const panel = screen.getByTestId('emulation-registry');
    await user.type(within(panel).getByRole('searchbox', { name: 'Tìm mô hình' }), 'hien dat');
    await waitFor(async () => expect(await registryCount()).toBeLessThan(total));
    const table = within(panel).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.textContent).toContain('hiến đất');
    // Unit and commune are named, not coded.
    expect(rows[0]?.textContent).toMatch(/(Huyện|Thị xã|Thành phố) /);
  });

  it('selects a unit page-wide from a table row, and toggles it off again', async () => {
    renderApp('/dan-van-kheo?period=2024');
    const ranking = await panelTable('emulation-ranking');
    const row = within(ranking)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Huyện Hương Khê'));
    if (!row) throw new Error('no row');
    fireEvent.click(row);
    await waitFor(() => expect(window.location.search).toContain('unit=444'));
    expect(screen.getByTestId('emulation-subtitle').textContent).toBe('Huyện Hương Khê · Năm 2024');
    const registryPanel = screen.getByTestId('emulation-registry');
    expect((within(registryPanel).getByRole('combobox', { name: 'Đơn vị' }) as HTMLSelectElement).value).toBe('444');
    expect((await screen.findByTestId('growth-summary')).textContent).toMatch(/^Năm 2024: [\d.]+ mô hình/);
    const again = within(await screen.findByTestId('emulation-ranking'))
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Huyện Hương Khê'));
    expect(again?.getAttribute('aria-selected')).toBe('true');
    if (again) fireEvent.click(again);
    await waitFor(() => expect(window.location.search).not.toContain('unit='));
  });

  it('says a unit founded later has no figures before it, instead of zeros', async () => {
    renderApp('/dan-van-kheo?period=2024&unit=449');
    expect((await screen.findByTestId('growth-founded', {}, LONG)).textContent).toContain('Thị xã Kỳ Anh được thành lập ngày 10/04/2015');
    const growth = await panelTable('emulation-growth');
    expect(rowOf(growth, '2014').slice(1)).toEqual(['–', '–', '–', '–']);
    expect(rowOf(growth, '2015')[2]).toMatch(/^\d/);
  });

  it('speaks English when asked, with the same figures', async () => {
    renderApp('/dan-van-kheo?period=2017&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: '"Dân vận khéo" movement' }, LONG)).toBeInTheDocument();
    expect(await kpi('models')).toBe('1,700');
    expect(screen.getByTestId('emulation-published').textContent).toContain('1,700 models, of which 350 exemplary');
    // The registry renders in the background pass after the headline (src/components/panel/Deferred.tsx).
    await waitFor(() => expect(screen.getByTestId('registry-count').textContent).toBe('1,700 matching models'), LONG);
  });

  it('keeps a failing registry inside its own panels', async () => {
    server.use(http.get(endpoint(testConfig.sources.emulation.baseUrl, '*'), () => HttpResponse.json({}, { status: 500 })));
    renderApp('/dan-van-kheo?period=2024');
    for (const id of ['emulation-kpis', 'emulation-ranking', 'emulation-fields', 'emulation-shares', 'emulation-growth', 'emulation-registry', 'emulation-map']) {
      const alert = await within(await screen.findByTestId(id, {}, LONG)).findByRole('alert', {}, LONG);
      expect(alert.textContent).toContain('HTTP 500');
    }
    // The shell still works: the unit filter lists the units from their own system.
    const unitSelect = screen.getByRole('combobox', { name: 'Đơn vị' });
    await waitFor(() => expect(within(unitSelect).getAllByRole('option').length).toBe(14));
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('still ranks the units by code when the unit catalogue is down', async () => {
    server.use(http.get(endpoint(testConfig.sources.units.baseUrl, '*'), () => HttpResponse.json({}, { status: 500 })));
    renderApp('/dan-van-kheo?period=2024');
    expect(await kpi('models')).toBe('3.440');
    const ranking = await panelTable('emulation-ranking');
    expect(within(ranking).getAllByRole('row').slice(1)).toHaveLength(13);
    expect(rowOf(ranking, '443')).toBeDefined();
  });

  it('names models held apart by the 2025 reform by their former unit in the registry, never by a code', async () => {
    renderApp('/dan-van-kheo?period=2026-Q3');
    const table = await screen.findByTestId('registry-table', {}, LONG);
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells.some((c) => c.endsWith('(đơn vị cũ)'))).toBe(true);
    expect(cells.filter((c) => /^\d+@/.test(c))).toEqual([]);
  });
});
