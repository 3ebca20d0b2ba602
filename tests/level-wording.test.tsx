import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

/*
 * Every title that names the level of the units shown follows the unit set in force: district-level units for 2024,
 * the 69 communes and wards for 2026-Q3 (from 1 Jul 2025 the province has no districts). Against the demo systems.
 */
const LONG = { timeout: 30_000 };
const TEST_TIMEOUT = 90_000;

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name }, LONG);

/**
 * Every panel heading of the page once the catalogue has said which units the period is shown on and the panels
 * rendered in the background pass (src/components/panel/Deferred.tsx) have caught up: all the given titles shown.
 */
async function headings(...shown: (string | RegExp)[]): Promise<string> {
  for (const name of shown) await heading(name);
  return screen
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent ?? '')
    .join('\n');
}

describe('Wording that names the level of the units shown', () => {
  it('services: district People’s Committees for 2024, commune ones for 2026-Q3', async () => {
    renderApp('/dich-vu-cong?period=2024');
    const y2024 = await headings('Xếp hạng UBND cấp huyện · Tỷ lệ hồ sơ nộp trực tuyến');
    expect(y2024).toContain('Tỷ lệ hồ sơ nộp trực tuyến theo đơn vị cấp huyện');
    expect(y2024).toContain('Sở, ban, ngành và cấp huyện');
    expect((await screen.findAllByRole('radio', { name: 'UBND cấp huyện' }, LONG)).length).toBeGreaterThan(0);
    expect(y2024).not.toMatch(/xã, phường|cấp xã/);
  }, TEST_TIMEOUT);

  it('services: commune and ward People’s Committees for 2026-Q3, in both languages', async () => {
    const { unmount } = renderApp('/dich-vu-cong?period=2026-Q3');
    const q3 = await headings('Xếp hạng UBND cấp xã · Tỷ lệ hồ sơ nộp trực tuyến');
    expect(q3).toContain('Tỷ lệ hồ sơ nộp trực tuyến theo xã, phường');
    expect(q3).toContain('Sở, ban, ngành và cấp xã');
    expect((await screen.findAllByRole('radio', { name: 'UBND cấp xã' }, LONG)).length).toBeGreaterThan(0);
    expect(q3).not.toContain('huyện');
    unmount();

    renderApp('/dich-vu-cong?period=2026-Q3&lang=en');
    const en = await headings('Commune and ward People’s Committees ranked · Case files submitted online');
    expect(en).toContain('Provincial departments and communes and wards');
    expect(en).not.toMatch(/district/i);
  }, TEST_TIMEOUT);

  it('disclosure: map, ranking and heatmap titles and the drill prompt', async () => {
    const { unmount } = renderApp('/cong-khai?period=2024');
    const y2024 = await headings('Xếp hạng đơn vị cấp huyện: công khai đúng hạn', 'Tỷ lệ nội dung công khai đúng hạn theo đơn vị cấp huyện');
    expect(y2024).toContain('Tỷ lệ nội dung công khai đúng hạn theo đơn vị cấp huyện');
    expect(y2024).toContain('Công khai đúng hạn theo đơn vị cấp huyện và nội dung');
    unmount();

    renderApp('/cong-khai?period=2026-Q3');
    const q3 = await headings('Xếp hạng xã, phường: công khai đúng hạn', 'Tỷ lệ nội dung công khai đúng hạn theo xã, phường');
    expect(q3).toContain('Tỷ lệ nội dung công khai đúng hạn theo xã, phường');
    expect(q3).toContain('Công khai đúng hạn theo xã, phường và nội dung');
    expect(q3).not.toContain('huyện');
  }, TEST_TIMEOUT);

  it('disclosure in English: districts for 2024, communes and wards for 2026-Q3', async () => {
    const { unmount } = renderApp('/cong-khai?period=2024&lang=en');
    expect(await heading('Ranking of district-level units: disclosed on time')).toBeInTheDocument();
    unmount();
    renderApp('/cong-khai?period=2026-Q3&lang=en');
    const q3 = await headings('Ranking of communes and wards: disclosed on time', 'Disclosed on time: communes and wards by content', 'Share of contents disclosed on time by commune and ward');
    expect(q3).toContain('Disclosed on time: communes and wards by content');
    expect(q3).not.toMatch(/district/i);
  }, TEST_TIMEOUT);

  it('complaints: the reception chart names the chairs of the level in force, and its definition the article that applies', async () => {
    const { unmount } = renderApp('/khieu-nai-to-cao?period=2024');
    const y2024 = await heading('Tiếp công dân định kỳ của Chủ tịch UBND cấp huyện');
    expect(y2024.closest('section')?.textContent).toContain('Điều 13: Chủ tịch UBND cấp huyện');
    unmount();

    const { unmount: unmount2 } = renderApp('/khieu-nai-to-cao?period=2026-Q3');
    const q3 = await heading('Tiếp công dân định kỳ của Chủ tịch UBND cấp xã');
    expect(q3.closest('section')?.textContent).toContain('Điều 15: Chủ tịch UBND cấp xã trực tiếp tiếp công dân ít nhất 1 ngày mỗi tuần');
    unmount2();

    renderApp('/khieu-nai-to-cao?period=2026-Q3&lang=en');
    expect(await heading('Regular citizen-reception sessions of the chairs of commune and ward People’s Committees')).toBeInTheDocument();
  }, TEST_TIMEOUT);

  it('rankings: the subtitle counts district-level units for 2024 and communes and wards for 2026-Q3', async () => {
    const { unmount } = renderApp('/xep-hang?period=2024');
    await waitFor(() => expect(screen.getByTestId('rankings-subtitle').textContent).toBe('Năm 2024 · 13 đơn vị cấp huyện được xếp hạng'), LONG);
    unmount();
    const { unmount: unmount2 } = renderApp('/xep-hang?period=2026-Q3');
    await waitFor(() => expect(screen.getByTestId('rankings-subtitle').textContent).toBe('Quý III/2026 · 69 xã, phường được xếp hạng'), LONG);
    unmount2();
    renderApp('/xep-hang?period=2026-Q3&lang=en');
    await waitFor(() => expect(screen.getByTestId('rankings-subtitle').textContent).toMatch(/· 69 communes and wards ranked$/), LONG);
  }, TEST_TIMEOUT);

  it('briefing: the services slide title and note name the units charted', async () => {
    const { unmount } = renderApp('/trinh-chieu?period=2024&slides=services');
    await heading('Tỷ lệ hồ sơ nộp trực tuyến theo đơn vị cấp huyện');
    await waitFor(() => expect(screen.getByTestId('slide').textContent).toContain('biểu đồ so sánh các đơn vị cấp huyện.'), LONG);
    unmount();

    const { unmount: unmount2 } = renderApp('/trinh-chieu?period=2026-Q3&slides=services');
    // 69 units: the slide charts the best and worst ten and says so; the title still names the level.
    await heading(/^Tỷ lệ hồ sơ nộp trực tuyến theo xã, phường: 10 đơn vị cao nhất/);
    await waitFor(() => expect(screen.getByTestId('slide').textContent).toContain('biểu đồ so sánh các xã, phường.'), LONG);
    expect(screen.getByTestId('slide').textContent).not.toContain('cấp huyện');
    unmount2();

    renderApp('/trinh-chieu?period=2026-Q3&slides=services&lang=en');
    await heading(/^Share of case files submitted online, by commune and ward/);
  }, TEST_TIMEOUT);
});
