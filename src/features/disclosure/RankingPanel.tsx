import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../domain/period';
import { useLevelWords } from '../../state/use-level-words';
import { buildRankingOption } from '../../components/chart/build-ranking-option';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import { formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { shareOf, type DisclosureTotals } from './measures';
import { rankingTable, type DistrictTotalsRow, type TableMeta } from './tables';

interface RankingPanelProps {
  readonly rows: readonly DistrictTotalsRow[];
  readonly period: Period;
  readonly province: DisclosureTotals | null;
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
  readonly meta: (title: string, fileBase: string, asOf: string | null | undefined, extra?: readonly string[]) => TableMeta;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf?: string | null;
}

/** Districts best first by share disclosed on time, the province as a dashed line: the same numbers as the map. */
export function RankingPanel(props: RankingPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { rows, province, selectedCode, meta, asOf } = props;
  const words = useLevelWords(props.period);
  const provinceValue = shareOf(province, 'onTime');
  const title = t('disclosurePage.ranking.title', words);

  const option = useMemo(
    () =>
      rows.length === 0
        ? null
        : buildRankingOption(
            rows.map((r) => ({ code: r.code, name: r.name, value: shareOf(r.totals, 'onTime') })),
            {
              format: (v) => formatPercent(v, lang),
              better: 'higher',
              selectedCode,
              reference: provinceValue === null ? null : { value: provinceValue, label: t('disclosurePage.ranking.province', { value: formatPercent(provinceValue, lang) }) },
              noDataLabel: t('units.noData'),
            },
          ),
    [rows, selectedCode, provinceValue, lang, t],
  );
  const table = useMemo(
    () =>
      rows.length === 0
        ? null
        : rankingTable(rows, t, meta(title, 'xep-hang', asOf, [t('disclosurePage.table.contextProvince', { value: formatPercent(provinceValue, lang) })])),
    [rows, t, meta, title, asOf, provinceValue, lang],
  );

  return (
    <ChartPanel
      title={title}
      sources={['disclosure']}
      asOf={asOf}
      definition={t('disclosurePage.ranking.definition')}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      option={option}
      table={table}
      height={Math.max(260, rows.length * 30 + 40)}
      ariaLabel={t('disclosurePage.ranking.aria', words)}
      onItemClick={({ name }) => props.onSelect(name)}
      selectedKey={selectedCode}
      onSelectRow={props.onSelect}
      testId="panel-ranking"
      className="span-6"
    />
  );
}
