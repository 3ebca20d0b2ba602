/** Text of this feature, merged into the i18n catalogue under "disclosurePage". English must have the same keys. */
export const vi = {
  title: 'Công khai theo QCDCCS',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const en: Widen<typeof vi> = {
  title: 'Grassroots-democracy disclosure',
};
