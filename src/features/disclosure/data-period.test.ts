import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../domain/period';
import { dataPeriod } from './data-period';

const p = (key: string) => parsePeriod(key) as Period;

describe('data period', () => {
  it('shows a month its quarter and leaves other periods alone', () => {
    expect(dataPeriod(p('2024-08'))).toEqual({ kind: 'quarter', year: 2024, index: 3 });
    expect(dataPeriod(p('2024-12'))).toEqual({ kind: 'quarter', year: 2024, index: 4 });
    expect(dataPeriod(p('2024-H1'))).toEqual(p('2024-H1'));
    expect(dataPeriod(p('2024-Q2'))).toEqual(p('2024-Q2'));
  });
});
