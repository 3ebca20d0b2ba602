import { useTranslation } from 'react-i18next';
import { parsePeriod, type Period } from '../../domain/period';
import { formatNumber, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { UnitLabel } from './complaint-view';
import type { Surge } from './surges';

const monthPeriod = (month: string) => parsePeriod(month) as Period;

/** Names the surges of the period in words, each with a button that selects the unit page-wide. */
interface SurgeNoticeProps {
  readonly surges: readonly Surge[];
  readonly units: readonly UnitLabel[];
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
}

export function SurgeNotice({ surges, units, selectedCode, onSelect }: SurgeNoticeProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (surges.length === 0) return null;
  const nameOf = (code: string) => units.find((u) => u.code === code)?.name ?? code;
  const month = (m: string) => formatPeriod(monthPeriod(m), lang);
  return (
    <section className="surge-notice span-12" aria-labelledby="surge-notice-title" data-testid="surge-notice">
      <h2 id="surge-notice-title">{t('complaintsPage.surge.title')}</h2>
      <ul>
        {surges.map((s) => (
          <li key={`${s.unitCode}-${s.months[0]?.month}`}>
            <span>
              {t('complaintsPage.surge.item', {
                unit: nameOf(s.unitCode),
                from: month(s.months[0]?.month ?? ''),
                to: month(s.months.at(-1)?.month ?? ''),
                peakMonth: month(s.peak.month),
                peak: formatNumber(s.peak.received, lang),
                times: formatNumber(s.peak.received / s.peak.baseline, lang, 1),
                baseline: formatNumber(s.peak.baseline, lang, s.peak.baseline % 1 ? 1 : 0),
              })}
            </span>{' '}
            <button type="button" className="button small" aria-pressed={s.unitCode === selectedCode} onClick={() => onSelect(s.unitCode)}>
              {t('complaintsPage.surge.select', { unit: nameOf(s.unitCode) })}
            </button>
          </li>
        ))}
      </ul>
      <p className="surge-rule">{t('complaintsPage.surge.rule')}</p>
    </section>
  );
}
