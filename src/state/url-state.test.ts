import { describe, expect, it } from 'vitest';
import { nextUnit } from './url-state';

describe('toggleUnit', () => {
  it('selects a clicked unit, and clears the selection when the selected unit is clicked again', () => {
    expect(nextUnit(null, '443')).toBe('443');
    expect(nextUnit('441', '443')).toBe('443');
    expect(nextUnit('443', '443')).toBeNull();
  });
});
