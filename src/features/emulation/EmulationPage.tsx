import { useTranslation } from 'react-i18next';

export default function EmulationPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('emulationPage.title')}</h1>
      </header>
    </div>
  );
}
