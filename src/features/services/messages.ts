/** Text of this feature, merged into the i18n catalogue under "servicesPage". English must have the same keys. */
export const vi = {
  title: 'Dịch vụ công trực tuyến',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const en: Widen<typeof vi> = {
  title: 'Online public services',
};
