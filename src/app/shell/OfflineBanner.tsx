import { useTranslation } from 'react-i18next';
import { useOnline } from '../../components/panel/connection';

/** One line under the navigation while the browser is offline: what is on screen is the last data loaded. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="shell-notice shell-notice--offline" role="status" data-testid="offline-banner">
      {t('app.offline')}
    </p>
  );
}
