/**
 * Fake of the complaints-and-denunciations reporting software (Government Inspectorate forms, TT 02/2021),
 * monthly roll-up per unit under the province (a district to 2025-06, a commune or ward, five-digit code, from 2025-07):
 *   GET {base}/bao-cao/tong-hop-thang?tu_ky=YYYYMM&den_ky=YYYYMM
 * snake_case; envelope { error_code, message, thoi_diem_tong_hop, data }; "as of" as dd/MM/yyyy HH:mm:ss
 * (UTC+7); each record groups its figures by report form: citizen reception, petitions received, petition
 * handling, and resolution results (the records: mocks/demo-tables.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { COMPLAINT_DATA_AS_OF } from '../data/complaints';
import { jsonArray, spliceJson, type DemoStore, type WireRecord } from '../demo-store';
import { endpoint } from './endpoint';

export const COMPLAINT_MONTHS_PATH = 'bao-cao/tong-hop-thang';

const failure = (status: number, message: string) => HttpResponse.json({ error_code: status, message, data: null }, { status });

/** "201907" → "2019-07"; null when malformed. */
function monthFromQuery(text: string | null): string | null {
  const match = text ? /^(\d{4})(0[1-9]|1[0-2])$/.exec(text) : null;
  return match ? `${match[1]}-${match[2]}` : null;
}

/** "2025-01-15T16:45:00+07:00" → "15/01/2025 16:45:00". */
function vnTimestamp(isoWithOffset: string): string {
  const [date = '', time = ''] = isoWithOffset.split('T');
  return `${date.split('-').toReversed().join('/')} ${time.slice(0, 8)}`;
}

export function complaintsSystemHandlers(baseUrl: string, store: DemoStore): HttpHandler[] {
  return [
    http.get(endpoint(baseUrl, COMPLAINT_MONTHS_PATH), async ({ request }) => {
      const params = new URL(request.url).searchParams;
      const from = monthFromQuery(params.get('tu_ky'));
      const to = monthFromQuery(params.get('den_ky'));
      if (!from || !to) return failure(400, 'Tham số tu_ky/den_ky phải có dạng yyyyMM');
      if (from > to) return failure(400, 'tu_ky phải trước den_ky');
      const records: WireRecord[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const r of (await store.records('complaint-months', String(year))) ?? []) if (r.key >= from && r.key <= to) records.push(r);
      }
      const data = '@data';
      return spliceJson({ error_code: 0, message: 'Thành công', thoi_diem_tong_hop: vnTimestamp(COMPLAINT_DATA_AS_OF), data }, { [data]: jsonArray(records) });
    }),
  ];
}
