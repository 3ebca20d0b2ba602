/** The URL pattern MSW matches for a path under a configured base URL (absolute, or relative to the page). */
export function endpoint(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
