import { exportFileName } from '../../lib/export/file-name';
import { useMemo } from 'react';
import { buildRankingOption, rankRows } from '../../components/chart/build-ranking-option';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import type { OwnerKind } from '../../domain/procedures';
import { formatPercent, formatPeriod } from '../../lib/format';
import { withNarrowLayout } from './narrow-layout';
import { tidyRankingOption } from './tidy-ranking-option';
import { exportContext, percentOf, type ServicesPageContext } from './page-context';
import { ON_TIME_REFERENCE } from './service-references';
import { rateIn, type Measure, type OwnerFigures } from './measures';
import { rankingTable, type Named } from './services-tables';

interface RankingPanelProps {
  readonly ctx: ServicesPageContext;
  readonly kind: OwnerKind;
  readonly measure: Extract<Measure, 'online' | 'onTime'>;
  readonly rows: readonly Named<OwnerFigures>[];
  /** The group's rate, pooled over its owners' counts by the catalogue. */
  readonly pooled: number | null;
  readonly lastYear: ReadonlyMap<string, number | null>;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf: string | null;
}

/** Units of one kind ranked on the page's measure, with the group's pooled rate and, for on-time, the threshold. */
export function RankingPanel({ ctx, kind, measure, rows, pooled: groupRate, lastYear, status, error, onRetry, asOf }: RankingPanelProps) {
  const { t, lang, period } = ctx;
  const format = percentOf(lang);
  const selected = kind === 'district' ? ctx.unitCode : ctx.marked;
  const title = t(kind === 'district' ? 'servicesPage.ranking.districtsTitle' : 'servicesPage.ranking.departmentsTitle', {
    measure: t(`servicesPage.measure.${measure}`),
    ...ctx.words,
  });

  const { option, table, aria, pooled } = useMemo(() => {
    if (!rows.length) return { option: null, table: null, aria: title, pooled: null };
    const rankingRows = rows.map((r) => ({ code: r.code, name: r.name, value: rateIn(r.figures, measure) }));
    const built = buildRankingOption(rankingRows, {
      format,
      better: 'higher',
      selectedCode: selected,
      target: measure === 'onTime' ? { value: ON_TIME_REFERENCE, label: t('servicesPage.target.label', { value: formatPercent(ON_TIME_REFERENCE, lang, 0) }) } : null,
      noDataLabel: t('units.noData'),
    });
    const ranked = rankRows(rankingRows, 'higher').filter((r) => r.value !== null);
    const first = ranked[0];
    const last = ranked.at(-1);
    return {
      option: withNarrowLayout(tidyRankingOption(built, kind === 'department' ? 190 : 150, (v) => formatPercent(v, lang, 0)), kind === 'department' ? 110 : 125),
      pooled: groupRate,
      table: rankingTable(rows, measure, lastYear, t, {
        title,
        context: exportContext(ctx, asOf),
        fileName: exportFileName('dich-vu-cong-xep-hang', period, kind, measure),
      }),
      aria: t('servicesPage.ranking.aria', {
        title,
        period: formatPeriod(period, lang),
        first: first ? `${first.name} ${format(first.value as number)}` : '–',
        last: last ? `${last.name} ${format(last.value as number)}` : '–',
      }),
    };
    // ctx changes identity every render; its parts that matter are listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, measure, lastYear, selected, lang, t, period, kind, asOf, title]);

  const definition =
    measure === 'onTime'
      ? `${t('servicesPage.measureDef.onTime')} ${t('servicesPage.target.def', { value: formatPercent(ON_TIME_REFERENCE, lang, 0) })}`
      : `${t(`servicesPage.measureDef.${measure}`)} ${t('servicesPage.pooledNote')}`;

  return (
    <ChartPanel
      title={title}
      sources={['procedures']}
      asOf={asOf}
      definition={definition}
      status={status}
      error={error}
      onRetry={onRetry}
      option={option}
      table={table}
      height={Math.max(240, rows.length * 28 + 48)}
      ariaLabel={aria}
      onItemClick={(p) => ctx.select(p.name)}
      selectedKey={selected}
      onSelectRow={ctx.select}
      testId={`services-ranking-${kind}`}
      className="span-6"
      footnote={
        <>
          {pooled !== null && (
            <p className="services-note" data-testid={`services-ranking-${kind}-pooled`}>
              {t('servicesPage.ranking.average', { kind: t(`servicesPage.kind.${kind}`, ctx.words), value: format(pooled) })}
            </p>
          )}
          {kind === 'department' && (
            <p className="services-note">
              {ctx.marked ? (
                <>
                  {t('servicesPage.ranking.departmentMarked', { name: ctx.nameOf(ctx.marked) })}{' '}
                  <button type="button" className="button secondary small" onClick={() => ctx.select(ctx.marked as string)}>
                    {t('servicesPage.ranking.clearMark')}
                  </button>
                </>
              ) : (
                t('servicesPage.ranking.departmentHint')
              )}
            </p>
          )}
        </>
      }
    />
  );
}
