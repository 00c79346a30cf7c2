/**
 * The unit symbols as images, at the size the pieces draw them, for drawing onto the chips' atlas
 * (chipTextures.ts). They were Phaser loader files, but the loader handles every data: URL of a
 * scene in one go, in the task that boots the game (23 of them: a long task on a phone), and
 * then makes each a WebGL texture nobody draws. Here each is an <img> the browser decodes on its
 * own time, so the work spreads over many short tasks; the page keeps them for its later maps.
 */
import { symbolSvgText } from '../../assets/symbolData';
import { SYMBOL_KEYS, type SymbolKey } from '../../symbols/symbolKeys';
import { symbolLoadSize } from '../layout/pieceSizes';

let images: Map<SymbolKey, HTMLImageElement> | null = null;
let loading: Promise<void> | null = null;

/** The symbol's SVG with its own width and height set to the size it is drawn at (crisp). */
export function sizedSvg(text: string, width: number, height: number): string {
  return text.replace(/<svg\b[^>]*>/, (tag) => tag
    .replace(/\swidth="[^"]*"/, ` width="${width}px"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}px"`));
}

/** Load every symbol once per page; settles when all have loaded or failed (a failed one is left out). */
export function loadSymbolImages(): Promise<void> {
  loading ??= Promise.all(SYMBOL_KEYS.map(async (key): Promise<[SymbolKey, HTMLImageElement] | null> => {
    const text = symbolSvgText(key);
    if (text === null) return null;
    const { width, height } = symbolLoadSize(key);
    const img = new Image(width, height);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sizedSvg(text, width, height))}`;
    try {
      await img.decode();
      return [key, img];
    } catch {
      return null; // this piece is drawn without its symbol
    }
  })).then((loaded) => {
    images = new Map(loaded.filter((x): x is [SymbolKey, HTMLImageElement] => x !== null));
  });
  return loading;
}

/** A loaded symbol's image, or null (not loaded, or it failed). */
export function symbolImage(key: SymbolKey): HTMLImageElement | null {
  return images?.get(key) ?? null;
}
