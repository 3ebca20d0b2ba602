import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const valueOf = async (testId: string) => {
  const el = await screen.findByTestId(`${testId}-value`, {}, { timeout: 15_000 });
  await waitFor(() => expect(el.textContent).not.toBe('–'));
  return el.textContent ?? '';
};

describe('Overview page against the fake upstream systems', () => {
  it('shows the province figures the province published for 2017', async () => {
    renderApp('/?period=2017');
    expect(await valueOf('kpi-emulation-models')).toBe('1.700');
    expect(await valueOf('kpi-emulation-exemplary')).toBe('350');
    const levels = await screen.findByTestId('services-levels', {}, { timeout: 15_000 });
    expect(levels.textContent).toContain('1.190');
    expect(screen.getByTestId('overview-subtitle').textContent).toContain('Năm 2017');
  });

  it('compares "Dân vận khéo" stocks year end with year end, as the theme page does', async () => {
    renderApp('/?period=2017');
    await valueOf('kpi-emulation-models');
    const tile2017 = screen.getByTestId('kpi-emulation-models');
    await waitFor(() => expect(tile2017.textContent).toMatch(/\+\d[\d.]* so với cuối năm 2016/));
  });

  it('never compares the previous year end shown for a quarter with itself', async () => {
    renderApp('/?period=2024-Q3');
    await valueOf('kpi-emulation-models');
    const tile = screen.getByTestId('kpi-emulation-models');
    await waitFor(() => expect(tile.textContent).toContain('so với cuối năm 2022'));
    expect(tile.textContent).not.toContain('cùng kỳ năm trước');
  });

  it('shows every theme with a figure, a source and a data-as-of date', async () => {
    renderApp('/?period=2024-Q3');
    for (const id of ['kpi-disclosure-ontime', 'kpi-complaints-received', 'kpi-complaints-resolution', 'kpi-services-online', 'kpi-services-ontime', 'kpi-emulation-models']) {
      expect(await valueOf(id)).toMatch(/^[\d.,%\s]+$/);
    }
    for (const panel of ['panel-disclosure', 'panel-complaints', 'panel-services', 'panel-emulation']) {
      const footer = within(screen.getByTestId(panel));
      expect(footer.getByText(/Nguồn:/)).toBeInTheDocument();
      expect(footer.getByText(/\d{2}\/\d{2}\/\d{4}/)).toBeInTheDocument();
    }
  });

  it('keeps a failing system inside its own panel, with a retry that recovers', async () => {
    server.use(http.get(endpoint(testConfig.sources.complaints.baseUrl, '*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderApp('/?period=2024');
    const panel = await screen.findByTestId('panel-complaints');
    const alert = await within(panel).findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toContain('HTTP 500');
    // The other themes still show their figures.
    expect(await valueOf('kpi-services-online')).toMatch(/%$/);
    expect(await valueOf('kpi-emulation-models')).toMatch(/^\d/);

    server.resetHandlers();
    await userEvent.click(within(panel).getByRole('button', { name: 'Thử lại' }));
    expect(await valueOf('kpi-complaints-received')).toMatch(/^\d/);
  });

  it('names the field of a malformed payload instead of showing NaN', async () => {
    server.use(
      http.get(endpoint(testConfig.sources.emulation.baseUrl, '*'), () => HttpResponse.json({ unexpected: 'shape' })),
    );
    renderApp('/?period=2024');
    const panel = await screen.findByTestId('panel-emulation');
    const alert = await within(panel).findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toMatch(/sai cấu trúc tại/);
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('keeps period, unit and language in the URL', async () => {
    renderApp('/?period=2024');
    const user = userEvent.setup();
    await valueOf('kpi-complaints-received');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại kỳ' }), 'quarter');
    await waitFor(() => expect(window.location.search).toContain('period=2024-Q4'));
    const unitSelect = screen.getByRole('combobox', { name: 'Đơn vị' });
    await waitFor(() => expect(within(unitSelect).getAllByRole('option').length).toBe(14));
    await user.selectOptions(unitSelect, '443');
    await waitFor(() => expect(window.location.search).toContain('unit=443'));
    expect(await screen.findByText(/Huyện Can Lộc · Quý IV\/2024/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Ngôn ngữ/ }));
    await waitFor(() => expect(window.location.search).toContain('lang=en'));
    expect(await screen.findByRole('heading', { name: 'Overview', level: 1 })).toBeInTheDocument();
  });
});
