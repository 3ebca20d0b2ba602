import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../domain/period';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatPointChange } from './format';

// Intl may use a narrow no-break space before "%": compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Vietnamese formats', () => {
  it('groups thousands with dots and decimals with a comma', () => {
    expect(formatNumber(1234567.891, 'vi', 1)).toBe('1.234.567,9');
    expect(formatNumber(1700, 'vi')).toBe('1.700');
    expect(formatNumber(1700, 'en')).toBe('1,700');
  });
  it('formats percentages the Vietnamese way', () => {
    expect(plain(formatPercent(0.8734, 'vi'))).toBe('87,3%');
    expect(plain(formatPercent(0.8734, 'en'))).toBe('87.3%');
  });
  it('shows a dash, never NaN, for missing values', () => {
    expect(formatPercent(null, 'vi')).toBe('–');
    expect(formatNumber(Number.NaN, 'vi')).toBe('–');
    expect(formatPointChange(null, 'vi')).toBe('–');
  });
  it('signs point changes', () => {
    expect(formatPointChange(0.024, 'vi')).toBe('+2,4');
    expect(formatPointChange(-0.01, 'vi')).toBe('-1,0');
  });
  it('writes dates as dd/mm/yyyy in Vietnam time', () => {
    expect(formatDate('2025-01-14T20:30:00Z', 'vi')).toBe('15/01/2025');
  });
  it.each<[string, string, string]>([
    ['2024-Q3', 'vi', 'Quý III/2024'],
    ['2024-07', 'vi', 'Tháng 7/2024'],
    ['2024-H1', 'vi', '6 tháng đầu năm 2024'],
    ['2024-N9', 'vi', '9 tháng năm 2024'],
    ['2024', 'vi', 'Năm 2024'],
    ['2024-Q3', 'en', 'Q3 2024'],
  ])('labels %s in %s as %s', (text, lang, label) => {
    expect(formatPeriod(parsePeriod(text) as Period, lang as 'vi' | 'en')).toBe(label);
  });
});
