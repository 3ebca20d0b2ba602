import { useTranslation } from 'react-i18next';

export default function ComplaintsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('complaintsPage.title')}</h1>
      </header>
    </div>
  );
}
