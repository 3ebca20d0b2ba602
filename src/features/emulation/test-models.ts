import type { EmulationModel, ModelLevel } from '../../domain/emulation';

/** A small registry whose figures are checked by hand in the tests of this folder. */
export const model = (
  id: string,
  unitCode: string,
  fieldCode: string,
  yearRegistered: number,
  yearRecognised: number | null,
  yearExemplary: number | null,
  timesReplicated: number,
  level: ModelLevel = 'xa',
  communeCode: string | null = null,
  name = `Dân vận khéo trong mô hình ${id}`,
): EmulationModel => ({
  id,
  name,
  unitCode,
  communeCode,
  fieldCode,
  level,
  yearRegistered,
  yearRecognised,
  yearExemplary,
  timesReplicated,
  commendation: null,
});

/**
 * By the end of 2017: 436 has A, B (A exemplary), 439 has C (none), 440 has E (recognised, exemplary only in 2019).
 * 449 registers its first model in 2016 (F). D (439) and G (436) come in 2018.
 */
export const MODELS: readonly EmulationModel[] = [
  model('A', '436', 'KT', 2015, 2016, 2017, 3, 'xa', '25012', 'Dân vận khéo trong hiến đất làm đường'),
  model('B', '436', 'VHXH', 2017, 2018, null, 0, 'huyen'),
  model('C', '439', 'KT', 2016, null, null, 1, 'xa', '18073', 'Tổ tự quản về an ninh trật tự'),
  model('D', '439', 'QPAN', 2018, 2018, null, 2, 'tinh'),
  model('E', '440', 'KT', 2017, 2017, 2019, 0, 'co_quan'),
  model('F', '449', 'XDHTCT', 2016, 2016, 2016, 4, 'xa'),
  model('G', '436', 'KT', 2018, null, null, 0, 'xa'),
];
