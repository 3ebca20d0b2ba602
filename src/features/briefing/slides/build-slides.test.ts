import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DistrictDisclosureQuarter } from '../../../domain/disclosure';
import type { EmulationModel } from '../../../domain/emulation';
import type { Period } from '../../../domain/period';
import type { ServiceLevelRecord } from '../../../domain/procedures';
import { populationOf } from '../../../domain/population';
import { DEFAULT_METHOD } from '../../../domain/ranking';
import type { AdminUnit } from '../../../domain/units';
import { initI18n } from '../../../lib/i18n';
import type { BriefingData, SourceState } from '../use-briefing-data';
import { caseFileYear, complaintYear, DISTRICTS } from './test-fixtures';

// Counts how often each slide's content is built, with the real builders underneath.
const built = vi.hoisted(() => ({ theme: 0, overview: 0 }));
vi.mock('./slide-content', async (importOriginal) => {
  const real = await importOriginal<typeof import('./slide-content')>();
  return {
    ...real,
    themeSlideContent: (...args: Parameters<typeof real.themeSlideContent>) => {
      built.theme++;
      return real.themeSlideContent(...args);
    },
    overviewSlideContent: (...args: Parameters<typeof real.overviewSlideContent>) => {
      built.overview++;
      return real.overviewSlideContent(...args);
    },
  };
});
const { buildSlides } = await import('./build-slides');
const { missingSlides, packReady, slidesWithFigures } = await import('../pack-input');

const i18n = initI18n('vi');
const t = i18n.getFixedT('vi');
const year2024: Period = { kind: 'year', year: 2024 };
const units = DISTRICTS.map((d) => ({ ...d, name: d.fullName, level: 'district' }) as unknown as AdminUnit);

function source<T>(id: SourceState<T>['source'], data: T | null, status: SourceState<T>['status'] = data === null ? 'pending' : 'success'): SourceState<T> {
  return { source: id, status, error: status === 'error' ? new Error('HTTP 500') : null, data, asOf: data === null ? null : '2026-12-02T09:45:00+07:00', retry: () => undefined };
}

function briefingData(emulation: SourceState<readonly EmulationModel[]>): BriefingData {
  return {
    period: year2024,
    isAvailable: (p) => p.year >= 2017 && p.year <= 2024,
    districts: units,
    level: 'district',
    population: populationOf,
    units: source('units', units),
    complaints: source('complaints', new Map([[2024, complaintYear(2024, { '443': { received: 10, within: 8, resolved: 6, overLevel: 1, sessions: 2 }, '441': { received: 5, within: 4, resolved: 4, overLevel: 0, sessions: 1 } })]])),
    caseFiles: source('procedures', new Map([[2024, caseFileYear(2024, { '443': { online: 6, inPerson: 4, onTime: 9, late: 1 }, '441': { online: 1, inPerson: 3, onTime: 4, late: 0 } })]])),
    disclosure: source<readonly DistrictDisclosureQuarter[]>('disclosure', null, 'error'),
    emulation,
    serviceCatalogue: source<readonly ServiceLevelRecord[]>('procedures', null),
    rankedSetOf: null,
    history: null,
  };
}

const ctx = { lang: 'vi' as const, t, selectedCode: null, periodKey: '2024', rankingMethod: DEFAULT_METHOD };
const IDS = ['overview', 'disclosure', 'complaints', 'services', 'emulation'] as const;

describe('buildSlides', () => {
  beforeEach(() => {
    built.theme = 0;
    built.overview = 0;
  });

  it('builds no slide’s figures until that slide is read, and each once', () => {
    const slides = buildSlides(IDS, briefingData(source<readonly EmulationModel[]>('emulation', [])), ctx);
    expect(built).toEqual({ theme: 0, overview: 0 });
    const complaints = slides.find((s) => s.id === 'complaints');
    expect(complaints?.content?.highlights.length).toBeGreaterThan(0);
    void complaints?.content;
    expect(built).toEqual({ theme: 1, overview: 0 });
  });

  it('knows which slides have figures without building them, as reading them would say', () => {
    // The reporting app failed and the registry has not answered: those slides have no figures.
    const slides = buildSlides(IDS, briefingData(source<readonly EmulationModel[]>('emulation', null)), ctx);
    expect(slides.map((s) => [s.id, s.hasFigures])).toEqual([
      ['overview', false],
      ['disclosure', false],
      ['complaints', true],
      ['services', true],
      ['emulation', false],
    ]);
    expect(packReady(slides)).toBe(false);
    expect(missingSlides(slides, t).map((m) => m.title)).toEqual(['Tổng quan', 'Công khai theo QCDCCS', 'Phong trào “Dân vận khéo”']);
    expect(built).toEqual({ theme: 0, overview: 0 });
    for (const s of slides) expect({ id: s.id, built: s.content !== null }).toEqual({ id: s.id, built: s.hasFigures });
    expect(slidesWithFigures(slides).map((s) => s.id)).toEqual(['complaints', 'services']);
  });
});
