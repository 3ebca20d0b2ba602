import { exportFileName } from '../../lib/export/file-name';
import { useMemo, useState } from 'react';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import type { OwnerKind } from '../../domain/procedures';
import { compareVietnamese } from '../../domain/units';
import { formatPercent, formatPeriod } from '../../lib/format';
import { buildGroupedBarsOption } from './build-grouped-bars-option';
import { withNarrowLayout } from './narrow-layout';
import { exportContext, percentOf, type ServicesPageContext } from './page-context';
import { SegmentedSwitch } from './SegmentedSwitch';
import { rateIn, type OwnerFigures } from './measures';
import { paymentTable, type Named } from './services-tables';

interface PaymentPanelProps {
  readonly ctx: ServicesPageContext;
  readonly rows: readonly Named<OwnerFigures>[];
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf: string | null;
}

/** Online payment and digitisation shares for each unit of one kind, side by side. */
export function PaymentPanel({ ctx, rows, status, error, onRetry, asOf }: PaymentPanelProps) {
  const { t, lang, period } = ctx;
  const [kind, setKind] = useState<OwnerKind>('district');
  const title = t('servicesPage.payment.title', { kind: t(`servicesPage.kind.${kind}`, ctx.words) });
  const selected = kind === 'district' ? ctx.unitCode : ctx.marked;

  const built = useMemo(() => {
    const mine = rows.filter((r) => r.kind === kind).toSorted((a, b) => compareVietnamese(a.name, b.name));
    if (!mine.length) return null;
    const bars = buildGroupedBarsOption({
      categories: mine.map((r) => ({ key: r.code, label: r.name })),
      series: [
        { name: t('servicesPage.measureShort.paidOnline'), values: mine.map((r) => rateIn(r.figures, 'paidOnline')) },
        { name: t('servicesPage.measureShort.digitised'), values: mine.map((r) => rateIn(r.figures, 'digitised')) },
      ],
      format: percentOf(lang),
      axisFormat: (v) => formatPercent(v, lang, 0),
      noDataLabel: t('units.noData'),
      horizontal: true,
      selectedKey: selected,
      colours: ['#009E73', '#CC79A7'],
    });
    const option = withNarrowLayout(bars, kind === 'department' ? 110 : 125);
    const table = paymentTable(mine, t, { title, context: exportContext(ctx, asOf), fileName: exportFileName('dich-vu-cong-thanh-toan-so-hoa', period, kind) });
    return { option, table, count: mine.length };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, kind, lang, t, selected, title, asOf, period]);

  return (
    <ChartPanel
      title={title}
      sources={['procedures']}
      asOf={asOf}
      definition={`${t('servicesPage.payment.def')} ${t('servicesPage.pooledNote')}`}
      status={status}
      error={error}
      onRetry={onRetry}
      option={built?.option ?? null}
      table={built?.table ?? null}
      height={Math.max(260, (built?.count ?? 13) * 30 + 70)}
      ariaLabel={t('servicesPage.payment.aria', { title, period: formatPeriod(period, lang) })}
      onItemClick={(p) => ctx.select(p.name)}
      selectedKey={selected}
      onSelectRow={ctx.select}
      testId="services-payment"
      className="span-6"
      controls={
        <SegmentedSwitch
          legend={t('servicesPage.kindSwitch')}
          options={[
            { value: 'district', label: t('servicesPage.kind.district', ctx.words) },
            { value: 'department', label: t('servicesPage.kind.department') },
          ]}
          value={kind}
          onChange={setKind}
          testId="services-payment-kind"
        />
      }
    />
  );
}
