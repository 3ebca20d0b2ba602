import { useCallback, useMemo } from 'react';
import { usePopulation } from '../../state/use-population';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { useDistricts } from '../../state/use-districts';
import { modelsOnSet } from '../../domain/unit-keyings';
import type { EmulationField } from '../../domain/emulation';
import { countModels, summariseModels } from '../../domain/emulation-metrics';
import type { Period } from '../../domain/period';
import { heldApartName } from '../../domain/unit-history';
import { exportFileName } from '../../lib/export/file-name';
import { formatDate, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { usePeriodData } from '../../queries/use-period-data';
import type { TableFrame } from './emulation-tables';
import {
  emulationData,
  provinceFigures,
  registryYears,
  stockYearOf,
  unitFigures,
  unlistedModels,
  type PopulationOf,
} from './emulation-view';
import { en as enMessages, vi as viMessages } from './messages';
import { publishedFor } from './published';

const NO_FIELDS: readonly EmulationField[] = [];
const NO_YEARS: readonly number[] = [];
const EMULATION_ONLY = ['emulation', 'units'] as const;

/**
 * Everything the "Dân vận khéo" page shows, from the one period-data hook (the registry) and the catalogue: the
 * year-end stock the period shows, each unit's and the province's figures at that year end and the one before, the
 * field breakdown's summary, the growth since the first registration, and the export frame every panel uses.
 */
export function useEmulationModel(period: Period, unitCode: string | null) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const stockYear = stockYearOf(period);
  const stockPeriod = useMemo<Period>(() => ({ kind: 'year', year: stockYear }), [stockYear]);
  const { districts, byCode, communesByCode, inForce } = useDistricts(stockPeriod);
  const registry = usePeriodData(config, NO_YEARS, null, EMULATION_ONLY).registry;
  const population = usePopulation();

  // Each model is counted on the unit of the stock year's set its commune (or district) went into whole.
  const models = useMemo(
    () => (registry.data ? modelsOnSet(registry.data.models, inForce.history, inForce.set) : null),
    [registry.data, inForce.history, inForce.set],
  );
  const sentFields = registry.data?.fields ?? NO_FIELDS;
  // The field names are the registry's, in Vietnamese: an English screen says them from the catalogue when it knows the code.
  const fields = useMemo(
    () =>
      lang === 'vi'
        ? sentFields
        : sentFields.map((f) => {
            const key = `emulationPage.fieldNames.${f.code}`;
            return i18n.exists(key) ? { ...f, name: t(key as 'emulationPage.fieldNames.KT') } : f;
          }),
    [sentFields, lang, i18n, t],
  );
  const asOf = registry.data?.asOf ?? null;
  const years = useMemo(() => (models ? registryYears(models) : null), [models]);
  const hasPreviousYear = years !== null && stockYear - 1 >= years.first;
  // Without the unit catalogue (its own system may be down) the units seen in the registry still make a ranking.
  const districtCodes = useMemo(() => (districts.length ? districts.map((d) => d.code) : undefined), [districts]);
  // A model held apart (its district was split in the 2025 reform) is named by the unit it was registered under.
  const unitName = useCallback(
    (code: string) => {
      const inForceName = byCode.get(code)?.fullName;
      if (inForceName) return inForceName;
      const former = heldApartName(inForce.history, code);
      return former ? t('emulationPage.formerUnit', { name: former }) : code;
    },
    [byCode, inForce.history, t],
  );
  const labels = lang === 'en' ? enMessages.col : viMessages.col;

  // The registry's counts (fields, replications, registrations of the year), and the catalogue's figures.
  const summary = useMemo(() => (models ? summariseModels(models, stockYear, districtCodes) : null), [models, stockYear, districtCodes]);
  const figures = useMemo(() => {
    if (!models || !summary) return null;
    const residents: PopulationOf = (code) => population(code)?.population ?? null;
    const data = emulationData(models, residents);
    const codes = summary.districts.map((d) => d.unitCode);
    const focusCodes = unitCode ? [unitCode] : null;
    const focusAt = (year: number) => (focusCodes ? unitFigures(data, year, focusCodes).get(focusCodes[0] as string) : provinceFigures(data, year, codes)) ?? null;
    return {
      units: unitFigures(data, stockYear, codes),
      previousUnits: hasPreviousYear ? unitFigures(data, stockYear - 1, codes) : null,
      province: provinceFigures(data, stockYear, codes),
      focus: focusAt(stockYear),
      focusPrevious: hasPreviousYear ? focusAt(stockYear - 1) : null,
    };
  }, [models, summary, stockYear, hasPreviousYear, unitCode, population]);
  const focusCodes = useMemo(() => (unitCode ? [unitCode] : undefined), [unitCode]);
  const focusCounts = useMemo(() => (models ? countModels(models, stockYear, focusCodes) : null), [models, stockYear, focusCodes]);
  const focusCountsPrevious = useMemo(
    () => (models && hasPreviousYear ? countModels(models, stockYear - 1, focusCodes) : null),
    [models, stockYear, focusCodes, hasPreviousYear],
  );

  const focusUnit = unitCode ? byCode.get(unitCode) : undefined;
  const foundedYear = focusUnit && years && Number(focusUnit.validFrom.slice(0, 4)) > years.first ? Number(focusUnit.validFrom.slice(0, 4)) : null;

  const unitLabel = unitCode ? unitName(unitCode) : t('emulationPage.provinceName');
  // The registry names its own unit filter among its extra lines; the charts show the page's unit.
  const frame = (title: string, slug: string, extra: readonly string[] = [], withUnit = true): TableFrame => ({
    title,
    context: [
      t('emulationPage.context.period', { period: formatPeriod(period, lang) }),
      t('emulationPage.context.stock', { year: stockYear }),
      ...(withUnit ? [t('emulationPage.context.unit', { unit: unitLabel })] : []),
      ...extra,
      t('emulationPage.context.source', { source: t('sources.emulation') }),
      ...(asOf ? [t('emulationPage.context.asOf', { date: formatDate(asOf, lang, true) })] : []),
    ],
    fileName: exportFileName('dan-van-kheo', period, slug),
  });
  const panelState = { status: registry.status, error: registry.error, onRetry: () => void registry.refetch(), asOf, sources: ['emulation' as const] };

  return {
    stockYear,
    stockPeriod,
    districts,
    population,
    communesByCode,
    registry,
    models,
    fields,
    asOf,
    years,
    unitName,
    unitLabel,
    labels,
    summary,
    figures,
    focusCounts,
    focusCountsPrevious,
    focusUnit,
    foundedYear,
    focusCodes,
    published: publishedFor(stockYear),
    unlisted: summary ? unlistedModels(summary) : 0,
    frame,
    panelState,
  };
}

export type EmulationPageModel = ReturnType<typeof useEmulationModel>;
