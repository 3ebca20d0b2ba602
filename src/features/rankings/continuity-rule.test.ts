import { describe, expect, it } from 'vitest';
import { CROSSWALKS, UNIT_SETS } from '../../../mocks/data/unit-history';
import { continuityRule, formerDistrictSetId } from './use-rankings';

const history = { sets: UNIT_SETS, crosswalks: CROSSWALKS };
const groups2025 = formerDistrictSetId('2025-07');

describe('the comparison rule of the former-district view', () => {
  const same = continuityRule(history);

  it('continues a district line into its group only where the group covers exactly the district', () => {
    // Hương Sơn (439): its communes went whole into units placed in its group; Hà Tĩnh city (436): not so.
    expect(same('439', '2025-01', groups2025)).toBe(true);
    expect(same('436', '2025-01', groups2025)).toBe(false);
  });

  it('reaches back across 1 Jan 2025 only for a district that change left whole', () => {
    expect(same('439', '2020-01', groups2025)).toBe(true);
    // Thạch Hà (445) took in Lộc Hà on 1 Jan 2025: its 2024 rank is another territory.
    expect(same('445', '2020-01', groups2025)).toBe(false);
  });

  it('keeps the units rule elsewhere, and compares nothing across sets without a history', () => {
    expect(same('18073', '2025-01', '2025-07')).toBe(false);
    expect(same('442', '2020-01', '2025-01')).toBe(true);
    expect(continuityRule(null)('439', '2025-01', groups2025)).toBe(false);
    expect(continuityRule(null)('439', groups2025, groups2025)).toBe(true);
  });
});
