import { describe, expect, it } from 'vitest';
import { deckAction, isTypingTarget } from './deck-keys';

describe('presentation keys', () => {
  it('moves with arrows and clicker keys, stops at the ends, jumps with Home/End and leaves with Esc', () => {
    expect(deckAction('ArrowRight', 0, 5)).toEqual({ type: 'go', index: 1 });
    expect(deckAction('PageDown', 4, 5)).toEqual({ type: 'go', index: 4 });
    expect(deckAction('PageUp', 2, 5)).toEqual({ type: 'go', index: 1 });
    expect(deckAction('ArrowLeft', 0, 5)).toEqual({ type: 'go', index: 0 });
    expect(deckAction('End', 1, 5)).toEqual({ type: 'go', index: 4 });
    expect(deckAction('Home', 3, 5)).toEqual({ type: 'go', index: 0 });
    expect(deckAction('Escape', 3, 5)).toEqual({ type: 'leave' });
    expect(deckAction('a', 3, 5)).toBeNull();
  });

  it('leaves keys typed into form controls alone', () => {
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
