import type { TFunction } from 'i18next';
import { levelWords } from '../../../lib/i18n/level-words';
import type { PanelStatus } from '../../../components/panel';
import { samePeriodLastYear } from '../../../domain/period';
import type { RankingMethod } from '../../../domain/ranking';
import { formatDate, formatPeriod } from '../../../lib/format';
import type { UpstreamSourceId } from '../../../lib/http';
import type { Language } from '../../../lib/i18n';
import { exportFileName } from '../../../lib/export/file-name';
import { unitCodeOf, type SlideId } from '../slide-ids';
import type { BriefingData, SourceState } from '../use-briefing-data';
import {
  complaintsSlideData,
  disclosureSlideData,
  emulationSlideData,
  overviewSlideData,
  receptionSnapshot,
  servicesSlideData,
  unitSlideData,
  type SlideScope,
  type ThemeSlideData,
} from './slide-data';
import { leagueSlideContent, leagueSlideData } from './league-slide';
import { sameTerritoryRule } from '../../../domain/ranking';
import { overviewSlideContent, themeSlideContent, unitSlideContent, type ContentContext, type SlideContent } from './slide-content';
import '../messages';

export interface SourceStamp {
  readonly source: UpstreamSourceId;
  /** The system's own "data as of" time: the slide's data cut-off. */
  readonly asOf: string | null;
}

/** One slide, ready to draw, print or export. */
export interface SlideModel {
  readonly id: SlideId;
  readonly title: string;
  /** What the figures cover: the province, or one unit against the province. */
  readonly scope: string;
  readonly status: PanelStatus;
  /** Errors of the systems that failed, each named by its system. */
  readonly errors: readonly { readonly source: UpstreamSourceId; readonly error: unknown }[];
  readonly retry: () => void;
  readonly sources: readonly SourceStamp[];
  /** Built the first time it is read (see `lazySlide`): the slide on screen first, the others when shown or printed. */
  readonly content: SlideContent | null;
  /** Whether `content` is non-null, known without building it (status lines and the pack's readiness ask often). */
  readonly hasFigures?: boolean;
}

/**
 * A slide whose content is built on first read, once. Building every slide's figures, highlights and chart
 * whenever a system answered held a phone's main thread for over a second on the briefing page, while it shows
 * one slide at a time.
 */
function lazySlide(slide: Omit<SlideModel, 'content' | 'hasFigures'>, hasFigures: boolean, build: () => SlideContent): SlideModel {
  let built: SlideContent | null = null;
  return {
    ...slide,
    hasFigures,
    get content() {
      if (!hasFigures) return null;
      built ??= build();
      return built;
    },
  };
}

export interface BuildContext {
  readonly lang: Language;
  readonly t: TFunction;
  readonly selectedCode: string | null;
  readonly periodKey: string;
  /** The league table's method (runtime config overrides or the documented defaults). */
  readonly rankingMethod: RankingMethod;
}

type AnySource = SourceState<unknown>;

function combined(sources: readonly AnySource[], tolerateErrors: boolean): Pick<SlideModel, 'status' | 'errors' | 'retry'> {
  const errors = sources.filter((s) => s.status === 'error').map((s) => ({ source: s.source, error: s.error }));
  const pending = sources.some((s) => s.status === 'pending');
  const allFailed = errors.length === sources.length;
  const status: PanelStatus = errors.length && (!tolerateErrors || allFailed) ? 'error' : pending ? 'pending' : 'success';
  return { status, errors, retry: () => sources.filter((s) => s.status === 'error').forEach((s) => s.retry()) };
}

/** "Kỳ báo cáo: Năm 2024", "Phạm vi: Toàn tỉnh", "Nguồn: … (số liệu đến 02/12/2026 16:45)": printed in every export. */
export function exportContextLines(sources: readonly SourceStamp[], periodLabel: string, scope: string, ctx: Pick<BuildContext, 't' | 'lang'>): string[] {
  const { t, lang } = ctx;
  const stamp = (s: SourceStamp) =>
    s.asOf ? `${t(`sources.${s.source}`)} (${t('briefingPage.footer.asOf', { date: formatDate(s.asOf, lang, true) })})` : t(`sources.${s.source}`);
  return [
    `${t('briefingPage.footer.period')}: ${periodLabel}`,
    `${t('briefingPage.footer.scope')}: ${scope}`,
    `${t('briefingPage.footer.sources')}: ${sources.map(stamp).join('; ')}`,
  ];
}

/**
 * Every chosen slide, in order, each built from its own data object. A slide whose systems have not answered is
 * pending; one whose system failed shows that system's error and nothing else is affected.
 */
export function buildSlides(ids: readonly SlideId[], data: BriefingData, ctx: BuildContext): SlideModel[] {
  const { t, lang } = ctx;
  const periodLabel = formatPeriod(data.period, lang);
  const scope: SlideScope = { period: data.period, isAvailable: data.isAvailable, districts: data.districts };
  const fileName = (...qualifiers: readonly string[]) => exportFileName('trinh-chieu', data.period, ...qualifiers);
  const province = t('briefingPage.footer.scopeProvince');
  const contentContext = (sources: readonly SourceStamp[], scopeText = province): ContentContext => ({
    lang,
    t,
    selectedCode: ctx.selectedCode,
    exportContext: exportContextLines(sources, periodLabel, scopeText, ctx),
    fileName,
    periodLabel,
    words: levelWords(t, data.level),
  });
  const stamps = (...sources: AnySource[]): SourceStamp[] => sources.map((s) => ({ source: s.source, asOf: s.asOf }));

  // Theme data are built once and shared: a unit slide reads the very snapshots its theme slides chart.
  const cache = new Map<string, ThemeSlideData | null>();
  const theme = (key: 'disclosure' | 'complaints' | 'services' | 'emulation'): ThemeSlideData | null => {
    if (cache.has(key)) return cache.get(key) ?? null;
    let built: ThemeSlideData | null = null;
    if (data.units.data) {
      if (key === 'disclosure' && data.disclosure.data) built = disclosureSlideData(data.disclosure.data, scope);
      if (key === 'complaints' && data.complaints.data) built = complaintsSlideData(data.complaints.data, scope);
      if (key === 'services' && data.caseFiles.data) built = servicesSlideData(data.caseFiles.data, scope, data.serviceCatalogue.data);
      if (key === 'emulation' && data.emulation.data) built = emulationSlideData(data.emulation.data, scope);
    }
    cache.set(key, built);
    return built;
  };
  const themeSource = { disclosure: data.disclosure, complaints: data.complaints, services: data.caseFiles, emulation: data.emulation } as const;

  return ids.map((id): SlideModel => {
    if (id === 'overview') {
      const sources = [data.disclosure, data.complaints, data.caseFiles, data.emulation] as AnySource[];
      const state = combined(sources, true);
      const sourceStamps = stamps(...sources);
      return lazySlide({ id, title: t('briefingPage.slide.overview'), scope: province, ...state, sources: sourceStamps }, state.status === 'success', () =>
        overviewSlideContent(
          overviewSlideData(
            { complaints: data.complaints.data, caseFiles: data.caseFiles.data, disclosure: data.disclosure.data, models: data.emulation.data },
            scope,
          ),
          contentContext(sourceStamps),
          { current: periodLabel, lastYear: formatPeriod(samePeriodLastYear(data.period), lang) },
        ),
      );
    }
    const code = unitCodeOf(id);
    if (code !== null) {
      const sources = [data.units, data.disclosure, data.complaints, data.caseFiles] as AnySource[];
      const state = combined(sources, false);
      const name = data.districts.find((d) => d.code === code)?.fullName ?? code;
      const sourceStamps = stamps(...sources);
      const unitScope = t('briefingPage.footer.scopeUnit', { name });
      const complaints = data.complaints.data;
      return lazySlide({ id, title: t('briefingPage.slide.unit', { name }), scope: unitScope, ...state, sources: sourceStamps }, state.status === 'success' && complaints !== null, () => {
        const services = theme('services');
        const unit = unitSlideData(code, name, [
          theme('disclosure')?.primary ?? null,
          theme('complaints')?.primary ?? null,
          complaints ? receptionSnapshot(complaints, scope) : null,
          services?.primary ?? null,
          services?.secondary[0] ?? null,
        ]);
        return unitSlideContent(unit, contentContext(sourceStamps, unitScope));
      });
    }
    if (id === 'league') {
      // Ranked without a theme whose system failed, as the rankings page does; the slide says which one failed.
      const sources = [data.disclosure, data.complaints, data.caseFiles, data.emulation] as AnySource[];
      const state = data.units.status !== 'success' ? combined([data.units], false) : combined(sources, true);
      const sourceStamps = stamps(...sources);
      const units = data.units.data;
      return lazySlide({ id, title: t('briefingPage.slide.league'), scope: province, ...state, sources: sourceStamps }, state.status === 'success' && units !== null, () =>
        leagueSlideContent(
          leagueSlideData(
            data.period,
            data.isAvailable,
            data.rankedSetOf ?? units ?? [],
            {
              disclosureRows: data.disclosure.data,
              complaintsByYear: data.complaints.data,
              caseFilesByYear: data.caseFiles.data,
              models: data.emulation.data,
              population: (unit) => data.population(unit)?.population ?? null,
            },
            ctx.rankingMethod,
            sameTerritoryRule(data.history),
          ),
          contentContext(sourceStamps),
        ),
      );
    }
    const themeId = id as keyof typeof themeSource;
    const source = themeSource[themeId];
    const sources = [data.units, source] as AnySource[];
    const state = combined(sources, false);
    const sourceStamps = stamps(source as AnySource);
    // `theme()` builds from these: with both loaded, the slide has its figures.
    const loaded = state.status === 'success' && data.units.data !== null && source.data !== null;
    return lazySlide({ id, title: t(`briefingPage.slide.${themeId}`), scope: province, ...state, sources: sourceStamps }, loaded, () => {
      const built = theme(themeId);
      if (!built) throw new Error(`slide ${themeId}: its data were loaded but its figures could not be built`);
      return themeSlideContent(built, contentContext(sourceStamps));
    });
  });
}
