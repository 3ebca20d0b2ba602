import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of ZIP and of the XLSX sheet format to read back a downloaded spreadsheet in a browser test, with
 * node's zlib and no extra package. Files stored (0) or deflated (8) only, which is all an XLSX writer produces.
 */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('Not a ZIP file: no end-of-central-directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`Bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** The first sheet of a workbook as rows of cells (strings or numbers), by row number; empty cells absent. */
export function readFirstSheet(xlsx: Buffer): Map<number, Map<string, string | number>> {
  const files = unzip(xlsx);
  const shared = (files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').match(/<si>[\s\S]*?<\/si>/g)?.map((si) => unescapeXml((si.match(/<t[^>]*>([\s\S]*?)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''))) ?? [];
  const sheetName = [...files.keys()].find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  if (!sheetName) throw new Error('No worksheet in the workbook');
  const xml = files.get(sheetName)?.toString('utf8') ?? '';
  const rows = new Map<number, Map<string, string | number>>();
  for (const cell of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, column = '', rowText = '', attributes = '', body = ''] = cell;
    const type = /t="(\w+)"/.exec(attributes)?.[1];
    let value: string | number | null = null;
    if (type === 's') value = shared[Number(/<v>(.*?)<\/v>/.exec(body)?.[1])] ?? '';
    else if (type === 'inlineStr') value = unescapeXml((/<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? ''));
    else if (type === 'str') value = unescapeXml(/<v>(.*?)<\/v>/.exec(body)?.[1] ?? '');
    else {
      const v = /<v>(.*?)<\/v>/.exec(body)?.[1];
      if (v !== undefined) value = Number(v);
    }
    if (value === null) continue;
    const row = Number(rowText);
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)?.set(column, value);
  }
  return rows;
}
