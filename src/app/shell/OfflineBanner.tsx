import { useTranslation } from 'react-i18next';
import { useOnline } from '../../components/panel/connection';
import { formatDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { useSavedAt } from '../../offline/saved-at';

/** One line under the navigation while the browser is offline: what is on screen is the last data loaded. */
export function OfflineBanner() {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const savedAt = useSavedAt();
  if (online) return null;
  return (
    <p className="shell-notice shell-notice--offline" role="status" data-testid="offline-banner">
      <span>{t('app.offline')}</span>
      {savedAt !== null && (
        <span data-testid="offline-saved-at">
          {t('app.savedAt', { time: formatDate(new Date(savedAt).toISOString(), i18n.language as Language, true) })}
        </span>
      )}
    </p>
  );
}
