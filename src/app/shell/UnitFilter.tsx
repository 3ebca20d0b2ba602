import { useTranslation } from 'react-i18next';
import type { Period } from '../../domain/period';
import { useDistricts } from '../../state/use-districts';

/** District-level units in force during the period, in Vietnamese alphabetical order; a unit already chosen stays listed. */
export function UnitFilter({ period, value, onChange }: { period: Period; value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const { districts, byCode, query } = useDistricts(period);
  const chosen = value ? byCode.get(value) : undefined;
  const units = chosen && !districts.includes(chosen) ? [...districts, chosen] : districts;

  return (
    <label className="unit-filter">
      <span className="visually-hidden">{t('filters.unit')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} disabled={query.isPending} aria-invalid={query.isError}>
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
