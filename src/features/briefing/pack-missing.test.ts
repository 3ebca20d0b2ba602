import { describe, expect, it } from 'vitest';
import { initI18n } from '../../lib/i18n';
import { UpstreamError } from '../../lib/http';
import { missingSlides, packInput, packReady, type PackContext } from './pack-input';
import type { SlideModel } from './slides/build-slides';

const i18n = initI18n('en');
const t = i18n.getFixedT('en');

const slide = (id: SlideModel['id'], title: string, status: SlideModel['status'], failed: SlideModel['errors'] = []): SlideModel => ({
  id,
  title,
  scope: 'Province',
  status,
  errors: failed,
  retry: () => undefined,
  sources: [],
  content:
    status === 'success'
      ? { highlights: ['x'], notes: [], kpis: [], chartTitle: title, option: null, table: null, map: null } as unknown as SlideModel['content']
      : null,
});

const context: PackContext = {
  t,
  lang: 'en',
  periodLabel: '2024',
  provinceName: 'Hà Tĩnh',
  issuedAt: new Date('2025-01-20T00:00:00Z'),
  demo: false,
  selectedUnitName: null,
  formatCell: (v) => String(v),
};

describe('a briefing pack with a failing system', () => {
  const failing = [{ source: 'complaints' as const, error: new UpstreamError('complaints', 'http', 'x', 500) }];
  const slides = [slide('overview', 'Overview', 'success'), slide('complaints', 'Complaints', 'error', failing), slide('services', 'Services', 'success')];

  it('can be made once nothing is still loading, with the slides whose systems answered', () => {
    expect(packReady(slides)).toBe(true);
    expect(packReady([...slides, slide('emulation', 'Models', 'pending')])).toBe(false);
    expect(packReady([slide('complaints', 'Complaints', 'error', failing)])).toBe(false);
  });

  it('leaves the failed slide out and names it, with its system, on the cover', () => {
    const input = packInput(slides, context);
    expect(input.slides.map((s) => s.title)).toEqual(['Overview', 'Services']);
    const cover = input.cover.find((c) => c.label === 'Not included (system did not answer)');
    expect(cover?.lines).toEqual(['Complaints (Citizen reception & complaints reporting system)']);
    expect(missingSlides(slides, t)).toEqual([{ title: 'Complaints', systems: ['Citizen reception & complaints reporting system'] }]);
  });

  it('has no such cover line when every system answered', () => {
    const input = packInput([slides[0] as SlideModel], context);
    expect(input.cover.some((c) => c.label.startsWith('Not included'))).toBe(false);
  });
});
