import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/panel';
import type { Period } from '../../domain/period';
import { useDistricts } from '../../state/use-districts';

/**
 * Every page names units from the catalogue: when it fails, names fall back to codes, the unit filter is empty and
 * maps cannot match shapes to units. Said once, above every page, with the cause, rather than left to look like
 * a data or boundary problem.
 */
export function CatalogueNotice({ period }: { period: Period }) {
  const { t } = useTranslation();
  const { query } = useDistricts(period);
  if (!query.isError) return null;
  return (
    <div className="shell-notice shell-notice--error" role="alert" data-testid="catalogue-notice">
      <span>
        {describeError(query.error, t)} {t('app.catalogueFailed')}
      </span>
      <button type="button" className="button" onClick={() => void query.refetch()}>
        {t('panel.retry')}
      </button>
    </div>
  );
}
