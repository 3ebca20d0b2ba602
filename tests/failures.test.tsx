import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const LONG = { timeout: 20_000 };
const failing = (system: keyof typeof testConfig.sources) =>
  server.use(http.get(endpoint(testConfig.sources[system].baseUrl, '*'), () => HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 })));

describe('a failing unit catalogue is named on every page that depends on it', () => {
  for (const path of ['/', '/cong-khai', '/khieu-nai-to-cao', '/dich-vu-cong', '/dan-van-kheo', '/xep-hang', '/trinh-chieu']) {
    it(`on ${path}`, async () => {
      failing('units');
      renderApp(`${path}?period=2024&lang=en`);
      const notice = await screen.findByTestId('catalogue-notice', {}, LONG);
      expect(notice).toHaveTextContent('Administrative unit catalogue (LGSP) answered HTTP 500.');
      expect(notice).toHaveTextContent('units show as codes instead of names');
      expect(within(notice).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    });
  }

  it('is not shown when the catalogue answers', async () => {
    renderApp('/khieu-nai-to-cao?period=2024');
    expect(await screen.findByRole('heading', { level: 1, name: 'Khiếu nại, tố cáo' }, LONG)).toBeInTheDocument();
    await screen.findAllByRole('option', { name: 'Huyện Can Lộc' }, LONG);
    expect(screen.queryByTestId('catalogue-notice')).toBeNull();
  });
});

describe('a failed system is worded as a failure, not as data still to come', () => {
  it('on the league table and on the Overview, with the reason', async () => {
    failing('complaints');
    renderApp('/xep-hang?period=2024&lang=en');
    const note = await screen.findByTestId('ranking-failed-themes', {}, LONG);
    expect(note).toHaveTextContent('could not be loaded because their system failed');
    expect(note).toHaveTextContent('Citizen reception & complaints reporting system answered HTTP 500.');
    expect(note).not.toHaveTextContent('No data yet');
  });

  it('on the Overview\'s ranking panel', async () => {
    failing('complaints');
    renderApp('/?period=2024&lang=en');
    const note = await screen.findByTestId('ranking-failed-themes', {}, LONG);
    expect(note).toHaveTextContent('answered HTTP 500');
    expect(document.body.textContent).not.toContain('No data yet');
  });
});
