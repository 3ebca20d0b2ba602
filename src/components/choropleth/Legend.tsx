import type { LegendEntry } from '../../domain/scale';

/** The key, from the same scale object that paints the shapes. */
export function Legend({ entries, title, unitOfMeasure }: { entries: readonly LegendEntry[]; title: string; unitOfMeasure: string }) {
  return (
    <figure className="choropleth__legend">
      <figcaption className="choropleth__legend-title">
        {title}
        {unitOfMeasure ? ` (${unitOfMeasure})` : ''}
      </figcaption>
      <ul>
        {entries.map((entry) => (
          <li key={entry.kind === 'class' ? `class-${entry.index}` : 'no-data'} data-kind={entry.kind}>
            <span
              className={entry.kind === 'no-data' ? 'choropleth__swatch choropleth__swatch--no-data' : 'choropleth__swatch'}
              style={entry.kind === 'no-data' ? { backgroundColor: entry.fill, color: entry.hatch } : { backgroundColor: entry.fill }}
              aria-hidden="true"
            />
            <span className="choropleth__legend-label">{entry.label}</span>
            <span className="choropleth__legend-count"> ({entry.count})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
