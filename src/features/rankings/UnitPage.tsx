import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';

export default function UnitPage() {
  const { t } = useTranslation();
  const params = useParams<{ code: string }>();
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {t('rankingsPage.title')} {params.code}
        </h1>
      </header>
    </div>
  );
}
