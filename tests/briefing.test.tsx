import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { extractFigures } from '../src/domain/highlights';
import { SAVED_SLIDES_KEY } from '../src/features/briefing/slide-store';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const LONG = { timeout: 20_000 };

afterEach(() => window.localStorage.clear());

async function slideTitle(): Promise<string> {
  const title = await screen.findByTestId('slide-title', {}, LONG);
  return title.textContent ?? '';
}

/** The highlights of the slide on screen, once its figures are in. */
async function highlights(): Promise<string[]> {
  const list = await screen.findByTestId('slide-highlights', {}, LONG);
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

/** The cells of the slide chart's table view (the numbers behind the chart and its downloads). */
async function tableFigures(user: ReturnType<typeof userEvent.setup>, lang: 'vi' | 'en' = 'vi'): Promise<Set<number>> {
  const slide = screen.getByTestId('slide');
  await user.click(within(slide).getByRole('button', { name: lang === 'vi' ? 'Xem dạng bảng' : /table/i }));
  const table = await within(slide).findByRole('table');
  const figures = new Set(within(table).getAllByRole('cell').flatMap((c) => extractFigures(c.textContent ?? '', lang)));
  await user.click(within(slide).getByRole('button', { name: lang === 'vi' ? 'Xem biểu đồ' : /chart/i }));
  return figures;
}

async function kpi(testId: string): Promise<string> {
  const el = await screen.findByTestId(testId, {}, LONG);
  await waitFor(() => expect(el.textContent).toMatch(/\d/), LONG);
  return el.textContent ?? '';
}

describe('Briefing mode against the fake upstream systems', () => {
  it('shows the Overview slide with the Overview page’s figures', async () => {
    renderApp('/?period=2024');
    const overview = {
      received: await kpi('kpi-complaints-received-value'),
      resolution: await kpi('kpi-complaints-resolution-value'),
      online: await kpi('kpi-services-online-value'),
      disclosure: await kpi('kpi-disclosure-ontime-value'),
      models: await kpi('kpi-emulation-models-value'),
    };
    cleanup();
    renderApp('/trinh-chieu?period=2024');
    expect(await kpi('slide-kpi-received-value')).toBe(overview.received);
    expect(await kpi('slide-kpi-complaintResolution-value')).toBe(overview.resolution);
    expect(await kpi('slide-kpi-onlineShare-value')).toBe(overview.online);
    expect(await kpi('slide-kpi-disclosureOnTime-value')).toBe(overview.disclosure);
    expect(await kpi('slide-kpi-models-value')).toBe(overview.models);
    const meta = screen.getByTestId('slide-meta').textContent ?? '';
    expect(meta).toContain('Kỳ báo cáo: Năm 2024');
    expect(meta).toMatch(/Hệ thống báo cáo công tác tiếp công dân.*số liệu đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect((await highlights()).join(' ')).toContain(`Tỷ lệ hồ sơ nộp trực tuyến đạt ${overview.online}`);
  });

  it('steps through every slide with the keyboard, each quoting only the figures of its own chart', async () => {
    const user = userEvent.setup();
    renderApp('/trinh-chieu?period=2024');
    await highlights();
    await user.click(screen.getByTestId('start-presenting'));
    expect(screen.getByTestId('deck')).toHaveClass('presenting');
    const titles: string[] = [];
    for (let i = 0; i < 6; i++) {
      if (i > 0) await user.keyboard(i % 2 ? '{ArrowRight}' : '{PageDown}');
      await waitFor(() => expect(screen.getByTestId('slide-counter').textContent).toBe(`Trang ${i + 1}/6`));
      titles.push(await slideTitle());
      const sentences = await highlights();
      const shown = await tableFigures(user);
      const kpis = screen.queryAllByTestId(/^slide-kpi-.*-value$/).flatMap((k) => extractFigures(k.textContent ?? '', 'vi'));
      for (const k of screen.queryAllByTestId(/^slide-kpi-[a-zA-Z]+$/)) for (const f of extractFigures(k.textContent ?? '', 'vi')) kpis.push(f);
      for (const s of sentences) for (const f of extractFigures(s, 'vi')) expect([...shown, ...kpis], `${f} in "${s}"`).toContain(f);
    }
    expect(titles).toEqual(['Tổng quan', 'Công khai theo QCDCCS', 'Khiếu nại, tố cáo', 'Dịch vụ công trực tuyến', 'Phong trào “Dân vận khéo”', 'Bảng xếp hạng đơn vị']);
    await user.keyboard('{Home}');
    await waitFor(() => expect(screen.getByTestId('slide-counter').textContent).toBe('Trang 1/6'));
    await user.keyboard('{End}');
    await waitFor(() => expect(screen.getByTestId('slide-counter').textContent).toBe('Trang 6/6'));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(screen.getByTestId('slide-counter').textContent).toBe('Trang 5/6'));
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('deck')).not.toHaveClass('presenting');
  });

  it('takes the slides and their order from the link, and saves a chosen set for the next briefing', async () => {
    const user = userEvent.setup();
    renderApp('/trinh-chieu?period=2024-Q3&slides=complaints,unit-441,overview');
    expect(await slideTitle()).toBe('Khiếu nại, tố cáo');
    const list = screen.getByTestId('slide-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.dataset.slideId)).toEqual(['complaints', 'unit-441', 'overview']));
    await user.click(within(list).getByRole('button', { name: /Đưa Tổng quan lên/ }));
    await waitFor(() => expect(window.location.search).toContain('slides=complaints%2Coverview%2Cunit-441'));
    await user.click(screen.getByRole('button', { name: 'Lưu bộ trang chiếu' }));
    expect(window.localStorage.getItem(SAVED_SLIDES_KEY)).toBe('complaints,overview,unit-441');
    const link = (screen.getByTestId('share-link') as HTMLInputElement).value;
    expect(link).toContain('slides=complaints%2Coverview%2Cunit-441');
    expect(link).toContain('period=2024-Q3');

    cleanup();
    renderApp('/trinh-chieu?period=2024');
    expect(await slideTitle()).toBe('Khiếu nại, tố cáo');
    await waitFor(() => expect(within(screen.getByTestId('slide-list')).getAllByRole('listitem').map((li) => li.dataset.slideId)).toEqual(['complaints', 'overview', 'unit-441']));
  });

  it('shows a unit page whose figures are the Overview’s with that unit chosen', async () => {
    const user = userEvent.setup();
    renderApp('/?period=2024&unit=441');
    const online = await kpi('kpi-services-online-value');
    cleanup();
    renderApp('/trinh-chieu?period=2024&slides=unit-441');
    await waitFor(() => expect(screen.getByTestId('slide-title').textContent).toBe('Đơn vị: Huyện Vũ Quang'), LONG);
    const sentences = await highlights();
    expect(sentences.find((s) => s.startsWith('Tỷ lệ hồ sơ nộp trực tuyến'))).toContain(`đạt ${online}`);
    expect([...(await tableFigures(user))]).toContain(extractFigures(online, 'vi')[0]);
  });

  it('keeps a failing system inside its own slides', async () => {
    server.use(http.get(endpoint(testConfig.sources.complaints.baseUrl, '*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const user = userEvent.setup();
    renderApp('/trinh-chieu?period=2024&slides=complaints,services,overview');
    const complaintsSlide = await screen.findByTestId('slide-complaints', {}, LONG);
    expect((await within(complaintsSlide).findByRole('alert', {}, LONG)).textContent).toContain('HTTP 500');
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    expect(await slideTitle()).toBe('Dịch vụ công trực tuyến');
    expect((await highlights())[0]).toMatch(/^Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt \d+,\d%/);
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    const alert = await within(screen.getByTestId('slide')).findByRole('alert', {}, LONG);
    expect(alert.textContent).toContain('HTTP 500');
    expect(await kpi('slide-kpi-onlineShare-value')).toMatch(/%$/);
    expect(screen.getByTestId('slide-kpi-received-value').textContent).toBe('–');
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('shows the 1.190 level-3 services the province published for 2017 on the services slide', async () => {
    renderApp('/trinh-chieu?period=2017&slides=services');
    await screen.findByTestId('slide-services', {}, LONG);
    const slide = screen.getByTestId('slide');
    await waitFor(() => expect(slide.textContent).toContain('1.190 dịch vụ mức độ 3'), LONG);
  });

  it('shows a 2022 quarter before Decree 42 took effect under Decree 43 levels', async () => {
    renderApp('/trinh-chieu?period=2022-Q1&slides=services');
    await screen.findByTestId('slide-services', {}, LONG);
    const slide = screen.getByTestId('slide');
    await waitFor(() => expect(slide.textContent).toMatch(/năm 2021 \(Nghị định 43\/2011\)/), LONG);
    expect(slide.textContent).not.toContain('toàn trình');
  });

  it('writes the highlights in English when the interface is in English', async () => {
    renderApp('/trinh-chieu?period=2024&slides=services&lang=en');
    const [first] = await highlights();
    expect(first).toMatch(/^The share of case files submitted online province-wide was \d+\.\d%, (up|down) \d+\.\d percentage points on the same period last year; highest in .+ \(\d+\.\d%\), lowest in .+ \(\d+\.\d%\)\.$/);
    expect(screen.getByTestId('slide-meta').textContent).toContain('Period: 2024');
  });
});
