import { useTranslation } from 'react-i18next';
import { ConfigError } from '../config/load-config';

/** Shown instead of the dashboard when it cannot start: says what to fix, in the words an operator can act on. */
export function StartupErrorPage({ error, kind }: { error: unknown; kind: 'config' | 'demo' }) {
  const { t } = useTranslation();
  const details = error instanceof ConfigError ? error.details : [error instanceof Error ? error.message : String(error)];
  return (
    <main className="startup-error" role="alert">
      <h1>{kind === 'config' ? t('errors.configTitle') : t('errors.demoTitle')}</h1>
      {kind === 'config' && <p>{t('errors.configIntro')}</p>}
      {error instanceof ConfigError && <p>{error.message}</p>}
      <ul>
        {details.map((d) => (
          <li key={d}>
            <code>{d}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
