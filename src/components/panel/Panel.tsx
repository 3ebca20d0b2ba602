import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpstreamSourceId } from '../../lib/http';
import { formatDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { SLOW_AFTER_SECONDS, useOnline, useWaitingSeconds } from './connection';
import { describeError } from './describe-error';
import { LeftOutNote } from './left-out';
import { PanelErrorBoundary } from './PanelErrorBoundary';

export type PanelStatus = 'pending' | 'error' | 'success';

export interface PanelProps {
  readonly title: ReactNode;
  readonly sources: readonly UpstreamSourceId[];
  /** ISO timestamp the upstream system gave for its data. */
  readonly asOf?: string | null;
  readonly definition?: ReactNode;
  readonly status: PanelStatus;
  readonly error?: unknown;
  readonly onRetry?: () => void;
  readonly actions?: ReactNode;
  readonly className?: string;
  readonly children?: ReactNode;
  readonly testId?: string;
  /**
   * Height (px) the body keeps while its figures load: the drawn content takes about this much, so the panels
   * below do not jump when it arrives (Cumulative Layout Shift).
   */
  readonly reserveHeight?: number;
}

/**
 * Every figure on the dashboard sits in a Panel: it names the source system and "data as of", explains the definition,
 * and owns its loading and error states, so one failing system never blanks the page.
 */
export function Panel({ title, sources, asOf, definition, status, error, onRetry, actions, className, children, testId, reserveHeight }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const headingId = useId();
  const online = useOnline();
  const waited = useWaitingSeconds(status === 'pending');

  const errorBox = (err: unknown, retry?: () => void) => (
    <div className="panel-error" role="alert">
      <strong>{t('panel.errorTitle')}</strong>
      <p>{describeError(err, t)}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t('panel.retry')}
        </button>
      )}
    </div>
  );

  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId} data-testid={testId} aria-busy={status === 'pending'}>
      <header className="panel-header">
        <h2 id={headingId} className="panel-title">
          {title}
        </h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body" style={status === 'pending' && reserveHeight ? { minHeight: reserveHeight } : undefined}>
        {status === 'pending' && (
          // Loading, slow and offline are different situations for the reader: say which one this is.
          <p className="panel-loading" role="status" data-state={!online ? 'offline' : waited >= SLOW_AFTER_SECONDS ? 'slow' : 'loading'}>
            {!online
              ? t('panel.offline')
              : waited >= SLOW_AFTER_SECONDS
                ? t('panel.slow', { systems: sources.map((s) => t(`sources.${s}`)).join(', '), seconds: waited })
                : t('panel.loading')}
          </p>
        )}
        {status === 'error' && errorBox(error, onRetry)}
        {status === 'success' && (
          <PanelErrorBoundary
            fallback={(err, reset) =>
              errorBox(err, () => {
                reset();
                onRetry?.();
              })
            }
          >
            <LeftOutNote sources={sources} />
            {children}
          </PanelErrorBoundary>
        )}
      </div>
      <footer className="panel-footer">
        <span>
          {t('panel.source')}: {sources.map((s) => t(`sources.${s}`)).join('; ')}
        </span>
        {asOf && (
          <span>
            {' · '}
            {t('panel.asOf')}: <time dateTime={asOf}>{formatDate(asOf, lang, true)}</time>
          </span>
        )}
        {definition && (
          <details className="panel-definition">
            <summary>{t('panel.definition')}</summary>
            <p>{definition}</p>
          </details>
        )}
      </footer>
    </section>
  );
}
