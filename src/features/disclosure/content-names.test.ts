import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONTENTS } from '../../domain/disclosure-contents';
import { CONTENT_NAMES_EN, localContentName } from './content-names';

describe('disclosure content names in English', () => {
  it('cover every content of both legal bases, with no Vietnamese left in them', () => {
    for (const c of DISCLOSURE_CONTENTS) {
      const name = localContentName(c, 'en');
      expect(name).toBe(CONTENT_NAMES_EN[c.code]);
      expect(name).not.toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
    }
  });

  it('keep the Vietnamese names the system sends on Vietnamese screens', () => {
    const first = DISCLOSURE_CONTENTS[0];
    expect(first && localContentName(first, 'vi')).toBe(first?.name);
  });
});
