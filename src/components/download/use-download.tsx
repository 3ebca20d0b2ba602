import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DownloadRunner {
  /** Runs one download; a failure (its code chunk did not load, the browser refused the file…) is kept to be shown. */
  readonly run: (format: string, make: () => void | Promise<void>) => Promise<void>;
  /** The failure message of the last download, if it failed; null otherwise. */
  readonly failure: string | null;
}

/**
 * Every download button goes through here, so that none of them can fail silently: the spreadsheet and PDF writers
 * load on the click, and a click made offline or after a redeploy must say the file was not made.
 */
export function useDownload(): DownloadRunner {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(
    async (format: string, make: () => void | Promise<void>) => {
      setFailure(null);
      try {
        await make();
      } catch (error) {
        setFailure(t('download.failed', { format, message: error instanceof Error ? error.message : String(error), interpolation: { escapeValue: false } }));
      }
    },
    [t],
  );
  return { run, failure };
}

/** The failure line beside the buttons: announced to screen readers, readable on a phone. */
export function DownloadFailure({ failure }: { failure: string | null }) {
  if (failure === null) return null;
  return (
    <span className="download-failure" role="alert" data-testid="download-failure">
      {failure}
    </span>
  );
}
