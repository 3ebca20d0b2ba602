interface SparklineProps {
  readonly values: ReadonlyArray<number | null>;
  readonly label: string;
}

/**
 * A trend line in plain SVG: the Overview draws four of them before any chart library is loaded.
 * Gaps (null) break the line rather than dropping to zero.
 */
export function Sparkline({ values, label }: SparklineProps) {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const w = 100;
  const h = 30;
  const x = (i: number) => (values.length === 1 ? w / 2 : (i / (values.length - 1)) * w);
  const y = (v: number) => h - 3 - ((v - min) / span) * (h - 6);
  const segments: string[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${x(i).toFixed(2)},${y(v).toFixed(2)}`);
  });
  const last = values.length - 1;
  const lastValue = values[last];
  return (
    <svg className="sparkline" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {segments
        .filter((s) => s.length > 1)
        .map((s) => (
          <polyline key={s[0]} points={s.join(' ')} />
        ))}
      {lastValue !== null && lastValue !== undefined && <circle cx={x(last)} cy={y(lastValue)} r={1.8} />}
    </svg>
  );
}
