import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { useConfig } from '../../state/config-context';
import { useDashboardState } from '../../state/url-state';
import { formatCell } from '../../components/table/DataTable';
import { downloadBlob } from '../../lib/export/download';
import { exportFileName } from '../../lib/export/file-name';
import { resolveMethod } from '../../domain/ranking';
import { formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { boundariesForPeriod, boundariesQueries, type Boundaries } from '../../sources/boundaries';
import { Deck } from './Deck';
import { missingSlides, packInput, packReady } from './pack-input';
import {
  defaultSlides,
  FIXED_SLIDES,
  parseSlideList,
  serialiseSlideList,
  SLIDES_PARAM,
  type FixedSlideId,
  type SlideCatalogue,
  type SlideId,
  unitCodeOf,
} from './slide-ids';
import { browserStorage, loadSavedSlides, saveSlides } from './slide-store';
import { SlideView } from './SlideView';
import { SlidePicker } from './SlidePicker';
import { buildSlides } from './slides/build-slides';
import { useBriefingData } from './use-briefing-data';
import { useViewport } from './use-viewport';
import './briefing.css';
import './messages';

const FIXED_AVAILABLE: readonly FixedSlideId[] = FIXED_SLIDES;

type PdfState = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly pages: number } | { readonly kind: 'error'; readonly message: string };

/**
 * Briefing mode: the period's slides (overview, each theme, chosen units) for the Standing Committee's table, on a
 * projector with keys and clickers, or as an A4 briefing pack.
 */
export default function BriefingPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const queryClient = useQueryClient();
  const { period, periodKey, unitCode, toggleUnit } = useDashboardState();
  const [params, setParams] = useSearchParams();
  const data = useBriefingData(period);
  const viewport = useViewport();
  const periodLabel = formatPeriod(period, lang);
  const rankingMethod = useMemo(() => resolveMethod(config.ranking), [config.ranking]);

  const unitCodes = useMemo(() => (data.units.data ? new Set(data.districts.map((d) => d.code)) : null), [data.units.data, data.districts]);
  const catalogue = useMemo<SlideCatalogue>(() => ({ fixed: FIXED_AVAILABLE, unitCodes }), [unitCodes]);
  // Read on every render: cheap, and a set saved in another tab is picked up.
  const saved = loadSavedSlides(browserStorage(), catalogue);
  const ids = parseSlideList(params.get(SLIDES_PARAM), catalogue) ?? saved ?? defaultSlides(catalogue);
  const idsKey = serialiseSlideList(ids);

  const setIds = useCallback(
    (next: readonly SlideId[]) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          p.set(SLIDES_PARAM, serialiseSlideList(next));
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );

  const [rawIndex, setIndex] = useState(0);
  const index = Math.min(rawIndex, Math.max(0, ids.length - 1));
  const [presenting, setPresenting] = useState(false);
  const [fullscreenRequested, setFullscreenRequested] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);

  const slides = useMemo(
    () => buildSlides(ids, data, { lang, t, selectedCode: unitCode, periodKey, rankingMethod }),
    // ids is rebuilt from the URL on each render; idsKey is its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [idsKey, data, lang, t, unitCode, periodKey, rankingMethod],
  );
  const slide = slides[index];
  // Slides build their figures when first read (the one on screen now); the next one is built while the page is idle,
  // so stepping forward on a clicker does not wait for it.
  useEffect(() => {
    const next = slides[index + 1];
    if (!next?.hasFigures) return;
    const build = () => void next.content;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(build, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(build, 200);
    return () => clearTimeout(id);
  }, [slides, index]);
  const everyUnitCode = useMemo(() => unitCodes ?? new Set<string>(), [unitCodes]);

  const present = (full: boolean) => {
    setFullscreenRequested(full);
    setPresenting(true);
  };
  const onPresenting = useCallback((value: boolean) => {
    setPresenting(value);
    if (!value) requestAnimationFrame(() => startButton.current?.focus());
  }, []);

  // The current URL (period, unit, language) with the slide list in it, even before the list was changed.
  const shareUrl = new URL(window.location.href);
  shareUrl.searchParams.set(SLIDES_PARAM, idsKey);
  const shareLink = shareUrl.toString();

  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const ready = packReady(slides);
  const missing = missingSlides(slides, t);
  const makePack = async () => {
    setPdf({ kind: 'busy' });
    try {
      // The theme maps' own query: already cached when a map was shown; a failure leaves a note instead of the maps.
      // The file the period is drawn on (one per unit set), as on the theme pages.
      const file = boundariesForPeriod(config.boundaries, period)?.file ?? null;
      const boundaries: Boundaries | null = file ? await queryClient.fetchQuery(boundariesQueries.file(file)).catch(() => null) : null;
      const { makeBriefingPack } = await import('../../components/pdf/briefing-pack');
      const input = packInput(slides, {
        t,
        lang,
        periodLabel,
        provinceName: config.province.name,
        issuedAt: new Date(),
        demo: config.demo,
        selectedUnitName: unitCode ? (data.districts.find((d) => d.code === unitCode)?.fullName ?? unitCode) : null,
        formatCell: (value, kind) => formatCell(value, kind, lang),
        maps: { boundaries, illustrative: file?.illustrative ?? false, credits: file?.attribution ? [file.attribution] : [] },
      });
      const pack = await makeBriefingPack(input);
      downloadBlob(pack.blob, `${exportFileName('bao-cao-giao-ban', period)}.pdf`);
      setPdf({ kind: 'done', pages: pack.pages });
    } catch (error) {
      setPdf({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => {
    if (rawIndex !== index) setIndex(index);
  }, [rawIndex, index]);

  const titleOf = (id: SlideId) => {
    const code = unitCodeOf(id);
    if (code === null) return t(`briefingPage.slide.${id}`);
    return t('briefingPage.slide.unit', { name: data.districts.find((d) => d.code === code)?.fullName ?? code });
  };
  const pdfButton = (
    <button type="button" className="button secondary small" onClick={() => void makePack()} disabled={!ready || pdf.kind === 'busy'} data-testid="make-pdf">
      {pdf.kind === 'busy' ? t('briefingPage.pdf.busy') : t('briefingPage.pdf.button')}
    </button>
  );

  return (
    <div className="page briefing-page">
      <header className="page-header">
        <h1>{t('briefingPage.title')}</h1>
        <p>{t('briefingPage.subtitle', { period: periodLabel })}</p>
      </header>

      <div className="briefing-toolbar">
        <button ref={startButton} type="button" className="button" onClick={() => present(false)} disabled={!slides.length} data-testid="start-presenting">
          {t('briefingPage.deck.start')}
        </button>
        <button type="button" className="button secondary" onClick={() => present(true)} disabled={!slides.length}>
          {t('briefingPage.deck.fullscreen')}
        </button>
        <button type="button" className="button secondary" onClick={() => void makePack()} disabled={!ready || pdf.kind === 'busy'}>
          {pdf.kind === 'busy' ? t('briefingPage.pdf.busy') : t('briefingPage.pdf.button')}
        </button>
        <p role="status" className="briefing-status" data-testid="pdf-status">
          {pdf.kind === 'error'
            ? t('briefingPage.pdf.failed', { message: pdf.message })
            : pdf.kind === 'done'
              ? t('briefingPage.pdf.done', { pages: pdf.pages })
              : !ready
                ? t('briefingPage.pdf.waiting')
                : missing.length
                  ? t('briefingPage.pdf.partial', { count: missing.length, slides: missing.map((m) => (m.systems.length ? `${m.title} (${m.systems.join('; ')})` : m.title)).join(', ') })
                  : ''}
        </p>
        <p className="slide-muted briefing-keys">{t('briefingPage.deck.keys')}</p>
      </div>

      <div className="briefing-layout">
        <SlidePicker
          slides={ids}
          titleOf={titleOf}
          fixed={FIXED_AVAILABLE}
          units={data.districts}
          onChange={(next) => setIds(next)}
          onSave={() => saveSlides(browserStorage(), ids)}
          onReset={() => setIds(defaultSlides(catalogue))}
          shareLink={shareLink}
        />
        <Deck
          count={slides.length}
          index={index}
          onIndex={setIndex}
          presenting={presenting}
          onPresenting={onPresenting}
          fullscreenRequested={fullscreenRequested}
          extraControls={presenting ? pdfButton : null}
        >
          {slide ? (
            <SlideView
              key={slide.id}
              slide={slide}
              index={index}
              count={slides.length}
              periodLabel={periodLabel}
              presenting={presenting}
              viewport={viewport}
              selectedCode={unitCode}
              onSelectUnit={toggleUnit}
              unitCodes={everyUnitCode}
            />
          ) : (
            <p className="slide-muted">{t('briefingPage.deck.empty')}</p>
          )}
        </Deck>
      </div>
    </div>
  );
}
