import { useTranslation } from 'react-i18next';
import { monthsOf, previousPeriod, type Period, type PeriodKind } from '../../domain/period';
import { periodAvailable, yearsAvailable, type PeriodBounds } from '../../state/period-bounds';

const KINDS: readonly PeriodKind[] = ['year', 'half', 'nine', 'quarter', 'month'];

function nextPeriod(p: Period): Period {
  // Walk forward by finding the period whose predecessor is p: periods are few, so this stays simple and exact.
  const candidates: Period[] =
    p.kind === 'quarter'
      ? [{ kind: 'quarter', year: p.year, index: (p.index ?? 1) + 1 }, { kind: 'quarter', year: p.year + 1, index: 1 }]
      : p.kind === 'month'
        ? [{ kind: 'month', year: p.year, index: (p.index ?? 1) + 1 }, { kind: 'month', year: p.year + 1, index: 1 }]
        : [{ ...p, year: p.year + 1 }];
  const found = candidates.find((c) => (c.index ?? 1) <= (c.kind === 'quarter' ? 4 : 12));
  return found ?? { ...p, year: p.year + 1 };
}

/** Converts the current period to another kind, staying in the same year (and the same quarter/month where it can). */
function withKind(p: Period, kind: PeriodKind, bounds: PeriodBounds): Period {
  const lastMonthOfP = Number((monthsOf(p).at(-1) ?? '2000-12').slice(5));
  const candidate: Period =
    kind === 'quarter'
      ? { kind, year: p.year, index: Math.ceil(lastMonthOfP / 3) }
      : kind === 'month'
        ? { kind, year: p.year, index: lastMonthOfP }
        : { kind, year: p.year };
  if (periodAvailable(candidate, bounds)) return candidate;
  // E.g. asking for a full year in a year whose data stop in June: step back until it fits.
  let back = candidate;
  for (let i = 0; i < 24 && !periodAvailable(back, bounds); i++) back = previousPeriod(back);
  return back;
}

export function PeriodControl({ period, bounds, onChange }: { period: Period; bounds: PeriodBounds; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  const years = yearsAvailable(bounds);
  const prev = previousPeriod(period);
  const next = nextPeriod(period);
  const setIfAvailable = (p: Period) => periodAvailable(p, bounds) && onChange(p);

  return (
    <fieldset className="period-control">
      <legend className="visually-hidden">{t('filters.period')}</legend>
      <button type="button" className="icon-button" aria-label={t('filters.previous')} disabled={!periodAvailable(prev, bounds)} onClick={() => onChange(prev)}>
        ‹
      </button>
      <label>
        <span className="visually-hidden">{t('filters.periodKind')}</span>
        <select value={period.kind} onChange={(e) => onChange(withKind(period, e.target.value as PeriodKind, bounds))}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`filters.kind_${k}`)}
            </option>
          ))}
        </select>
      </label>
      {period.kind === 'quarter' && (
        <label>
          <span className="visually-hidden">{t('filters.quarter')}</span>
          <select value={period.index} onChange={(e) => setIfAvailable({ ...period, index: Number(e.target.value) })}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q} disabled={!periodAvailable({ ...period, index: q }, bounds)}>
                {['I', 'II', 'III', 'IV'][q - 1]}
              </option>
            ))}
          </select>
        </label>
      )}
      {period.kind === 'month' && (
        <label>
          <span className="visually-hidden">{t('filters.month')}</span>
          <select value={period.index} onChange={(e) => setIfAvailable({ ...period, index: Number(e.target.value) })}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m} disabled={!periodAvailable({ ...period, index: m }, bounds)}>
                {m}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span className="visually-hidden">{t('filters.year')}</span>
        <select value={period.year} onChange={(e) => onChange(withKind({ ...period, year: Number(e.target.value) }, period.kind, bounds))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="icon-button" aria-label={t('filters.next')} disabled={!periodAvailable(next, bounds)} onClick={() => onChange(next)}>
        ›
      </button>
    </fieldset>
  );
}
