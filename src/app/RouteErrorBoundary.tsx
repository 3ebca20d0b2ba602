import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a reader sees when a page's code could not be fetched: the shell stays, and one click tries again. */
export function PageLoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="page page-load-failed" role="alert" data-testid="page-load-failed">
      <h1>{t('app.pageLoadFailedTitle')}</h1>
      <p>{t('app.pageLoadFailed')}</p>
      <p className="page-load-failed__detail">
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

interface Props {
  /** The current path: navigating elsewhere clears the failure, so the other pages keep working. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: unknown;
  /** The path the failure happened on. */
  readonly failedAt: string | null;
}

/**
 * Catches a page chunk that fails to load (offline, or a redeploy that removed the old file) below the shell, so the
 * navigation and filters stay on screen instead of the whole app going blank. Render errors inside a page are caught
 * by each Panel's own boundary first; anything that reaches here is shown the same way.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  /** Leaving the failed page clears the failure, so the other pages keep working. */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === null) return null;
    if (state.failedAt === null) return { failedAt: props.resetKey };
    return state.failedAt !== props.resetKey ? { error: null, failedAt: null } : null;
  }

  override render() {
    return this.state.error !== null ? <PageLoadFailed error={this.state.error} /> : this.props.children;
  }
}
