import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { describeError } from '../../components/panel';
import { formatDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { scaleChartText } from './slides/chart-text';
import type { SlideModel } from './slides/build-slides';

export interface SlideViewProps {
  readonly slide: SlideModel;
  readonly index: number;
  readonly count: number;
  readonly periodLabel: string;
  readonly presenting: boolean;
  /** Viewport size while presenting: the chart is sized to the screen, its text to the room. */
  readonly viewport: { readonly width: number; readonly height: number };
  readonly selectedCode: string | null;
  readonly onSelectUnit: (code: string) => void;
  readonly unitCodes: ReadonlySet<string>;
}

/** Text scale of the chart on a projector: ECharts' 12 px becomes ~22 px on a 1920-pixel-wide screen. */
export function chartTextScale(presenting: boolean, width: number): number {
  return presenting ? Math.min(2, Math.max(1, width / 1050)) : 1;
}

/** Chart height: the slide's body less its title bands; the overview gives room to its headline figures. */
export function chartHeight(presenting: boolean, viewportHeight: number, withKpis: boolean): number {
  if (!presenting) return withKpis ? 300 : 380;
  const share = withKpis ? 0.46 : 0.68;
  return Math.max(260, Math.round(viewportHeight * share));
}

/**
 * One slide: its title, one chart with its table and downloads, the highlights written from the same figures, and
 * a footer with the period, each source and its data cut-off, and the slide counter.
 */
export function SlideView({ slide, index, count, periodLabel, presenting, viewport, selectedCode, onSelectUnit, unitCodes }: SlideViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const content = slide.content;
  const withKpis = (content?.kpis.length ?? 0) > 0;
  const baseOption = content?.option ?? null;
  const option = useMemo(() => (baseOption ? scaleChartText(baseOption, chartTextScale(presenting, viewport.width)) : null), [baseOption, presenting, viewport.width]);
  const firstError = slide.errors[0]?.error;
  const titleId = `slide-title-${slide.id}`;

  return (
    <article className={`slide slide-${slide.id.startsWith('unit-') ? 'unit' : slide.id}`} aria-labelledby={titleId} data-testid="slide" data-slide-id={slide.id}>
      <header className="slide-header">
        <h2 id={titleId} className="slide-title" data-testid="slide-title">
          {slide.title}
        </h2>
        <p className="slide-period">{periodLabel}</p>
      </header>

      {slide.status === 'success' && slide.errors.length > 0 && (
        <div className="panel-error slide-partial-error" role="alert">
          {slide.errors.map((e) => (
            <p key={e.source}>{describeError(e.error, t)}</p>
          ))}
          <button type="button" className="button" onClick={slide.retry}>
            {t('panel.retry')}
          </button>
        </div>
      )}

      {withKpis && content && (
        <ul className="slide-kpis" aria-label={t('briefingPage.chart.overview')}>
          {content.kpis.map((k) => (
            <li key={k.id} className="slide-kpi" data-testid={`slide-kpi-${k.id}`}>
              <span className="slide-kpi-label">{k.label}</span>
              <span className="slide-kpi-value" data-testid={`slide-kpi-${k.id}-value`}>
                {k.value}
              </span>
              <span className={`slide-kpi-change tone-${k.tone}`}>{k.change}</span>
            </li>
          ))}
        </ul>
      )}

      <div className="slide-body">
        <ChartPanel
          title={content?.chartTitle ?? slide.title}
          sources={slide.sources.map((s) => s.source)}
          asOf={slide.sources[0]?.asOf}
          status={slide.status}
          error={firstError}
          onRetry={slide.retry}
          table={content?.table ?? null}
          option={option}
          height={chartHeight(presenting, viewport.height, withKpis)}
          ariaLabel={t('briefingPage.chart.aria', { title: content?.chartTitle ?? slide.title })}
          onItemClick={({ name }) => unitCodes.has(name) && onSelectUnit(name)}
          selectedKey={selectedCode}
          onSelectRow={(code) => unitCodes.has(code) && onSelectUnit(code)}
          testId={`slide-${slide.id}`}
          className="slide-chart"
        />
        <section className="slide-highlights" aria-labelledby={`${titleId}-highlights`}>
          <h3 id={`${titleId}-highlights`}>{t('briefingPage.highlights')}</h3>
          {content && content.highlights.length > 0 ? (
            <ul data-testid="slide-highlights">
              {content.highlights.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          ) : (
            <p className="slide-muted">{slide.status === 'pending' ? t('panel.loading') : t('briefingPage.noHighlights')}</p>
          )}
          {content?.notes.map((n) => (
            <p key={n} className="slide-note">
              {n}
            </p>
          ))}
        </section>
      </div>

      <footer className="slide-footer">
        <p className="slide-meta" data-testid="slide-meta">
          <span>
            {t('briefingPage.footer.period')}: {periodLabel}
          </span>
          <span>
            {t('briefingPage.footer.scope')}: {slide.scope}
          </span>
          <span>
            {t('briefingPage.footer.sources')}:{' '}
            {slide.sources.map((s, i) => (
              <span key={s.source}>
                {i > 0 && '; '}
                {t(`sources.${s.source}`)}
                {s.asOf && (
                  <>
                    {' ('}
                    {t('briefingPage.footer.asOfLabel')} <time dateTime={s.asOf}>{formatDate(s.asOf, lang, true)}</time>
                    {')'}
                  </>
                )}
              </span>
            ))}
          </span>
        </p>
        <p className="slide-counter" data-testid="slide-counter" aria-live="polite">
          {t('briefingPage.footer.counter', { n: index + 1, count })}
        </p>
      </footer>
    </article>
  );
}
