import { useTranslation } from 'react-i18next';
import type { TierId } from '../../domain/ranking';
import { rankMove } from './format';

/** ↑3 / ↓2 / = / mới, with the words for screen readers. */
export function RankMoveText({ change, isNew = false, testId }: { change: number | null; isNew?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const move = rankMove(change, isNew);
  if (move.kind === 'none') return <span data-testid={testId}>–</span>;
  const text = move.kind === 'up' || move.kind === 'down' ? t(`rankingsPage.change.${move.kind}`, { count: move.count }) : t(`rankingsPage.change.${move.kind}`);
  const label = move.kind === 'up' || move.kind === 'down' ? t(`rankingsPage.change.${move.kind}Label`, { count: move.count }) : t(`rankingsPage.change.${move.kind}Label`);
  return (
    <span className={`rank-move rank-move-${move.kind}`} data-testid={testId} data-change={change ?? ''}>
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** The move of a unit whose previous rank was of another unit set: "≠", said in words for screen readers. */
export function NotComparableMove({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="rank-move rank-move-nc" data-testid={testId} data-change="not-comparable" title={t('rankingUnits.continuity.changeNotComparableLabel')}>
      <span aria-hidden="true">≠</span>
      <span className="visually-hidden">{t('rankingUnits.continuity.changeNotComparableLabel')}</span>
    </span>
  );
}

export function TierBadge({ tier }: { tier: TierId | null }) {
  const { t } = useTranslation();
  if (!tier) return <span>–</span>;
  return <span className={`tier-badge tier-${tier}`}>{t(`rankingsPage.tiers.${tier}`)}</span>;
}

/**
 * A unit's rank over the periods in plain SVG, rank 1 at the top and the axis fixed from 1 to the number of units,
 * so a move of one place looks the same on every row. Gaps (no rank) break the line.
 */
export function RankSparkline({ ranks, maxRank, label }: { ranks: readonly (number | null)[]; maxRank: number; label: string }) {
  const w = 84;
  const h = 26;
  const n = ranks.length;
  const x = (i: number) => (n <= 1 ? w / 2 : 3 + (i / (n - 1)) * (w - 6));
  const y = (r: number) => 3 + ((r - 1) / Math.max(1, maxRank - 1)) * (h - 6);
  const segments: string[][] = [[]];
  ranks.forEach((r, i) => {
    if (r === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${x(i).toFixed(1)},${y(r).toFixed(1)}`);
  });
  const last = ranks.at(-1);
  return (
    <svg className="rank-sparkline" viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={label}>
      <line x1={0} x2={w} y1={y(1)} y2={y(1)} className="rank-sparkline-top" />
      {segments
        .filter((s) => s.length > 1)
        .map((s) => (
          <polyline key={s[0]} points={s.join(' ')} />
        ))}
      {last !== null && last !== undefined && <circle cx={x(n - 1)} cy={y(last)} r={2.4} />}
    </svg>
  );
}
