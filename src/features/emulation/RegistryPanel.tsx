import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel, type PanelStatus } from '../../components/panel';
import { MountWhenVisible } from '../../components/chart/MountWhenVisible';
import { DataTable } from '../../components/table/DataTable';
import type { EmulationField, EmulationModel, ModelLevel } from '../../domain/emulation';
import { downloadCsv as saveCsv } from '../../lib/export/download-csv';
import { DownloadFailure, useDownload } from '../../components/download/use-download';
import { downloadBlob } from '../../lib/export/download';
import { formatNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { TableFrame, ColumnLabels, RegistryNames } from './emulation-tables';
import { registryRow, registryTable } from './emulation-tables';
import { filterEntries, MODEL_LEVELS, registryEntries, type RegistryFilter } from './registry-filter';

interface RegistryPanelProps {
  readonly models: readonly EmulationModel[] | null;
  readonly fields: readonly EmulationField[];
  readonly asOf?: string | null;
  readonly status: PanelStatus;
  readonly error?: unknown;
  readonly onRetry: () => void;
  /** Registry years, for the range selects. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** The page's stock year: the default end of the range. */
  readonly stockYear: number;
  /** The page-wide unit: the default of the unit filter. */
  readonly unitCode: string | null;
  readonly units: ReadonlyArray<{ readonly code: string; readonly fullName: string }>;
  readonly names: RegistryNames;
  readonly labels: ColumnLabels;
  readonly frame: (filterSummary: string) => TableFrame;
  readonly onSelectUnit: (code: string) => void;
}

/** A local choice that holds only while the page-wide value it overrode stays the same. */
interface Override<T, Base> {
  readonly base: Base;
  readonly value: T;
}

const PAGE_SIZE = 20;
/**
 * About the height of a page of the table with its pager, on a phone and on a projector. The registry is the last
 * panel of the page and its table mounts before it scrolls into view: a different height only moves what is below.
 */
const TABLE_HEIGHT = 900;

/**
 * The whole registry, filterable and searchable. Search text is folded once per registry, and typing is deferred,
 * so filtering 3,440 models never blocks the input. The unit filter and the end of the year range follow the page's
 * unit and period until the user picks another value here.
 */
export function RegistryPanel(props: RegistryPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [fieldCode, setFieldCode] = useState<string | null>(null);
  const [level, setLevel] = useState<ModelLevel | null>(null);
  const [fromYear, setFromYear] = useState<number | null>(null);
  const [exemplaryOnly, setExemplaryOnly] = useState(false);
  const [query, setQuery] = useState('');
  const [unitOverride, setUnitOverride] = useState<Override<string | null, string | null> | null>(null);
  const [toOverride, setToOverride] = useState<Override<number, number> | null>(null);

  const unitFilter = unitOverride && unitOverride.base === props.unitCode ? unitOverride.value : props.unitCode;
  const toYear = toOverride && toOverride.base === props.stockYear ? toOverride.value : Math.min(props.stockYear, props.lastYear);
  const from = Math.min(fromYear ?? props.firstYear, toYear);
  const deferredQuery = useDeferredValue(query);

  const filter: RegistryFilter = { fieldCode, level, unitCode: unitFilter, fromYear: from, toYear, exemplaryOnly, query: deferredQuery };

  const { names, models } = props;
  const entries = useMemo(() => (models ? registryEntries(models, (m) => [names.unit(m.unitCode), names.commune(m.communeCode), names.field(m.fieldCode), m.commendation]) : []), [models, names]);
  const rowsByModel = useMemo(() => new Map(entries.map((e) => [e.model, registryRow(e.model, names)])), [entries, names]);
  // The filter object is rebuilt every render; its fields are the real dependencies.
  const matching = useMemo(
    () => filterEntries(entries, filter),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, fieldCode, level, unitFilter, from, toYear, exemplaryOnly, deferredQuery],
  );

  const filterSummary = [
    fieldCode ? `${t('emulationPage.filterField')}: ${props.fields.find((f) => f.code === fieldCode)?.name ?? fieldCode}` : null,
    level ? `${t('emulationPage.filterLevel')}: ${t(`emulationPage.level_${level}`)}` : null,
    unitFilter ? `${t('emulationPage.filterUnit')}: ${names.unit(unitFilter)}` : null,
    `${t('emulationPage.filterFrom')} ${from} ${t('emulationPage.filterTo')} ${toYear}`,
    exemplaryOnly ? t('emulationPage.filterExemplary', { year: toYear }) : null,
    deferredQuery.trim() ? `"${deferredQuery.trim()}"` : null,
  ]
    .filter(Boolean)
    .join('; ');
  const table = useMemo(
    () => registryTable(matching.map((e) => rowsByModel.get(e.model) ?? registryRow(e.model, names)), props.labels, props.frame(filterSummary)),
    // props.frame is rebuilt by the page each render; its text changes only with filterSummary and the page state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [matching, rowsByModel, names, props.labels, filterSummary],
  );

  const years: number[] = [];
  for (let y = props.firstYear; y <= props.lastYear; y++) years.push(y);
  const reset = () => {
    setFieldCode(null);
    setLevel(null);
    setFromYear(null);
    setExemplaryOnly(false);
    setQuery('');
    setUnitOverride({ base: props.unitCode, value: null });
    setToOverride(null);
  };

  const download = useDownload();
  const downloadCsv = () => saveCsv(table);
  const downloadXlsx = async () => {
    const { toXlsxBlob } = await import('../../lib/export/xlsx');
    downloadBlob(await toXlsxBlob(table), `${table.fileName}.xlsx`);
  };

  return (
    <Panel
      title={t('emulationPage.registryTitle')}
      sources={['emulation']}
      asOf={props.asOf}
      definition={t('emulationPage.registryDef')}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      testId="emulation-registry"
      className="span-12"
      actions={
        props.status === 'success' ? (
          <>
            <button type="button" className="button secondary small" onClick={() => void download.run('CSV', downloadCsv)} aria-label={t('emulationPage.downloadCsv')}>
              CSV
            </button>
            <button type="button" className="button secondary small" onClick={() => void download.run('XLSX', downloadXlsx)} aria-label={t('emulationPage.downloadXlsx')}>
              XLSX
            </button>
            <DownloadFailure failure={download.failure} />
          </>
        ) : null
      }
    >
      <div className="registry-filters">
        <label className="registry-search">
          <span>{t('emulationPage.filterSearch')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('emulationPage.filterSearchPlaceholder')} />
        </label>
        <label>
          <span>{t('emulationPage.filterField')}</span>
          <select value={fieldCode ?? ''} onChange={(e) => setFieldCode(e.target.value || null)}>
            <option value="">{t('emulationPage.filterAll')}</option>
            {props.fields.map((f) => (
              <option key={f.code} value={f.code}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('emulationPage.filterLevel')}</span>
          <select value={level ?? ''} onChange={(e) => setLevel((MODEL_LEVELS as readonly string[]).includes(e.target.value) ? (e.target.value as ModelLevel) : null)}>
            <option value="">{t('emulationPage.filterAll')}</option>
            {MODEL_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`emulationPage.level_${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('emulationPage.filterUnit')}</span>
          <select value={unitFilter ?? ''} onChange={(e) => setUnitOverride({ base: props.unitCode, value: e.target.value || null })}>
            <option value="">{t('emulationPage.provinceName')}</option>
            {props.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.fullName}
              </option>
            ))}
          </select>
        </label>
        <div className="registry-years" role="group" aria-label={props.labels.yearRegistered}>
          <label>
            <span>{t('emulationPage.filterFrom')}</span>
            <select value={from} onChange={(e) => setFromYear(Number(e.target.value))}>
              {years.filter((y) => y <= toYear).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('emulationPage.filterTo')}</span>
            <select value={toYear} onChange={(e) => setToOverride({ base: props.stockYear, value: Number(e.target.value) })}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="registry-check">
          <input type="checkbox" checked={exemplaryOnly} onChange={(e) => setExemplaryOnly(e.target.checked)} />
          <span>{t('emulationPage.filterExemplary', { year: toYear })}</span>
        </label>
        <button type="button" className="button secondary small" onClick={reset}>
          {t('emulationPage.filterReset')}
        </button>
      </div>
      <p className="registry-count" role="status" data-testid="registry-count" data-count={matching.length}>
        {matching.length ? t('emulationPage.registryCount', { n: formatNumber(matching.length, lang) }) : t('emulationPage.registryNone')}
      </p>
      {/* Building the table model of every model of the registry is the longest task of the page's load: it waits until the
          table comes near the viewport. */}
      {matching.length > 0 && (
        <MountWhenVisible height={TABLE_HEIGHT}>
          <DataTable
            table={table}
            pageSize={PAGE_SIZE}
            searchable={false}
            // Rows of the page's unit stand out when the registry shows other units too; when it shows only them, nothing does.
            selectedKey={unitFilter === props.unitCode ? null : props.unitCode}
            onSelect={props.onSelectUnit}
            caption={t('emulationPage.registryTitle')}
            testId="registry-table"
          />
        </MountWhenVisible>
      )}
    </Panel>
  );
}
