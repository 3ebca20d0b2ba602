import type { TFunction } from 'i18next';
import type { CellValue, ColumnKind } from '../../lib/export/table-data';
import type { BriefingPackInput, PackMap, PackSlide } from '../../components/pdf/types';
import { formatDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { Boundaries } from '../../sources/boundaries';
import type { SlideModel, SourceStamp } from './slides/build-slides';
import { exportContextLines } from './slides/build-slides';
import './messages';

export interface PackContext {
  readonly t: TFunction;
  readonly lang: Language;
  readonly periodLabel: string;
  readonly provinceName: string;
  readonly issuedAt: Date;
  readonly demo: boolean;
  /** The unit chosen in the shell, highlighted in every chart. */
  readonly selectedUnitName: string | null;
  readonly formatCell: (value: CellValue, kind: ColumnKind) => string;
  /**
   * The boundaries the theme maps draw on (the maps' own query), or null when they failed to load: the theme slides
   * then print a one-line note instead of the map. Without this, the pack has no maps.
   */
  readonly maps?: { readonly boundaries: Boundaries | null; readonly illustrative: boolean; readonly credits?: readonly string[] };
}

/** Every source once, with the latest cut-off any slide reports for it. */
export function sourcesOf(slides: readonly SlideModel[]): SourceStamp[] {
  const latest = new Map<string, SourceStamp>();
  for (const s of slides)
    for (const stamp of s.sources) {
      const known = latest.get(stamp.source);
      if (!known || (stamp.asOf ?? '') > (known.asOf ?? '')) latest.set(stamp.source, stamp);
    }
  return [...latest.values()];
}

/** A slide left out of the pack because a system it needs did not answer, with those systems named. */
export interface MissingSlide {
  readonly title: string;
  readonly systems: readonly string[];
}

/** Whether a slide has its figures, without building them when the slide says so itself. */
const withFigures = (s: SlideModel) => s.status === 'success' && (s.hasFigures ?? s.content !== null);

/** The slides whose figures are in: the pack is made from these, whatever the others' systems do. */
export function slidesWithFigures(slides: readonly SlideModel[]): SlideModel[] {
  return slides.filter(withFigures);
}

/** The slides without figures, each with the systems that failed it (named for the cover and the status line). */
export function missingSlides(slides: readonly SlideModel[], t: TFunction): MissingSlide[] {
  return slides
    .filter((s) => !withFigures(s))
    .map((s) => ({ title: s.title, systems: [...new Set(s.errors.map((e) => t(`sources.${e.source}`)))] }));
}

/** When a pack can be made: no slide is still loading, and at least one has its figures. */
export function packReady(slides: readonly SlideModel[]): boolean {
  return slides.length > 0 && slides.every((s) => s.status !== 'pending') && slidesWithFigures(slides).length > 0;
}

/**
 * What the PDF shows, from the slides as built for the screen: the same titles, highlights, options and tables.
 * Nothing is computed again; the pack is the slides on paper.
 */
export function packInput(allSlides: readonly SlideModel[], ctx: PackContext): BriefingPackInput {
  const { t, lang } = ctx;
  // A slide whose system failed is left out and named on the cover, so one failing system never blocks the pack.
  const slides = slidesWithFigures(allSlides);
  const missing = missingSlides(allSlides, t);
  const mapOf = (s: SlideModel): PackMap | null => {
    const map = s.content?.map;
    if (!map || !ctx.maps) return null;
    const { boundaries, illustrative, credits } = ctx.maps;
    if (!boundaries) return { title: map.title, drawing: null, note: t('briefingPage.map.unavailable') };
    return {
      title: map.title,
      drawing: { features: boundaries.collection.features, values: map.values, scale: map.scale, names: map.names, labels: map.labels, formatValue: map.formatValue, credits },
      note: illustrative ? t('briefingPage.map.illustrative') : null,
    };
  };
  const toPack = (s: SlideModel): PackSlide => ({
    title: s.title,
    highlightsHeading: t('briefingPage.highlights'),
    highlights: s.content?.highlights ?? [],
    notes: s.content?.notes ?? [],
    // The embedded font has no arrow glyphs; the signed figure says the direction on paper.
    kpis: (s.content?.kpis ?? []).map((k) => ({ label: k.label, value: k.value, change: k.change.replace(/^[▲▼=]\s*/, '') })),
    chartTitle: s.content?.chartTitle ?? s.title,
    option: s.content?.option ?? null,
    table: s.content?.table ?? null,
    map: mapOf(s),
    footer: exportContextLines(s.sources, ctx.periodLabel, s.scope, ctx),
  });
  const cutOff = sourcesOf(slides).map((s) => `${t(`sources.${s.source}`)}: ${s.asOf ? formatDate(s.asOf, lang, true) : '–'}`);
  return {
    title: t('briefingPage.pdf.title'),
    subtitle: t('briefingPage.pdf.subtitle'),
    province: t('briefingPage.pdf.province', { name: ctx.provinceName }),
    cover: [
      { label: t('briefingPage.pdf.period'), lines: [ctx.periodLabel] },
      {
        label: t('briefingPage.pdf.filters'),
        lines: [
          `${t('briefingPage.footer.scope')}: ${t('briefingPage.footer.scopeProvince')}`,
          ...(ctx.selectedUnitName ? [t('briefingPage.pdf.selectedUnit', { name: ctx.selectedUnitName })] : []),
        ],
      },
      { label: t('briefingPage.pdf.cutOff'), lines: cutOff },
      { label: t('briefingPage.pdf.issued'), lines: [formatDate(ctx.issuedAt.toISOString(), lang)] },
      ...(missing.length
        ? [{ label: t('briefingPage.pdf.missing'), lines: missing.map((m) => (m.systems.length ? `${m.title} (${m.systems.join('; ')})` : m.title)) }]
        : []),
    ],
    contentsHeading: t('briefingPage.pdf.contents'),
    coverNote: ctx.demo ? t('briefingPage.pdf.demo') : null,
    slides: slides.map(toPack),
    runningHeader: `${t('briefingPage.pdf.title')} · ${ctx.periodLabel}`,
    pageLabel: (page, count) => t('briefingPage.pdf.page', { page, count }),
    formatCell: ctx.formatCell,
  };
}
