/**
 * The unit symbols inside the code that draws them (the map decodes their text as images:
 * scenes/pieces/symbolImages.ts; the offline build's lists use them as data: URLs). Their 23 SVG files are 20 KB
 * raw but about 1 KB gzip together (they share nearly all their markup), whereas fetched one by one
 * they cost 23 requests and ~8 KB: on a phone's 150 ms round trips that is several of them before
 * the map can start. The map uses this module in both builds; the page's list of forces uses the
 * files (assetUrls.ts: fetched only when the list shows them), or in the offline build this module
 * too, so nothing is bundled twice.
 */
import type { SymbolKey } from '../symbols/symbolKeys';
import { SYMBOLS } from '../symbols/symbolManifest';

const svgs = import.meta.glob<string>('../../assets/symbols/*.svg', { query: '?raw', import: 'default', eager: true });
const textByFile = new Map(Object.entries(svgs).map(([path, text]) => [path.replace(/^.*\//, ''), text]));
const urls = new Map<string, string>();

/** Base64: the data: URL stays free of characters an <img> src or a CSS url() would need escaped. */
const base64 = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));

/** The symbol's SVG text (null for a key without a file). */
export function symbolSvgText(key: SymbolKey): string | null {
  return textByFile.get(SYMBOLS[key].file) ?? null;
}

/** The symbol as a data: URL ('' for a key without a file: the piece is drawn without its symbol). */
export function symbolDataUrl(key: SymbolKey): string {
  const file = SYMBOLS[key].file;
  let url = urls.get(file);
  if (url === undefined) {
    const text = textByFile.get(file);
    url = text === undefined ? '' : `data:image/svg+xml;base64,${base64(text)}`;
    urls.set(file, url);
  }
  return url;
}
