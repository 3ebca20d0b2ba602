import { periodLabel, type QualityIssue } from '../../domain/quality';
import type { TableData } from '../../lib/export/table-data';
import type { Language } from '../../lib/i18n';

export interface IssueTableText {
  readonly title: string;
  readonly context: readonly string[];
  readonly fileName: string;
  readonly headers: Readonly<Record<'unitCode' | 'unit' | 'period' | 'record' | 'field' | 'value' | 'expected' | 'rule' | 'ruleId', string>>;
  readonly inCatalogue: string;
  readonly needs: (field: string) => string;
  readonly validity: (dates: string) => string;
  readonly unitName: (code: string) => string;
}

/** Years are printed as years (2008, not 2.008); counts in the language's number format. */
function valueText(value: QualityIssue['value'], field: string, lang: Language): string {
  if (value === null) return '';
  if (typeof value === 'string' || field.startsWith('nam_')) return String(value);
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(value);
}

function expectedText(i: QualityIssue, text: IssueTableText, lang: Language): string {
  switch (i.relation) {
    case null:
      return text.validity(String(i.bound ?? ''));
    case 'present':
      return i.bound === null ? text.inCatalogue : text.needs(String(i.bound));
    default:
      return `${i.relation} ${valueText(i.bound, i.field, lang)}`;
  }
}

/** The issues of one system as a table: the same rows on screen and in the CSV/XLSX the IT staff send on. */
export function issueTable(issues: readonly QualityIssue[], text: IssueTableText, lang: Language): TableData {
  const h = text.headers;
  return {
    title: text.title,
    context: text.context,
    fileName: text.fileName,
    columns: [
      { key: 'unitCode', header: h.unitCode, kind: 'text' },
      { key: 'unit', header: h.unit, kind: 'text' },
      { key: 'period', header: h.period, kind: 'text' },
      { key: 'record', header: h.record, kind: 'text' },
      { key: 'field', header: h.field, kind: 'text' },
      { key: 'value', header: h.value, kind: 'text' },
      { key: 'expected', header: h.expected, kind: 'text' },
      { key: 'rule', header: h.rule, kind: 'text' },
      { key: 'ruleId', header: h.ruleId, kind: 'text' },
    ],
    rows: issues.map((i) => ({
      unitCode: i.unitCode,
      unit: text.unitName(i.unitCode),
      period: periodLabel(i.period),
      record: i.recordId,
      field: i.field,
      value: valueText(i.value, i.field, lang),
      expected: expectedText(i, text, lang),
      rule: i.description[lang],
      ruleId: i.ruleId,
    })),
  };
}
