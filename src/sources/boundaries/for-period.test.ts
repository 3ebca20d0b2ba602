import { describe, expect, it } from 'vitest';
import shipped from '../../../public/config.json';
import { parseConfig } from '../../config/load-config';
import { parsePeriod, type Period } from '../../domain/period';
import { boundariesForPeriod, boundaryFileOn } from './for-period';

const files = parseConfig(shipped).boundaries;
const period = (text: string): Period => {
  const p = parsePeriod(text);
  if (!p) throw new Error(text);
  return p;
};
const drawn = (text: string) => boundariesForPeriod(files, period(text));

describe('boundariesForPeriod (the shipped demo config)', () => {
  it('draws 2024 on the 13 districts, 2025-Q1 on the 12, and 2025-07 onwards on the 69 communes and wards', () => {
    expect(drawn('2024')?.file.url).toBe('/geo/demo-districts.geojson');
    expect(drawn('2024-12')?.file.unitSet).toBe('2020-01');
    expect(drawn('2025-Q1')?.file.url).toBe('/geo/demo-districts-2025.geojson');
    expect(drawn('2025-06')?.file.unitSet).toBe('2025-01');
    expect(drawn('2025-07')?.file).toMatchObject({ url: '/geo/demo-communes-2025.geojson', codeProperty: 'ma_xa', unitSet: '2025-07' });
    expect(drawn('2026-Q3')?.file.unitSet).toBe('2025-07');
    expect(drawn('2026-11')?.file.unitSet).toBe('2025-07');
  });

  it('draws a period that spans a change on the units at its end, and says it spans one', () => {
    expect(drawn('2025')).toMatchObject({ file: { unitSet: '2025-07' }, spansChange: true });
    expect(drawn('2025-N9')).toMatchObject({ file: { unitSet: '2025-07' }, spansChange: true });
    expect(drawn('2025-H1')).toMatchObject({ file: { unitSet: '2025-01' }, spansChange: false });
    expect(drawn('2026')?.spansChange).toBe(false);
    expect(drawn('2024')?.spansChange).toBe(false);
  });

  it('draws 2017–2019, older than every file, on the oldest one and names the date of its units', () => {
    expect(drawn('2018')).toEqual({ file: files[0], spansChange: false, drawnOnLaterUnitsFrom: '2020-01-01' });
    expect(drawn('2019-Q4')?.drawnOnLaterUnitsFrom).toBe('2020-01-01');
    expect(drawn('2020')?.drawnOnLaterUnitsFrom).toBeNull();
  });
});

describe('boundaryFileOn', () => {
  const file = { url: '/a', format: 'geojson' as const, codeProperty: 'c', illustrative: false };

  it('takes validity bounds as inclusive days, and an open end as still in force', () => {
    expect(boundaryFileOn(files, '2024-12-31')?.unitSet).toBe('2020-01');
    expect(boundaryFileOn(files, '2025-01-01')?.unitSet).toBe('2025-01');
    expect(boundaryFileOn(files, '2025-06-30')?.unitSet).toBe('2025-01');
    expect(boundaryFileOn(files, '2025-07-01')?.unitSet).toBe('2025-07');
    expect(boundaryFileOn(files, '2099-01-01')?.unitSet).toBe('2025-07');
  });

  it('lets a file without dates (the single-object config of earlier deployments) cover every day', () => {
    expect(boundaryFileOn([file], '2017-01-01')).toBe(file);
    expect(boundariesForPeriod([file], period('2026-11'))).toEqual({ file, spansChange: false, drawnOnLaterUnitsFrom: null });
  });

  it('finds none for a day after a closed last file', () => {
    expect(boundaryFileOn([{ ...file, validFrom: '2020-01-01', validTo: '2024-12-31' }], '2025-03-01')).toBeNull();
    expect(boundariesForPeriod([{ ...file, validFrom: '2020-01-01', validTo: '2024-12-31' }], period('2025'))).toBeNull();
  });
});
