/**
 * Keys of a presentation: arrows and PageUp/PageDown (what wireless clickers send), Home/End, Esc to leave.
 * Pure so the mapping can be tested without a browser.
 */
export type DeckAction = { readonly type: 'go'; readonly index: number } | { readonly type: 'leave' } | null;

export function deckAction(key: string, index: number, count: number): DeckAction {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'go', index: Math.min(last, index + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'go', index: Math.max(0, index - 1) };
    case 'Home':
      return { type: 'go', index: 0 };
    case 'End':
      return { type: 'go', index: last };
    case 'Escape':
      return { type: 'leave' };
    default:
      return null;
  }
}

/** Keys typed into a form control belong to it, not to the presentation. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
}
