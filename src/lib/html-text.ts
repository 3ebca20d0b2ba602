/**
 * Escapes text for a place that only accepts HTML (Leaflet's attribution control inserts it as markup): what an
 * operator writes in config.json is then shown as written and never run.
 */
export function textAsHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
