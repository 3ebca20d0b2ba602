import { exportFileName } from '../../lib/export/file-name';
import { useMemo, useState } from 'react';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import type { OwnerKind, ServiceLevelRecord, ServiceOwner } from '../../domain/procedures';
import type { LevelCounts } from '../../domain/procedures-metrics';
import { compareVietnamese } from '../../domain/units';
import { formatNumber } from '../../lib/format';
import { buildLevelOption } from './build-level-option';
import { withNarrowLayout } from './narrow-layout';
import { countOf, exportContext, type ServicesPageContext } from './page-context';
import { SegmentedSwitch } from './SegmentedSwitch';
import { levelCount, levelKeys, levelsByOwner, sumLevelCounts, type LevelScheme, type LevelsByOwner, type OwnerLevels } from './service-levels';
import { levelsTable, type Named } from './services-tables';
import { serviceCatalogueYear } from '../../domain/indicators';

interface LevelsPanelProps {
  readonly ctx: ServicesPageContext;
  readonly catalogue: {
    readonly status: PanelStatus;
    readonly error: unknown;
    readonly data: { readonly asOf: string; readonly owners: readonly ServiceOwner[]; readonly services: readonly ServiceLevelRecord[] } | undefined;
    readonly refetch: () => unknown;
  };
}

type Computed = { ok: true; value: LevelsByOwner } | { ok: false; error: Error };

/** The levels that count as "online" in each scheme sort the units: level 3 and 4, or full process. */
function onlineCount(counts: LevelCounts | null): number {
  if (!counts) return 0;
  return counts.scheme === 'decree43' ? counts.byLevel[3] + counts.byLevel[4] : counts.byLevel.full;
}

/**
 * Services per level for each unit of one kind, in the scheme of the period's year only: levels 1–4 up to 2021
 * (Decree 43/2011), full/partial from 2022 (Decree 42/2022). The title names the decree; the footnote gives the
 * totals of each kind and of the province, which the rows add up to.
 */
export function LevelsPanel({ ctx, catalogue }: LevelsPanelProps) {
  const { t, lang, period } = ctx;
  const [kind, setKind] = useState<OwnerKind>('district');
  // The catalogue in force at the end of the period: a 2022 quarter before Decree 42 (1 Aug 2022) reads 2021's.
  const year = serviceCatalogueYear(period);

  const computed = useMemo<Computed | null>(() => {
    if (!catalogue.data) return null;
    try {
      const owners = catalogue.data.owners.map((o) => ({ code: o.code, kind: o.kind }));
      return { ok: true, value: levelsByOwner(catalogue.data.services, owners) };
    } catch {
      return { ok: false, error: new Error(t('servicesPage.levels.mixed', { year })) };
    }
  }, [catalogue.data, t, year]);

  const levels = computed?.ok ? computed.value : null;
  const scheme: LevelScheme | null = levels?.scheme ?? null;
  const keys = scheme ? levelKeys(scheme) : [];
  const levelNames = keys.map((k) => (scheme === 'decree43' ? t('servicesPage.levels.level', { level: k }) : t(`servicesPage.levels.${k}`)));
  const title = scheme ? t(scheme === 'decree43' ? 'servicesPage.levels.title43' : 'servicesPage.levels.title42', { year }) : t('servicesPage.levels.titleEmpty', { year });
  const selected = kind === 'district' ? ctx.unitCode : ctx.marked;

  const built = useMemo(() => {
    if (!levels || !scheme) return null;
    const rows: Named<OwnerLevels>[] = levels.rows
      .filter((r) => r.kind === kind)
      .map((r) => ({ ...r, name: ctx.nameOf(r.code) }))
      .toSorted((a, b) => onlineCount(b.counts) - onlineCount(a.counts) || compareVietnamese(a.name, b.name));
    const bars = buildLevelOption({
      scheme,
      rows: rows.map((r) => ({ code: r.code, name: r.name, counts: keys.map((k) => levelCount(r.counts, k)) })),
      series: levelNames,
      format: countOf(lang),
      selectedCode: selected,
    });
    const option = withNarrowLayout(bars, kind === 'department' ? 110 : 125);
    const table = levelsTable(rows, scheme, keys, levelNames, t, {
      title: `${title} · ${t(`servicesPage.kind.${kind}`, ctx.words)}`,
      context: exportContext(ctx, catalogue.data?.asOf),
      fileName: exportFileName('dich-vu-cong-theo-muc-do', { kind: 'year', year }, kind),
    });
    return { option, table, count: rows.length };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [levels, scheme, kind, lang, t, selected, title, catalogue.data?.asOf, ctx.nameOf, ctx.words]);

  const totalsLine = (scope: 'department' | 'district' | 'province') => {
    if (!levels || !scheme) return null;
    // A kind's subtotal is the sum of its rows: the same rows the chart and the table show.
    const counts: LevelCounts | null = scope === 'province' ? levels.province : sumLevelCounts(levels.rows.filter((r) => r.kind === scope), scheme);
    const n = (v: number) => formatNumber(v, lang);
    const scopeName = t(`servicesPage.kind.${scope}`, ctx.words);
    const text =
      counts?.scheme === 'decree43'
        ? t('servicesPage.levels.totals43', { scope: scopeName, l1: n(counts.byLevel[1]), l2: n(counts.byLevel[2]), l3: n(counts.byLevel[3]), l4: n(counts.byLevel[4]), total: n(counts.total) })
        : counts?.scheme === 'decree42'
          ? t('servicesPage.levels.totals42', { scope: scopeName, full: n(counts.byLevel.full), partial: n(counts.byLevel.partial), total: n(counts.total) })
          : null;
    return text && <li data-testid={`services-levels-total-${scope}`}>{text}</li>;
  };

  const status: PanelStatus = catalogue.status === 'success' && computed && !computed.ok ? 'error' : catalogue.status;
  const error = computed && !computed.ok ? computed.error : catalogue.error;

  return (
    <ChartPanel
      title={title}
      sources={['procedures']}
      asOf={catalogue.data?.asOf}
      definition={t('servicesPage.levels.def')}
      status={status}
      error={error}
      onRetry={() => void catalogue.refetch()}
      option={built?.option ?? null}
      table={built?.table ?? null}
      height={Math.max(260, (built?.count ?? 13) * 26 + 70)}
      ariaLabel={t('servicesPage.levels.aria', { title })}
      onItemClick={(p) => ctx.select(p.name)}
      selectedKey={selected}
      onSelectRow={ctx.select}
      testId="services-levels"
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
          testId="services-levels-kind"
        />
      }
      footnote={
        scheme && (
          <div className="services-note">
            <p className={`services-scheme services-scheme--${scheme}`} data-testid="services-levels-scheme">
              {t(scheme === 'decree43' ? 'servicesPage.levels.note43' : 'servicesPage.levels.note42')}
            </p>
            <ul className="services-totals">
              {totalsLine('department')}
              {totalsLine('district')}
              {totalsLine('province')}
            </ul>
          </div>
        )
      }
    />
  );
}
