import { describe, expect, it } from 'vitest';
import { corruptFirstNumber, parseFaults } from './faults';

describe('demo fault injection', () => {
  it('parses known systems and kinds only', () => {
    expect(parseFaults('complaints:500,disclosure:malformed,bogus:500,units:teapot')).toEqual({ complaints: '500', disclosure: 'malformed' });
    expect(parseFaults(null)).toEqual({});
  });
  it('corrupts a number inside the data, not the envelope status', () => {
    const { value } = corruptFirstNumber({ error_code: 0, data: [{ ma: '436', so_luong: 5, khac: 2 }] });
    expect(value).toEqual({ error_code: 0, data: [{ ma: '436', so_luong: 'N/A', khac: 2 }] });
  });
});
