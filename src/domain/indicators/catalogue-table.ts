import { INDICATOR_CATALOGUE, type IndicatorDefinition } from './definitions';

/**
 * The catalogue as a Markdown table, for the README: a label seen on screen leads to its id, and the id to its one
 * definition (`definitions.ts`) and its one computation (`measure()` in `measure.ts`). A test keeps the README's copy
 * equal to this output; `node scripts/run-ts.mjs scripts/indicator-table.ts` prints it.
 */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function row(d: IndicatorDefinition): string {
  const counts = d.denominator ? `${d.numerator.en} / ${d.denominator.en}` : d.numerator.en;
  const legal = d.legalBasis.length ? d.legalBasis.map((b) => `${b.document.en} (${b.from} – ${b.to ?? 'in force'})`).join('; ') : '–';
  return `| \`${d.id}\` | ${cell(d.label.vi)} | ${cell(d.label.en)} | ${cell(d.unit.vi)} | ${cell(counts)} | ${d.time} | ${d.better} | ${d.source} | ${cell(legal)} |`;
}

export function catalogueMarkdown(): string {
  return [
    '| id | nhãn | label | unit | numerator / denominator | time | better | system | legal basis (dates) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...INDICATOR_CATALOGUE.map(row),
  ].join('\n');
}
