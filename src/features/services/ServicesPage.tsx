import { useTranslation } from 'react-i18next';

export default function ServicesPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('servicesPage.title')}</h1>
      </header>
    </div>
  );
}
