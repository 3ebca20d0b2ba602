import { useTranslation } from 'react-i18next';

export default function DisclosurePage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('disclosurePage.title')}</h1>
      </header>
    </div>
  );
}
