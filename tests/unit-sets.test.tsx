import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { COMMUNES_2025_07 } from '../mocks/data/units-2025-07.generated';
import { COMPLAINT_MONTHS_PATH } from '../mocks/systems/complaints-system';
import { formatNumber } from '../src/lib/format';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

/*
 * The units a period is shown on, page by page, with data up to 2026-11 (config override). The complaints system's
 * 2025–2026 answers are hand-made here: the first half of 2025 by the 12 districts, from 2025-07 by the 69 new
 * communes and wards, each row 10 petitions received (all eligible and within jurisdiction), 4 resolved.
 */
const LONG = { timeout: 20_000 };
const config = { ...testConfig, periods: { firstMonth: '2017-01', lastMonth: '2026-11' } };
const DISTRICTS_2025 = ['436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '449'];
const NEW_UNITS = COMMUNES_2025_07.map((c) => c.code);

const row = (code: string, month: string) => ({
  ma_don_vi: code,
  ten_don_vi: `UBND ${code}`,
  ky_bao_cao: `${month.slice(5, 7)}/${month.slice(0, 4)}`,
  tiep_cong_dan: { chu_tich_dinh_ky: 4, chu_tich_dot_xuat: 0 },
  tiep_nhan_don: { tong_so: 10, khieu_nai: 10, to_cao: 0, kien_nghi: 0, phan_anh: 0 },
  xu_ly_don: { du_dieu_kien: 10, thuoc_tham_quyen: 10, trung_lap: 0, vuot_cap: 0 },
  ket_qua_giai_quyet: { da_giai_quyet: 4, qua_han: 0 },
});

function serveComplaintsAfter2024() {
  server.use(
    http.get(endpoint(config.sources.complaints.baseUrl, COMPLAINT_MONTHS_PATH), ({ request }) => {
      const from = new URL(request.url).searchParams.get('tu_ky') ?? '';
      const year = Number(from.slice(0, 4));
      if (year < 2025) return undefined; // the demo system answers the years it has
      const data = [];
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        if (month > '2026-11') break;
        for (const code of month < '2025-07' ? DISTRICTS_2025 : NEW_UNITS) data.push(row(code, month));
      }
      return HttpResponse.json({ error_code: 0, message: 'Thành công', thoi_diem_tong_hop: '01/12/2026 08:00:00', data });
    }),
  );
}

/** The unit filter lists exactly the units the period is mapped, ranked and listed on. */
async function unitOptions(): Promise<string[]> {
  const select = (await screen.findAllByRole('combobox')).find((s) => s.closest('.unit-filter'));
  if (!select) throw new Error('no unit filter');
  await waitFor(() => expect(select.hasAttribute('disabled')).toBe(false), LONG);
  return within(select)
    .getAllByRole('option')
    .map((o) => o.getAttribute('value') ?? '')
    .filter((v) => v !== '');
}

const figure = async (id: string) => {
  const el = await screen.findByTestId(`complaints-figure-${id}`, {}, LONG);
  await waitFor(() => expect(el.textContent).toMatch(/\d/), LONG);
  return el.textContent ?? '';
};

describe('every page uses the unit set in force', { timeout: 40_000 }, () => {
  it('2024 is shown on the 13 districts, with no unit-set note', async () => {
    renderApp('/khieu-nai-to-cao?period=2024', config);
    expect(await unitOptions()).toHaveLength(13);
    expect((await unitOptions()).sort()).toContain('448');
    expect(screen.queryByTestId('unit-set-notice')).toBeNull();
  });

  it('2025-Q1 is shown on the 12 districts (Lộc Hà gone), and says its comparison with 2024-Q4 crosses the 1 Jan 2025 change', async () => {
    serveComplaintsAfter2024();
    renderApp('/khieu-nai-to-cao?period=2025-Q1', config);
    const codes = await unitOptions();
    expect(codes.sort()).toEqual(DISTRICTS_2025);
    const note = await screen.findByTestId('unit-set-comparison', {}, LONG);
    expect(note.textContent).toContain('01/01/2025');
    expect(note.textContent).toContain('13 huyện, thị xã, thành phố → 12 huyện, thị xã, thành phố');
  });

  it('2026-Q3 is shown on the 69 communes and wards, and the province total counts every one of their reports: 69 × 3 × 10 = 2.070', async () => {
    serveComplaintsAfter2024();
    renderApp('/khieu-nai-to-cao?period=2026-Q3', config);
    const codes = await unitOptions();
    expect(codes).toHaveLength(69);
    expect(codes).toContain('18073');
    expect(await figure('received')).toBe(formatNumber(69 * 3 * 10, 'vi'));
    expect(screen.queryByTestId('unit-set-reaggregated')).toBeNull();
  });

  it('the year 2025 is shown on the 69 units with a visible re-aggregation note naming the change and the units not comparable', async () => {
    serveComplaintsAfter2024();
    renderApp('/khieu-nai-to-cao?period=2025', config);
    expect(await unitOptions()).toHaveLength(69);
    const note = await screen.findByTestId('unit-set-reaggregated', {}, LONG);
    expect(note.textContent).toContain('01/07/2025');
    expect(note.textContent).toContain('12 huyện, thị xã, thành phố → 69 xã, phường');
    const notComparable = screen.getByTestId('unit-set-not-comparable').textContent ?? '';
    for (const name of ['Phường Thành Sen', 'Phường Hà Huy Tập']) expect(notComparable).toContain(name);
    // Province pool, hand-checked: Jan–Jun 12 districts × 6 × 10 = 720, Jul–Dec 69 units × 6 × 10 = 4.140 → 4.860.
    expect(await figure('received')).toBe(formatNumber(720 + 4140, 'vi'));
    // The complaints system reported the first half by district: no new unit received a whole district, so on this
    // page every one of the 69 is marked not comparable, rather than given its second half as the year.
    expect((await screen.findByTestId('not-comparable-note', {}, LONG)).textContent).toMatch(/không so sánh được.*69 đơn vị/);
  });

  it('a unit of 2025 gets no figure made from its second half alone: the first half came by district and cannot be split', async () => {
    serveComplaintsAfter2024();
    renderApp('/khieu-nai-to-cao?period=2025&unit=18073', config);
    await screen.findByTestId('unit-set-reaggregated', {}, LONG);
    const received = await screen.findByTestId('complaints-figure-received', {}, LONG);
    // Once the year's records are in (the province pool shows in the subtitle's panel), the unit shows no figure.
    await waitFor(() => expect(screen.getByTestId('complaints-summary').textContent).toContain('Phường Thành Sen'), LONG);
    await waitFor(() => expect(received.textContent).toBe('–'), LONG);
  });

  it('the same unit within one set has its own figure: Thành Sen, 2025-Q3 = 3 months × 10 = 30', async () => {
    serveComplaintsAfter2024();
    renderApp('/khieu-nai-to-cao?period=2025-Q3&unit=18073', config);
    expect(await figure('received')).toBe('30');
    expect(screen.queryByTestId('not-comparable-note')).toBeNull();
  });

  it('says so in English too', async () => {
    serveComplaintsAfter2024();
    renderApp('/khieu-nai-to-cao?period=2025&lang=en', config);
    const note = await screen.findByTestId('unit-set-reaggregated', {}, LONG);
    expect(note.textContent).toContain('12 districts → 69 communes and wards');
    expect(screen.getByTestId('unit-set-not-comparable').textContent).toContain('Not comparable');
  });

  it('opens without ?period= on the latest full period, 2026-Q3', async () => {
    serveComplaintsAfter2024();
    renderApp('/khieu-nai-to-cao', config);
    expect(await unitOptions()).toHaveLength(69);
    expect((await screen.findByTestId('complaints-subtitle', {}, LONG)).textContent).toMatch(/III.*2026|2026.*III/);
  });
});
