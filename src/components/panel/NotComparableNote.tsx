import { useTranslation } from 'react-i18next';

const LISTED = 8;

/**
 * Names the units of a page that have no figure for the period because part of it was reported on units that
 * cannot be carried onto them whole (a split commune, or a month reported by a district that the reform shared
 * out): they show "not comparable" here rather than a figure for part of the period presented as the whole.
 */
export function NotComparableNote({ codes, nameOf }: { codes: ReadonlySet<string>; nameOf: (code: string) => string }) {
  const { t } = useTranslation();
  if (codes.size === 0) return null;
  const names = [...codes].map(nameOf).toSorted();
  const listed = names.length > LISTED ? `${names.slice(0, LISTED).join(', ')}, …` : names.join(', ');
  return (
    <p className="kpi-note not-comparable-note" data-testid="not-comparable-note">
      <strong>{t('unitSet.notComparableShort')}</strong>: {t('unitSet.pageNotComparable', { count: codes.size, names: listed })}
    </p>
  );
}
