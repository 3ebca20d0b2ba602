import type { jsPDF } from 'jspdf';
// Emitted as assets and fetched only when a pack is made: the fonts never weigh on a page load.
import boldUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';

/**
 * Be Vietnam Pro (SIL Open Font License) has every precomposed Vietnamese letter; jsPDF's built-in fonts have none.
 * Embedded with Identity-H so each glyph keeps its Unicode value and the text can be searched and copied.
 */
export const PACK_FONT = 'BeVietnamPro';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Also lends the font to the page: ECharts measures its labels in the browser (to fit axis names, to wrap) and must
 * measure them in the font the PDF will draw them in, or long unit names overrun the bars.
 */
async function lendToPage(buffer: ArrayBuffer, weight: string): Promise<void> {
  if (typeof FontFace === 'undefined' || typeof document === 'undefined') return;
  const face = new FontFace(PACK_FONT, buffer.slice(0), { weight });
  await face.load();
  document.fonts.add(face);
}

export async function embedFonts(doc: jsPDF): Promise<void> {
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]);
  await Promise.all([lendToPage(regular, '400'), lendToPage(bold, '700')]);
  doc.addFileToVFS('BeVietnamPro-Regular.ttf', toBase64(regular));
  doc.addFont('BeVietnamPro-Regular.ttf', PACK_FONT, 'normal', 'Identity-H');
  doc.addFileToVFS('BeVietnamPro-Bold.ttf', toBase64(bold));
  doc.addFont('BeVietnamPro-Bold.ttf', PACK_FONT, 'bold', 'Identity-H');
  doc.setFont(PACK_FONT, 'normal');
}
