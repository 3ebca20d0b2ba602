import { useState } from 'react';
import type { ChoroplethMessages } from './messages';
import type { UnitRow } from './unit-rows';

interface UnitTableProps {
  readonly rows: readonly UnitRow[];
  readonly caption: string;
  readonly unitOfMeasure: string;
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
  readonly formatValue: (value: number) => string;
  readonly formatChange: (change: number) => string;
  readonly showChange: boolean;
  readonly messages: ChoroplethMessages;
}

/**
 * The map's figures as a table: what a screen reader reads, and a keyboard path to select any unit
 * (including units the boundary file has no shape for). Behind a disclosure so it costs no space by default,
 * and its rows render only while it is open: with ~220 communes they would otherwise triple the cost of a restyle.
 */
export function UnitTable(props: UnitTableProps) {
  const { rows, messages, selectedCode, onSelect, formatValue, formatChange, showChange } = props;
  const [open, setOpen] = useState(false);
  return (
    <details className="choropleth__table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{messages.tableToggle(rows.length)}</summary>
      {open && (
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.columnUnit}</th>
            <th scope="col">{messages.columnValue(props.unitOfMeasure)}</th>
            <th scope="col">{messages.columnRank}</th>
            {showChange && <th scope="col">{messages.columnChange}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code} data-selected={row.code === selectedCode || undefined}>
              <th scope="row">
                <button type="button" aria-pressed={row.code === selectedCode} onClick={() => onSelect(row.code)}>
                  {row.name}
                </button>
              </th>
              <td>{row.value === null ? messages.noData : formatValue(row.value)}</td>
              <td>{row.rank === null ? '–' : `${row.rank}/${row.ranked}`}</td>
              {showChange && <td>{row.change === null ? '–' : formatChange(row.change)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </details>
  );
}
