/** Text of this feature, merged into the i18n catalogue under "emulationPage". English must have the same keys. */
export const vi = {
  title: 'Phong trào "Dân vận khéo"',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const en: Widen<typeof vi> = {
  title: '"Dân vận khéo" movement',
};
