import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { faultHandlers, type Faults } from '../mocks/faults';
import { createHandlers } from '../mocks/handlers';
import { generatedDemoStore } from '../mocks/demo-tables';
import { UNIT_CATALOGUE_UPDATED_AT, unitCatalogue, wireCatalogueUnit } from '../mocks/data/unit-catalogue';
import { endpoint } from '../mocks/systems/endpoint';
import { UNIT_CATALOGUE_PATH } from '../mocks/systems/unit-catalogue';
import { complaintTotals } from '../src/domain/complaints-metrics';
import { monthsOf, parsePeriod, type Period } from '../src/domain/period';
import { populationOf } from '../src/domain/population';
import { formatNumber } from '../src/lib/format';
import { caseFileTotals } from '../src/domain/procedures-metrics';
import { fetchComplaintMonths } from '../src/sources/complaints/client';
import { fetchCaseFiles } from '../src/sources/procedures/client';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const LONG = { timeout: 20_000 };
const YEAR = parsePeriod('2023') as Period;
const CAN_LOC = '443';

const withFaults = (faults: Faults) => server.use(...faultHandlers(testConfig, faults, createHandlers(testConfig, generatedDemoStore())));

/** The unit catalogue as the fake system serves it, without one district and its communes. */
function catalogueWithout(code: string) {
  const units = unitCatalogue('42')!.filter((u) => u.code !== code && u.parentCode !== code);
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
          danhSach: units.map(wireCatalogueUnit),
        },
      }),
    ),
  );
}

const rawRecords = async () => (await fetchComplaintMonths(testConfig.sources.complaints, { from: '2023-01', to: '2023-12' })).records;

const figure = async (id: string) => {
  const el = await screen.findByTestId(`complaints-figure-${id}`, {}, LONG);
  await waitFor(() => expect(el.textContent).toMatch(/\d/), LONG);
  return el.textContent ?? '';
};

describe('scope integrity: figures over the units of the catalogue in force', () => {
  it('keeps the province’s petitions and rate per 10,000 when a system adds rows for an unknown unit, and names them', async () => {
    const clean = await rawRecords();
    const all = complaintTotals(clean, monthsOf(YEAR));
    const population = [...new Set(clean.map((r) => r.unitCode))].reduce((s, code) => s + (populationOf(code)?.population ?? 0), 0);
    withFaults({ complaints: 'unknown-unit' });
    // The fault really does add rows: the adapter alone would count them.
    const spoilt = await rawRecords();
    expect(spoilt.filter((r) => r.unitCode === '499')).toHaveLength(12);
    expect(complaintTotals(spoilt, monthsOf(YEAR)).received).toBeGreaterThan(all.received);

    renderApp('/khieu-nai-to-cao?period=2023');
    expect(await figure('received')).toBe(formatNumber(all.received, 'vi'));
    expect(await figure('per10k')).toBe(formatNumber((all.received / population) * 10_000, 'vi', 1));
    const note = within(await screen.findByTestId('complaints-summary', {}, LONG)).getByTestId('panel-left-out');
    expect(note.textContent).toContain('Hệ thống báo cáo công tác tiếp công dân, giải quyết KNTC: 12');
    expect(note.textContent).toContain('499 · 01/2023');
    expect(within(note).getByRole('link').getAttribute('href')).toBe('/chat-luong-du-lieu?period=2023');
  });

  it('keeps numerator and denominator over the same units when the catalogue lacks a unit a system still reports', async () => {
    const clean = await rawRecords();
    const others = new Set(clean.map((r) => r.unitCode).filter((c) => c !== '448'));
    const t = complaintTotals(clean, monthsOf(YEAR), others);
    const population = [...others].reduce((s, code) => s + (populationOf(code)?.population ?? 0), 0);
    catalogueWithout('448');
    renderApp('/khieu-nai-to-cao?period=2023');
    expect(await figure('per10k')).toBe(formatNumber((t.received / population) * 10_000, 'vi', 1));
    expect(await figure('received')).toBe(formatNumber(t.received, 'vi'));
    const note = within(screen.getByTestId('complaints-summary')).getByTestId('panel-left-out');
    expect(note.textContent).toContain('448 · 01/2023');
  });
  it('keeps the province’s case files when the procedure system reports a district agency the catalogue does not have', async () => {
    const clean = (await fetchCaseFiles(testConfig.sources.procedures, { from: '2023-01', to: '2023-12' })).records;
    const all = caseFileTotals(clean, monthsOf(YEAR));
    withFaults({ procedures: 'unknown-unit' });
    const spoilt = (await fetchCaseFiles(testConfig.sources.procedures, { from: '2023-01', to: '2023-12' })).records;
    expect(caseFileTotals(spoilt, monthsOf(YEAR)).received).toBeGreaterThan(all.received);
    renderApp('/dich-vu-cong?period=2023');
    const el = await screen.findByTestId('services-kpi-received-value', {}, LONG);
    await waitFor(() => expect(el.textContent).toBe(formatNumber(all.received, 'vi')), LONG);
    const headline = await screen.findByTestId('services-headline', {}, LONG);
    expect(within(headline).getByTestId('panel-left-out').textContent).toContain('499 · 01/2023');
  });

  it('shows the Overview the same province figure as the theme page, and the same note', async () => {
    const clean = await rawRecords();
    withFaults({ complaints: 'unknown-unit' });
    renderApp('/?period=2023');
    const el = await screen.findByTestId('kpi-complaints-received-value', {}, LONG);
    await waitFor(() => expect(el.textContent).toBe(formatNumber(complaintTotals(clean, monthsOf(YEAR)).received, 'vi')), LONG);
    expect(within(screen.getByTestId('panel-complaints')).getByTestId('panel-left-out').textContent).toContain('499 · 01/2023');
  });

  it('says on the data-quality page that unit codes could not be checked while the unit catalogue is down', async () => {
    server.use(http.get(endpoint(testConfig.sources.units.baseUrl, '*'), () => HttpResponse.json({}, { status: 500 })));
    renderApp('/chat-luong-du-lieu?period=2023');
    const summary = await screen.findByTestId('data-quality-summary', {}, LONG);
    await waitFor(() => expect(summary.textContent).toContain('Chưa kiểm tra được mã đơn vị của Hệ thống báo cáo công tác tiếp công dân'), LONG);
  });
});

describe('plausibility: implausible records are flagged, kept out of totals and rankings', () => {
  it('does not rank a unit on the complaints indicators when its report breaks a rule, and says why', async () => {
    withFaults({ complaints: 'implausible' });
    renderApp('/xep-hang?period=2023');
    const table = await screen.findByTestId('league-table', {}, LONG);
    await waitFor(() => expect(screen.getByTestId(`league-complaints-${CAN_LOC}`).textContent).toBe('–'), LONG);
    // Its other themes still count, and the other units keep their complaint scores.
    expect(screen.getByTestId(`league-score-${CAN_LOC}`).textContent).toMatch(/^\d+,\d$/);
    expect(screen.getByTestId('league-complaints-436').textContent).toMatch(/\d/);
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(10);
    expect(screen.getByTestId('missing-notes').textContent).toContain('Can Lộc');
    const notes = screen.getAllByTestId('panel-left-out').map((n) => n.textContent ?? '');
    expect(notes.some((n) => n.includes('443 · 03/2023') && n.includes('441 · 03/2023'))).toBe(true);
  });

  it('lists every record left out on the data-quality page, by system, with unit, period, field, value and rule', async () => {
    withFaults({ complaints: 'implausible', procedures: 'implausible', emulation: 'implausible' });
    renderApp('/chat-luong-du-lieu?period=2023');
    const rowsOf = async (system: string) => {
      const panel = await screen.findByTestId(`data-quality-${system}`, {}, LONG);
      const table = await within(panel).findByRole('table', {}, LONG);
      return within(table)
        .getAllByRole('row')
        .slice(1)
        .map((tr) => within(tr).getAllByRole('cell').map((td) => td.textContent ?? ''));
    };
    const complaints = await rowsOf('complaints');
    expect(complaints).toContainEqual(expect.arrayContaining(['443', 'Huyện Can Lộc', '03/2023', 'xu_ly_don.vuot_cap']));
    expect(complaints).toContainEqual(expect.arrayContaining(['441', '03/2023', 'tiep_cong_dan.chu_tich_dinh_ky', '40', '≤ 23']));
    const procedures = await rowsOf('procedures');
    expect(procedures.map((r) => [r[0], r[4]])).toEqual([
      ['446', 'thanhToanTrucTuyen'],
      ['447', 'soHoa'],
    ]);
    const emulation = await rowsOf('emulation');
    expect(emulation).toContainEqual(expect.arrayContaining(['nam_tieu_bieu', '2008', '≥ 2009']));
    expect(emulation).toContainEqual(expect.arrayContaining(['nam_tieu_bieu', '2008', 'cần có nam_cong_nhan']));
    expect(screen.getByTestId('data-quality-summary').textContent).toContain('2 bản ghi bị loại');
    expect(within(screen.getByTestId('data-quality-complaints')).getByRole('button', { name: /CSV/ })).toBeInTheDocument();
  });

  it('says so when a period has nothing left out', async () => {
    renderApp('/chat-luong-du-lieu?period=2023&lang=en');
    const panel = await screen.findByTestId('data-quality-complaints', {}, LONG);
    await within(panel).findByText('No record was left out in this period.', {}, LONG);
    expect(screen.queryByTestId('panel-left-out')).toBeNull();
  });
});
