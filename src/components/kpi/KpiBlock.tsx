import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { KpiFigure } from '../../domain/kpi';
import { formatPeriodShort } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { Sparkline } from './Sparkline';

export type KpiFormat = 'percent' | 'count';

interface KpiBlockProps {
  readonly label: string;
  readonly figure: KpiFigure;
  /** Formats the value itself. */
  readonly format: (value: number | null) => string;
  /** Formats a change: points for rates, signed counts for counts. */
  readonly formatChange: (delta: number | null) => string;
  readonly higherIsBetter: boolean;
  readonly href: string;
  readonly testId?: string;
  /** Names the comparison when it is not "the same period last year", e.g. a stock against a named year end. */
  readonly comparisonLabel?: string;
}

function changeClass(delta: number | null, higherIsBetter: boolean) {
  if (delta === null || delta === 0) return '';
  const up = delta > 0;
  return up ? (higherIsBetter ? 'up-good' : 'up-bad') : higherIsBetter ? 'down-bad' : 'down-good';
}

const arrow = (delta: number | null) => (delta === null || delta === 0 ? '' : delta > 0 ? '▲ ' : '▼ ');

/** One headline figure: value, change vs previous period and vs same period last year, and a trend line. It links to its theme. */
export function KpiBlock({ label, figure, format, formatChange, higherIsBetter, href, testId, comparisonLabel }: KpiBlockProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  // Years and cumulative 6- and 9-month periods are compared with the year before: one comparison, said once.
  const current = figure.trend.at(-1)?.period;
  const previousIsLastYear = current !== undefined && (current.kind === 'year' || current.kind === 'half' || current.kind === 'nine');
  const trendLabel = `${t('overview.trend', { count: figure.trend.length })}: ${figure.trend
    .map((p) => `${formatPeriodShort(p.period, lang)} ${format(p.value)}`)
    .join('; ')}`;
  return (
    <Link href={href} className="kpi" data-testid={testId}>
      <p className="kpi-label">{label}</p>
      <p className="kpi-value" data-testid={testId ? `${testId}-value` : undefined}>
        {format(figure.current)}
      </p>
      <ul className="kpi-changes">
        {!previousIsLastYear && (
          <li className={changeClass(figure.changeVsPrevious, higherIsBetter)}>
            {figure.previous === null ? t('overview.noComparison') : `${arrow(figure.changeVsPrevious)}${formatChange(figure.changeVsPrevious)}`}{' '}
            <span>{t('overview.vsPrevious')}</span>
          </li>
        )}
        <li className={changeClass(figure.changeVsLastYear, higherIsBetter)}>
          {figure.lastYear === null ? t('overview.noComparison') : `${arrow(figure.changeVsLastYear)}${formatChange(figure.changeVsLastYear)}`}{' '}
          <span>{comparisonLabel ?? t('overview.vsLastYear')}</span>
        </li>
      </ul>
      <Sparkline values={figure.trend.map((p) => p.value)} label={trendLabel} />
    </Link>
  );
}
