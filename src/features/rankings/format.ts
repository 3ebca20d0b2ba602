import { indicatorDef, type IndicatorId } from '../../domain/ranking';
import { formatNumber, formatPercent, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';

/** A share as a percentage (87,3 %), a rate per 10,000 with one decimal. */
export function formatIndicator(id: IndicatorId, value: number | null, lang: Language): string {
  return indicatorDef(id).unit === 'share' ? formatPercent(value, lang) : formatNumber(value, lang, 1);
}

/** A change in an indicator's own unit: percentage points for shares ("+2,5 điểm %"), signed for rates. */
export function formatIndicatorChange(id: IndicatorId, delta: number | null, lang: Language): string {
  if (indicatorDef(id).unit === 'share') return `${formatPointChange(delta, lang)} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
  return formatSignedNumber(delta, lang, 1);
}

export const formatScore = (score: number | null, lang: Language) => formatNumber(score, lang, 1);

export type RankMove = { readonly kind: 'up' | 'down'; readonly count: number } | { readonly kind: 'same' | 'new' | 'none' };

/** How a rank change is shown: ↑3, ↓2, =, "mới" for a unit ranked now but not before, nothing when unranked now. */
export function rankMove(change: number | null, isNew: boolean): RankMove {
  if (change === null) return { kind: isNew ? 'new' : 'none' };
  if (change > 0) return { kind: 'up', count: change };
  if (change < 0) return { kind: 'down', count: -change };
  return { kind: 'same' };
}
