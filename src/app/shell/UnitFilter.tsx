import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { periodEndDate, periodStartDate, type Period } from '../../domain/period';
import { compareVietnamese, unitValidDuring } from '../../domain/units';
import { unitQueries } from '../../queries/units';
import { useConfig } from '../config-context';

/** District-level units in force during the period, in Vietnamese alphabetical order. */
export function UnitFilter({ period, value, onChange }: { period: Period; value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const config = useConfig();
  const catalogue = useQuery(unitQueries.catalogue(config));
  const from = periodStartDate(period);
  const to = periodEndDate(period);
  const units = (catalogue.data?.districts ?? [])
    .filter((u) => unitValidDuring(u, from, to) || u.code === value)
    .toSorted((a, b) => compareVietnamese(a.fullName, b.fullName));

  return (
    <label className="unit-filter">
      <span className="visually-hidden">{t('filters.unit')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} disabled={catalogue.isPending} aria-invalid={catalogue.isError}>
        <option value="">{t('filters.allUnits')}</option>
        {units.map((u) => (
          <option key={u.code} value={u.code}>
            {u.fullName}
          </option>
        ))}
      </select>
    </label>
  );
}
