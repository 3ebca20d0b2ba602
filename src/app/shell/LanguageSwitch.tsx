import { useTranslation } from 'react-i18next';
import type { Language } from '../../lib/i18n';

export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (lang: Language) => void }) {
  const { t } = useTranslation();
  const other: Language = value === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" className="lang-switch" onClick={() => onChange(other)} aria-label={`${t('app.language')}: ${other === 'en' ? 'English' : 'Tiếng Việt'}`} lang={other}>
      {other === 'en' ? 'EN' : 'VI'}
    </button>
  );
}
