import { CATALOGUE_POPULATION_SOURCE, DISTRICT_POPULATION } from '../../domain/population';

type Translate = (key: string) => string;

/**
 * The population sources the domain records, by message key: the source is said in the screen's language. A source
 * not listed here (a web address naming a unit) is shown as recorded.
 */
const SOURCE_KEYS: Readonly<Record<string, string>> = {
  'Tổng điều tra dân số 2019': 'complaintsPage.population.source.census2019',
  'hatinhcity.gov.vn (đăng ký thường trú, 9/2019)': 'complaintsPage.population.source.cityRegister',
  'locha.hatinh.gov.vn (khoảng 86.000 người)': 'complaintsPage.population.source.locHaSite',
  'Ước tính, khớp với tổng dân số toàn tỉnh': 'complaintsPage.population.source.estimate',
  [CATALOGUE_POPULATION_SOURCE]: 'complaintsPage.population.source.catalogue',
};

export function populationSourceText(t: Translate, source: string): string {
  const key = SOURCE_KEYS[source];
  return key ? t(key) : source;
}

/** Sources with no message: a test lists them so a new Vietnamese source cannot reach the English screen unnoticed. */
export const untranslatedPopulationSources = (): string[] =>
  [...new Set(DISTRICT_POPULATION.map((p) => p.source))].filter((s) => !(s in SOURCE_KEYS) && /[\u00C0-\u1EF9]/.test(s.replace(/\(.*\)/, '')));
