import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../../lib/i18n';
import { Panel } from './Panel';

function renderPanel(status: 'pending' | 'success') {
  initI18n('en');
  return render(
    <I18nextProvider i18n={i18next}>
      <Panel title="Petitions" sources={['complaints']} status={status}>
        <p>figures</p>
      </Panel>
    </I18nextProvider>,
  );
}

describe('Panel waiting states', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('says loading at first, then which system it is still waiting for and for how long', () => {
    vi.useFakeTimers();
    renderPanel('pending');
    expect(screen.getByRole('status')).toHaveTextContent('Loading figures…');
    act(() => vi.advanceTimersByTime(7000));
    expect(screen.getByRole('status')).toHaveTextContent('Still waiting for Citizen reception & complaints reporting system: 7 s');
    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'slow');
  });

  it('says offline rather than loading when the browser has no connection, and recovers', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderPanel('pending');
    expect(screen.getByRole('status')).toHaveTextContent('You are offline');
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.getByRole('status')).toHaveTextContent('Loading figures…');
  });
});
