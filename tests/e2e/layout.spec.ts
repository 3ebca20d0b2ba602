import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SCREENSHOT_DIR } from './helpers';

/**
 * Every chart and table must read on a phone (390 px), a laptop (1440 px) and a projector (1920 px), in both
 * languages: no two labels of a chart overlap, no label is clipped by its chart, no chart or table is wider than its
 * panel. One browser context per size and language visits every page in turn, scrolling each panel into view so
 * charts that mount lazily are drawn, and leaves a full-page screenshot of each as a test artefact.
 */

const PAGES = ['/', '/cong-khai', '/khieu-nai-to-cao', '/dich-vu-cong', '/dan-van-kheo', '/xep-hang', '/don-vi/443', '/trinh-chieu'] as const;
/** The same pages on the 69 communes and wards (a commune's own page in place of a district's). */
const PAGES_69 = PAGES.map((p) => (p === '/don-vi/443' ? '/don-vi/18406' : p));
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;
const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Pixels two labels may share (anti-aliasing, glyph boxes that include line spacing) before they count as overlapping. */
const OVERLAP_TOLERANCE = 2;
/** Pixels a label may stick out of its chart's box before it counts as clipped. */
const CLIP_TOLERANCE = 1;

const LAYOUT_DIR = `${SCREENSHOT_DIR}/layout`;

/** Scrolls every panel into view (lazily mounted charts draw only then) and waits until each chart's SVG has text. */
async function drawEverything(page: Page): Promise<void> {
  await expect(page.locator('main')).toBeVisible();
  const panels = page.locator('section.panel');
  await expect(panels.first()).toBeVisible();
  const count = await panels.count();
  for (let i = 0; i < count; i++) {
    const panel = panels.nth(i);
    await panel.scrollIntoViewIfNeeded();
    await expect(panel).not.toHaveAttribute('aria-busy', 'true');
    await expect(panel.locator('.chart-placeholder')).toHaveCount(0);
    const charts = panel.locator('.echart');
    for (let c = 0; c < (await charts.count()); c++) await expect(charts.nth(c).locator('svg text').first()).toBeAttached();
  }
  await waitForStillCharts(page);
}

/** Waits until every chart's labels stop moving (ECharts animates labels into place). */
async function waitForStillCharts(page: Page): Promise<void> {
  const signature = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.echart svg text')]
        .map((t) => {
          const r = t.getBoundingClientRect();
          return `${Math.round(r.x + window.scrollX)},${Math.round(r.y + window.scrollY)},${Math.round(r.width)}`;
        })
        .join(';'),
    );
  let previous = '';
  for (let i = 0; i < 20; i++) {
    const now = await signature();
    if (now === previous) return;
    previous = now;
    await page.waitForTimeout(250);
  }
}

/**
 * Every layout defect on the page, as readable lines. Label boxes are the texts' own boxes mapped to the screen (so a
 * rotated label is a rotated rectangle), compared with the separating-axis test.
 */
function layoutDefects(page: Page, at: string): Promise<string[]> {
  return page.evaluate(
    ({ where, overlapTolerance, clipTolerance }) => {
      type Pt = { x: number; y: number };
      const defects: string[] = [];
      const panelName = (el: Element) => {
        const panel = el.closest('section.panel, .slide');
        const title = panel?.querySelector('.panel-title, .slide-title')?.textContent ?? panel?.getAttribute('data-testid') ?? '?';
        return title.trim().slice(0, 60);
      };
      const visible = (el: Element) => {
        for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
          if (e.getAttribute('opacity') === '0' || e.getAttribute('fill-opacity') === '0') return false;
        }
        return true;
      };
      /** The text's box as four screen points, shrunk by the tolerance. */
      const corners = (t: SVGGraphicsElement): Pt[] | null => {
        const b = t.getBBox();
        const m = t.getScreenCTM();
        if (!m || b.width === 0 || b.height === 0) return null;
        const k = overlapTolerance / 2;
        const pts = [
          [b.x + k, b.y + k],
          [b.x + b.width - k, b.y + k],
          [b.x + b.width - k, b.y + b.height - k],
          [b.x + k, b.y + b.height - k],
        ];
        return pts.map(([x = 0, y = 0]) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f }));
      };
      const separated = (a: Pt[], b: Pt[]) => {
        for (const poly of [a, b]) {
          for (let i = 0; i < poly.length; i++) {
            const p = poly[i] as Pt;
            const q = poly[(i + 1) % poly.length] as Pt;
            const nx = q.y - p.y;
            const ny = p.x - q.x;
            const project = (pts: Pt[]) => pts.map((v) => v.x * nx + v.y * ny);
            const pa = project(a);
            const pb = project(b);
            if (Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa)) return true;
          }
        }
        return false;
      };

      for (const svg of document.querySelectorAll<SVGSVGElement>('.echart svg')) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue;
        const name = panelName(svg);
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => (t.textContent ?? '').trim() !== '' && visible(t))
          .map((t) => ({ text: (t.textContent ?? '').trim(), rect: t.getBoundingClientRect(), poly: corners(t) }))
          .filter((t): t is { text: string; rect: DOMRect; poly: Pt[] } => t.poly !== null);
        for (const t of texts) {
          const r = t.rect;
          if (r.left < box.left - clipTolerance || r.right > box.right + clipTolerance || r.top < box.top - clipTolerance || r.bottom > box.bottom + clipTolerance)
            defects.push(`${where} · ${name}: label "${t.text}" clipped by its chart`);
        }
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i];
            const b = texts[j];
            if (a && b && !separated(a.poly, b.poly)) defects.push(`${where} · ${name}: labels "${a.text}" and "${b.text}" overlap`);
          }
        }
      }

      for (const panel of document.querySelectorAll<HTMLElement>('section.panel')) {
        const body = panel.querySelector<HTMLElement>('.panel-body') ?? panel;
        const limit = body.getBoundingClientRect().right + clipTolerance;
        if (panel.getBoundingClientRect().right > document.documentElement.clientWidth + clipTolerance)
          defects.push(`${where} · ${panelName(panel)}: panel wider than the screen`);
        // A name cut with an ellipsis ("Huyện Can L…") is a clipped label too.
        for (const el of panel.querySelectorAll<HTMLElement>('*')) {
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow === 'ellipsis' && el.checkVisibility())
            defects.push(`${where} · ${panelName(el)}: "${(el.textContent ?? '').trim().slice(0, 40)}" is cut short`);
        }
        for (const el of panel.querySelectorAll<HTMLElement>('.echart, table')) {
          // A table inside a horizontally scrolling box is as wide as that box on screen.
          let shown: HTMLElement = el;
          for (let p = el.parentElement; p && p !== body; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === 'auto' || o === 'scroll') {
              shown = p;
              break;
            }
          }
          const right = shown.getBoundingClientRect().right;
          if (right > limit) defects.push(`${where} · ${panelName(el)}: ${el.tagName.toLowerCase()} reaches ${Math.round(right - limit)} px beyond its panel`);
        }
      }
      return defects;
    },
    { where: at, overlapTolerance: OVERLAP_TOLERANCE, clipTolerance: CLIP_TOLERANCE },
  );
}

/**
 * Names of places, offices and models are data and stay Vietnamese in English; everything else the app says must be
 * English. An element can mark itself as a data name (`data-name`, or `translate="no"`); otherwise these patterns
 * strip the names the dashboard shows before the text is looked at.
 */
const DATA_NAME_PATTERNS: readonly RegExp[] = [
  // A label that is a unit's or office's name from the first word ("Sở Giao thông vận tải", "Huyện Hương Khê").
  /^(?:Tỉnh|Huyện|Thị xã|Thành phố|Xã|Phường|Thị trấn|Sở|Ban|Thanh tra|Văn phòng|Trung tâm|Công an|Bảo hiểm xã hội|Kho bạc|UBND)\s.+$/u,
  // Proper names are written in title case ("Hà Tĩnh", "Lộc Hà"); Vietnamese sentences and phrases are not.
  /\p{Lu}[\p{Ll}\d'’]*(?:[\s-]+(?:\p{Lu}[\p{Ll}\d'’]*|xã|phố|trấn))+/gu,
  // Numbers of legal documents ("42/2022/NĐ-CP") and the movement's own name.
  /\d+\/\d{4}\/[\p{Lu}-]+/gu,
  /Dân vận khéo/g,
];
const VIETNAMESE_LETTERS = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** Visible text in Vietnamese on an English screen, data names excepted. */
async function vietnameseText(page: Page, where: string): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      // Registry records (model names, commendations) are the registry's data, like unit names.
      if (!text || !el || el.closest('[data-name], [translate="no"], [data-testid="registry-table"] td, .leaflet-control-attribution, .visually-hidden, option, script, style')) continue;
      if (!el.checkVisibility()) continue;
      out.push(text);
    }
    return out;
  });
  return [
    ...new Set(
      texts
        .filter((text) => VIETNAMESE_LETTERS.test(DATA_NAME_PATTERNS.reduce((rest, pattern) => rest.replace(pattern, ''), text)))
        .map((text) => `${where}: Vietnamese on the English screen: "${text.slice(0, 160)}"`),
    ),
  ];
}

async function checkPage(page: Page, where: string, shot: string, lang: Lang): Promise<string[]> {
  await drawEverything(page);
  const defects = [...(await layoutDefects(page, where)), ...(lang === 'en' ? await vietnameseText(page, where) : [])];
  await page.screenshot({ path: `${LAYOUT_DIR}/${shot}.png`, fullPage: true });
  return defects;
}

/** The briefing page: every slide of the preview in turn, and on a projector every slide presented full-screen. */
async function checkBriefing(page: Page, where: string, shot: string, presenting: boolean, lang: Lang): Promise<string[]> {
  const defects: string[] = [];
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toBeVisible();
  const total = Number(/(\d+)\D*$/.exec((await counter.textContent()) ?? '')?.[1] ?? '1');
  const next = page.locator('.deck-controls button').nth(1);
  for (let i = 0; i < total; i++) {
    const id = (await page.getByTestId('slide').getAttribute('data-slide-id')) ?? String(i);
    defects.push(...(await checkPage(page, `${where} slide ${id}`, `${shot}-${id}`, lang)));
    if (i < total - 1) {
      await next.click();
      await expect(page.getByTestId('slide')).not.toHaveAttribute('data-slide-id', id);
    }
  }
  if (presenting) {
    await page.getByTestId('start-presenting').click();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('slide-counter')).toHaveText(/^\D*1\D/);
    for (let i = 0; i < total; i++) {
      const id = (await page.getByTestId('slide').getAttribute('data-slide-id')) ?? String(i);
      await expect(page.locator('.slide .echart svg text').first()).toBeAttached();
      await waitForStillCharts(page);
      defects.push(...(await layoutDefects(page, `${where} presenting ${id}`)));
      await page.screenshot({ path: `${LAYOUT_DIR}/${shot}-presenting-${id}.png` });
      if (i < total - 1) {
        await page.keyboard.press('ArrowRight');
        await expect(page.getByTestId('slide')).not.toHaveAttribute('data-slide-id', id);
      }
    }
  }
  return defects;
}

async function checkAll(browser: Browser, size: (typeof SIZES)[number], lang: Lang, period = '2024', pages: readonly string[] = PAGES): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const defects: string[] = [];
  try {
    for (const path of pages) {
      await page.goto(`${path}?period=${period}${lang === 'en' ? '&lang=en' : ''}`);
      const where = `${path} ${period} ${size.width}px ${lang}`;
      const shot = `${size.name}-${lang}-${period}-${path === '/' ? 'overview' : path.slice(1).replace(/\//g, '-')}`;
      if (path === '/trinh-chieu') defects.push(...(await checkBriefing(page, where, shot, size.name === 'projector', lang)));
      else defects.push(...(await checkPage(page, where, shot, lang)));
    }
  } finally {
    await context.close();
  }
  return defects;
}

test.describe('charts and tables fit their space', () => {
  // Six independent contexts: spread over the workers, the check takes half as long.
  test.describe.configure({ mode: 'parallel', timeout: 300_000 });
  test.beforeAll(() => mkdirSync(LAYOUT_DIR, { recursive: true }));

  for (const size of SIZES) {
    for (const lang of LANGS) {
      test(`every page at ${size.width} px in ${lang}`, async ({ browser }) => {
        const defects = await checkAll(browser, size, lang);
        expect(defects, defects.join('\n')).toEqual([]);
      });
    }
  }

  // The 69 communes and wards (2026-Q3): 69 names down the side, a commune's own page, the top-and-bottom slides.
  for (const size of SIZES) {
    for (const lang of LANGS) {
      test(`every page on the 69 communes and wards at ${size.width} px in ${lang}`, async ({ browser }) => {
        const defects = await checkAll(browser, size, lang, '2026-Q3', PAGES_69);
        expect(defects, defects.join('\n')).toEqual([]);
      });
    }
  }
});
