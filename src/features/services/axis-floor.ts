/** Lowest gridline that keeps every value and the threshold in view, on a 5-point step: rates near 100 % stay legible. */
export function axisFloor(values: readonly (number | null)[], extra: readonly number[] = []): number {
  const all = [...values.filter((v): v is number => v !== null), ...extra];
  if (!all.length) return 0;
  return Math.max(0, Math.floor((Math.min(...all) - 0.01) * 20) / 20);
}
