import { useTranslation } from 'react-i18next';

export default function BriefingPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('briefingPage.title')}</h1>
      </header>
    </div>
  );
}
