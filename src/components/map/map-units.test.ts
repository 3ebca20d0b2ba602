import { describe, expect, it } from 'vitest';
import { mapUnits, type MapUnitsInput } from './map-units';

const districts = [
  { code: '436', name: 'Thành phố Hà Tĩnh' },
  { code: '437', name: 'Thị xã Hồng Lĩnh' },
];
const communeNames = new Map([['18073', 'Phường Thành Sen']]);
const input = (overrides: Partial<MapUnitsInput>): MapUnitsInput => ({ districts, communeNames, shapeCodes: ['436', '437'], valueCodes: ['436'], ...overrides });

describe('mapUnits', () => {
  it('lists the catalogue districts on a district file', () => {
    expect(mapUnits(input({}))).toEqual({ kind: 'units', units: districts });
  });

  it('lists the shapes of a commune file, named from the catalogue or by code', () => {
    expect(mapUnits(input({ shapeCodes: ['18073', '18100'], valueCodes: ['18100'] }))).toEqual({
      kind: 'units',
      units: [
        { code: '18073', name: 'Phường Thành Sen' },
        { code: '18100', name: '18100' },
      ],
    });
    // No figures yet for the period: the shapes are listed, without data.
    expect(mapUnits(input({ shapeCodes: ['18073'], valueCodes: [] })).kind).toBe('units');
  });

  it('refuses to paint district figures on commune shapes', () => {
    expect(mapUnits(input({ shapeCodes: ['18073', '18100'], valueCodes: ['436', '437'] }))).toEqual({ kind: 'other-set', valueCount: 2, shapeCount: 2 });
  });

  it('takes the units of the set the page gives, and refuses a set other than the file’s even where codes coincide', () => {
    const unitSet = { id: '2025-01', units: [{ code: '436', name: 'Thành phố Hà Tĩnh (2025)' }] };
    expect(mapUnits(input({ unitSet, fileUnitSet: '2025-01' }))).toEqual({ kind: 'units', units: unitSet.units });
    expect(mapUnits(input({ unitSet, fileUnitSet: '2020-01' }))).toEqual({ kind: 'other-set', valueCount: 1, shapeCount: 2 });
    // A file without a set id (the single-object config of earlier deployments) draws whatever set the page gives.
    expect(mapUnits(input({ unitSet })).kind).toBe('units');
  });
});
