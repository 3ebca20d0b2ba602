/** Paths are Vietnamese: they are read aloud and typed in meetings. */
export const ROUTES = {
  overview: '/',
  disclosure: '/cong-khai',
  complaints: '/khieu-nai-to-cao',
  services: '/dich-vu-cong',
  emulation: '/dan-van-kheo',
  rankings: '/xep-hang',
  unit: '/don-vi/:code',
  briefing: '/trinh-chieu',
  dataQuality: '/chat-luong-du-lieu',
} as const;

export type RouteId = keyof typeof ROUTES;
