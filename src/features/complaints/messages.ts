/** Text of this feature, merged into the i18n catalogue under "complaintsPage". English must have the same keys. */
export const vi = {
  title: 'Khiếu nại, tố cáo',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const en: Widen<typeof vi> = {
  title: 'Complaints and denunciations',
};
