import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('download file names', () => {
  it('end with the whole period, in one spelling for every kind of period', () => {
    expect(exportFileName('khieu-nai-to-cao', { kind: 'quarter', year: 2024, index: 3 }, 'theo loại')).toBe('khieu-nai-to-cao-theo-loai-2024-q3');
    expect(exportFileName('vi-sao-thu-hang', { kind: 'quarter', year: 2024, index: 3 }, '443')).toBe('vi-sao-thu-hang-443-2024-q3');
    expect(exportFileName('x', { kind: 'year', year: 2024 })).toBe('x-2024');
    expect(exportFileName('x', { kind: 'half', year: 2024 })).toBe('x-2024-h1');
    expect(exportFileName('x', { kind: 'nine', year: 2024 })).toBe('x-2024-n9');
    expect(exportFileName('x', { kind: 'month', year: 2024, index: 7 })).toBe('x-2024-07');
  });

  it('keep Vietnamese letters and spaces out of the name', () => {
    expect(exportFileName('Dân vận khéo', { kind: 'year', year: 2017 }, 'Huyện Đức Thọ')).toBe('dan-van-kheo-huyen-duc-tho-2017');
  });
});
