/** ISO date (or date-time with offset) → dd/MM/yyyy[ HH:mm:ss], as the QCDC reporting app prints dates. */
export function viDate(iso: string): string {
  const [date = '', time] = iso.split('T');
  const [y, m, d] = date.split('-');
  return time ? `${d}/${m}/${y} ${time.slice(0, 8)}` : `${d}/${m}/${y}`;
}
