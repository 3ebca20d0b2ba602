import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { UNIT_CATALOGUE_UPDATED_AT, unitCatalogue, wireCatalogueUnit } from '../mocks/data/unit-catalogue';
import { endpoint } from '../mocks/systems/endpoint';
import { UNIT_CATALOGUE_PATH } from '../mocks/systems/unit-catalogue';
import { complaintTotals } from '../src/domain/complaints-metrics';
import { monthsOf, parsePeriod, type Period } from '../src/domain/period';
import { formatNumber } from '../src/lib/format';
import { fetchComplaintMonths } from '../src/sources/complaints/client';
import { fetchUnitCatalogue } from '../src/sources/units/client';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

/*
 * Per 10,000 residents for the 69 communes and wards: their population is the unit catalogue's (`danSo`), so the
 * complaints page of 2026-Q3 has a figure for every unit, computed from the catalogue's figure; a bad figure is
 * kept out and named.
 */
const LONG = { timeout: 30_000 };
const Q3_2026 = parsePeriod('2026-Q3') as Period;
const THANH_SEN = '18073';

/** The complaints map's own table (per 10,000 residents by default): unit code → its value cell. */
async function mapValues(): Promise<Map<string, string>> {
  const map = await screen.findByTestId('complaints-map', {}, LONG);
  await userEvent.click(await within(map).findByText(/Bảng số liệu \(69 đơn vị\)/, {}, LONG));
  const rows = await waitFor(() => {
    const found = [...map.querySelectorAll<HTMLElement>('tr[data-code]')];
    expect(found).toHaveLength(69);
    return found;
  }, LONG);
  return new Map(rows.map((tr) => [tr.dataset.code ?? '', tr.querySelector('td')?.textContent ?? '']));
}

/** The catalogue as the fake system serves it, with one unit version's population replaced. */
function catalogueWithPopulation(code: string, validFrom: string, danSo: unknown) {
  const vnDate = (iso: string) => iso.split('-').toReversed().join('/');
  const rows = unitCatalogue('42')!.map((u) => (u.code === code && u.validFrom === validFrom ? { ...wireCatalogueUnit(u), danSo } : wireCatalogueUnit(u)));
  server.use(
    http.get(endpoint(testConfig.sources.units.baseUrl, UNIT_CATALOGUE_PATH), () =>
      HttpResponse.json({
        status: 'success',
        code: 200,
        message: 'ok',
        ngayCapNhat: `${vnDate(UNIT_CATALOGUE_UPDATED_AT.slice(0, 10))} 08:30:00`,
        data: { tongSo: rows.length, danhSach: rows },
      }),
    ),
  );
}

describe('Per 10,000 residents for the communes and wards of 2026-Q3', () => {
  it('gives every one of the 69 units a figure, from the catalogue’s population', async () => {
    const catalogue = await fetchUnitCatalogue(testConfig.sources.units, '42');
    const thanhSen = catalogue.communes.find((c) => c.code === THANH_SEN && c.validFrom === '2025-07-01');
    expect(thanhSen?.population).toBeGreaterThan(0);
    const records = (await fetchComplaintMonths(testConfig.sources.complaints, { from: '2026-01', to: '2026-12' })).records;
    const received = complaintTotals(records, monthsOf(Q3_2026), new Set([THANH_SEN])).received;
    const expected = (received / (thanhSen?.population ?? NaN)) * 10_000;

    renderApp('/khieu-nai-to-cao?period=2026-Q3');
    const values = await mapValues();
    expect([...values].filter(([, text]) => !/^\d+,\d$/.test(text)).map(([code]) => code)).toEqual([]);
    expect(values.get(THANH_SEN)).toBe(formatNumber(expected, 'vi', 1));
    expect(screen.getByTestId('complaints-figure-per10k').textContent).toMatch(/\d/);
    expect(within(screen.getByTestId('complaints-ranking')).getByTestId('population-note').textContent).toContain('Số dân: theo danh mục đơn vị hành chính cho 69 đơn vị');
  }, 90_000);

  it('keeps out a population the catalogue got wrong, and names the unit, the field and the value', async () => {
    catalogueWithPopulation(THANH_SEN, '2025-07-01', -48_210);
    renderApp('/khieu-nai-to-cao?period=2026-Q3');
    const values = await mapValues();
    expect(values.get(THANH_SEN)).not.toMatch(/\d/);
    expect([...values].filter(([, text]) => !/\d/.test(text)).map(([code]) => code)).toEqual([THANH_SEN]);
    const note = within(screen.getByTestId('complaints-ranking')).getByTestId('population-invalid');
    expect(note.textContent).toMatch(/Phường Thành Sen \(data\.danhSach\[\d+\]\.danSo = -48210\)/);
  }, 90_000);
});
