import { useTranslation } from 'react-i18next';

export default function RankingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('rankingsPage.title')}</h1>
      </header>
    </div>
  );
}
