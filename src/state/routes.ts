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

const PREFIXES: ReadonlyArray<[string, RouteId]> = [
  ['/cong-khai', 'disclosure'],
  ['/khieu-nai-to-cao', 'complaints'],
  ['/dich-vu-cong', 'services'],
  ['/dan-van-kheo', 'emulation'],
  ['/xep-hang', 'rankings'],
  ['/don-vi/', 'unit'],
  ['/trinh-chieu', 'briefing'],
  ['/chat-luong-du-lieu', 'dataQuality'],
];

/** The page at a path (without the app's base), or null off the known pages. */
export function routeOfPath(pathname: string): RouteId | null {
  if (pathname === '/' || pathname === '') return 'overview';
  return PREFIXES.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? null;
}
