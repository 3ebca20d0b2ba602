import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { deckAction, isTypingTarget } from './deck-keys';

export interface DeckProps {
  readonly count: number;
  readonly index: number;
  readonly onIndex: (index: number) => void;
  readonly presenting: boolean;
  readonly onPresenting: (presenting: boolean) => void;
  /** Ask for the browser's full screen when presenting starts (the "full screen" button). */
  readonly fullscreenRequested: boolean;
  readonly children: ReactNode;
  readonly extraControls?: ReactNode;
}

const fullscreenAvailable = () => typeof document !== 'undefined' && document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';

/**
 * The slide deck. Inline it is a preview inside the page; presenting, it covers the whole viewport (which works in
 * any browser) and, when asked and allowed, the whole screen through the Fullscreen API. Keys and clickers move
 * through the slides; Esc leaves, including when the browser itself consumed Esc to leave full screen.
 */
export function Deck({ count, index, onIndex, presenting, onPresenting, fullscreenRequested, children, extraControls }: DeckProps) {
  const { t } = useTranslation();
  const deck = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  // Set when our own button leaves full screen: the presentation then goes on in the window.
  const stayAfterFullscreen = useRef(false);

  const enterFullscreen = useCallback(() => {
    if (!fullscreenAvailable() || !deck.current) return;
    deck.current.requestFullscreen().catch(() => undefined);
  }, []);
  const exitFullscreen = useCallback(() => {
    if (typeof document !== 'undefined' && document.fullscreenElement) {
      stayAfterFullscreen.current = true;
      void document.exitFullscreen().catch(() => undefined);
    }
  }, []);

  const leave = useCallback(() => {
    if (typeof document !== 'undefined' && document.fullscreenElement) {
      stayAfterFullscreen.current = true;
      void document.exitFullscreen().catch(() => undefined);
    }
    onPresenting(false);
  }, [onPresenting]);

  useEffect(() => {
    if (!presenting) return;
    deck.current?.focus();
    if (fullscreenRequested) enterFullscreen();
  }, [presenting, fullscreenRequested, enterFullscreen]);

  useEffect(() => {
    const onChange = () => {
      const isFull = document.fullscreenElement !== null;
      setFullscreen(isFull);
      if (!isFull && presenting && !stayAfterFullscreen.current) onPresenting(false);
      stayAfterFullscreen.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting, onPresenting]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      const action = deckAction(e.key, index, count);
      if (!action) return;
      e.preventDefault();
      if (action.type === 'leave') leave();
      else if (action.index !== index) onIndex(action.index);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, index, count, onIndex, leave]);

  // While presenting, the page behind must not scroll under the slide.
  useEffect(() => {
    if (!presenting) return;
    const previous = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = previous;
    };
  }, [presenting]);

  return (
    <div
      ref={deck}
      className={`deck${presenting ? ' presenting' : ''}`}
      role={presenting ? 'dialog' : 'region'}
      aria-modal={presenting ? true : undefined}
      aria-label={t('briefingPage.deck.label')}
      aria-roledescription={presenting ? 'slides' : undefined}
      tabIndex={-1}
      data-testid="deck"
    >
      {children}
      <nav className="deck-controls" aria-label={t('briefingPage.deck.label')}>
        <button type="button" className="button secondary small" onClick={() => onIndex(Math.max(0, index - 1))} disabled={index === 0}>
          ← {t('briefingPage.deck.previous')}
        </button>
        <button type="button" className="button secondary small" onClick={() => onIndex(Math.min(count - 1, index + 1))} disabled={index >= count - 1}>
          {t('briefingPage.deck.next')} →
        </button>
        {presenting && fullscreenAvailable() && (
          <button type="button" className="button secondary small" onClick={fullscreen ? exitFullscreen : enterFullscreen}>
            {fullscreen ? t('briefingPage.deck.exitFullscreen') : t('briefingPage.deck.fullscreen')}
          </button>
        )}
        {extraControls}
        {presenting && (
          <button type="button" className="button small" onClick={leave}>
            {t('briefingPage.deck.exit')}
          </button>
        )}
      </nav>
    </div>
  );
}
