import type { ChoroplethMessages } from './messages';
import type { UnitRow } from './unit-rows';

export interface TooltipFormat {
  readonly formatValue: (value: number) => string;
  readonly formatChange: (change: number) => string;
  readonly messages: ChoroplethMessages;
  readonly showChange: boolean;
}

function line(doc: Document, tag: 'strong' | 'span', className: string, text: string): HTMLElement {
  const element = doc.createElement(tag);
  element.className = className;
  // textContent, never innerHTML: unit names come from upstream systems and are data, not markup.
  element.textContent = text;
  return element;
}

/** The hover/focus card of one unit, built from text nodes only. */
export function tooltipContent(row: UnitRow, format: TooltipFormat, doc: Document = document): HTMLElement {
  const { formatValue, formatChange, messages } = format;
  const root = doc.createElement('div');
  root.className = 'choropleth-tooltip';
  root.append(line(doc, 'strong', 'choropleth-tooltip__name', row.name));
  root.append(line(doc, 'span', 'choropleth-tooltip__value', row.value === null ? messages.noData : formatValue(row.value)));
  if (row.rank !== null) root.append(line(doc, 'span', 'choropleth-tooltip__rank', messages.rank(row.rank, row.ranked)));
  if (format.showChange) {
    const text = row.change === null ? messages.noPrevious : messages.change(formatChange(row.change));
    root.append(line(doc, 'span', 'choropleth-tooltip__change', text));
  }
  return root;
}
