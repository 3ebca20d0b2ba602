import { periodKey, type Period } from '../../domain/period';
import { safeFileName } from './download';

/**
 * The one pattern of every download's name: what it is, then its qualifiers (unit, measure, scope), then the period
 * it covers, always last and always complete: `khieu-nai-to-cao-theo-loai-2024-q3`, `vi-sao-thu-hang-443-2024-q3`,
 * `dich-vu-cong-xep-hang-huyen-2024-07`. Lower case, ASCII, hyphens only: safe in mail and on every system.
 * The extension is added by the download.
 */
export function exportFileName(subject: string, period: Period, ...qualifiers: ReadonlyArray<string | number>): string {
  return safeFileName([subject, ...qualifiers.map(String), periodKey(period)].join(' '));
}
