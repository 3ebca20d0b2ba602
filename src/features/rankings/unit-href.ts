import { ROUTES } from '../../state/routes';

/**
 * Link to a unit's page that keeps the view (period, language) and makes the unit the page-wide selection, so the
 * shell's unit filter shows it and the unit page does not jump to another unit selected before.
 */
export function unitPageHref(code: string, search: string): string {
  const params = new URLSearchParams(search);
  params.set('unit', code);
  return `${ROUTES.unit.replace(':code', encodeURIComponent(code))}?${params.toString()}`;
}
