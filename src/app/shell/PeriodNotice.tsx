import { useTranslation } from 'react-i18next';
import type { Period } from '../../domain/period';
import { formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { PeriodBounds } from '../../state/period-bounds';

/** Says that the link's period could not be used and which one is shown instead. */
export function PeriodNotice({ given, shown, bounds, onDismiss }: { given: string; shown: Period; bounds: PeriodBounds; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="shell-notice" role="alert" data-testid="period-notice">
      <span>
        {t('app.periodInvalid', {
          given,
          first: bounds.firstMonth,
          last: bounds.lastMonth,
          shown: formatPeriod(shown, i18n.language as Language),
          interpolation: { escapeValue: false },
        })}
      </span>
      <button type="button" className="button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
