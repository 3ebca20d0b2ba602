import { describe, expect, it } from 'vitest';
import { adaptAsOf, adaptFields, adaptModel, adaptModels } from './adapter';
import type { WireModel } from './wire-schema';

const wire: WireModel = {
  id: 17,
  ma_mo_hinh: 'DVK-2016-0042',
  ten_mo_hinh: 'Dân vận khéo trong hiến đất làm đường giao thông nông thôn',
  ma_don_vi: '443',
  ma_xa: '18415',
  ma_linh_vuc: 'KT',
  cap: 'XA',
  nam_dang_ky: '2016',
  nam_cong_nhan: '2017',
  nam_tieu_bieu: null,
  so_lan_nhan_rong: '3',
  khen_thuong: 'Giấy khen của Chủ tịch UBND huyện',
};

describe('emulation adapter', () => {
  it('turns the registry\'s strings into numbers and its codes into domain values', () => {
    expect(adaptModel(wire)).toEqual({
      id: 'DVK-2016-0042',
      name: 'Dân vận khéo trong hiến đất làm đường giao thông nông thôn',
      unitCode: '443',
      communeCode: '18415',
      fieldCode: 'KT',
      level: 'xa',
      yearRegistered: 2016,
      yearRecognised: 2017,
      yearExemplary: null,
      timesReplicated: 3,
      commendation: 'Giấy khen của Chủ tịch UBND huyện',
    });
    expect(adaptModel({ ...wire, cap: 'CO_QUAN', ma_xa: null, nam_tieu_bieu: '2019', so_lan_nhan_rong: '0' })).toMatchObject({
      level: 'co_quan',
      communeCode: null,
      yearExemplary: 2019,
      timesReplicated: 0,
    });
  });

  it('keeps one copy of a model that two pages both carry', () => {
    const other = { ...wire, id: 18, ma_mo_hinh: 'DVK-2016-0043' };
    expect(adaptModels([[wire, other], [other]]).map((m) => m.id)).toEqual(['DVK-2016-0042', 'DVK-2016-0043']);
  });

  it('orders fields as the registry says', () => {
    expect(
      adaptFields([
        { ma_linh_vuc: 'QPAN', ten_linh_vuc: 'Quốc phòng – an ninh', thu_tu: 3 },
        { ma_linh_vuc: 'KT', ten_linh_vuc: 'Kinh tế', thu_tu: 1 },
      ]),
    ).toEqual([
      { code: 'KT', name: 'Kinh tế' },
      { code: 'QPAN', name: 'Quốc phòng – an ninh' },
    ]);
  });

  it('reads the epoch-millisecond stamp as an ISO instant', () => {
    expect(adaptAsOf(Date.UTC(2025, 0, 10, 2))).toBe('2025-01-10T02:00:00.000Z');
  });
});
