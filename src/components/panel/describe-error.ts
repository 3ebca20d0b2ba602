import type { TFunction } from 'i18next';
import { isUpstreamError } from '../../lib/http';

/** Turns any failure into one sentence a meeting room can read, naming the upstream system and the bad field. */
export function describeError(error: unknown, t: TFunction): string {
  if (isUpstreamError(error)) {
    const system = t(`sources.${error.source}`);
    switch (error.kind) {
      case 'network':
        return t('errors.network', { system });
      case 'offline':
        return t('errors.offline', { system });
      case 'timeout':
        return t('errors.timeout', { system, seconds: error.detail ?? '?' });
      case 'refused':
        return t('errors.refused', { system, reason: error.detail ?? '' });
      case 'too-large': {
        const [received, allowed] = (error.detail ?? '?/?').split('/');
        return t('errors.tooLarge', { system, received, allowed });
      }
      case 'http':
        return t('errors.http', { system, status: error.status ?? '?' });
      case 'parse':
        return t('errors.parse', { system });
      case 'schema':
        return t('errors.schema', { system, paths: error.fieldPaths.slice(0, 3).join(', ') || '?' });
    }
  }
  return t('errors.unknown', { message: error instanceof Error ? error.message : String(error) });
}
