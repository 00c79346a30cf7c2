/**
 * The unit symbols as images, at the size the pieces draw them, for drawing onto the chips' atlas
 * (chipTextures.ts). They were Phaser loader files, but the loader handles every data: URL of a
 * scene in one go, in the task that boots the game, and then makes each a WebGL texture nobody
 * draws. Here each is an <img>, and each gets a task of its own: setting an <img>'s source to a
 * data: URL makes the browser parse that SVG into a document of its own in the same task's
 * microtasks (10–20 ms a symbol on a phone-speed CPU), so 23 set at once were one 350 ms task.
 * The page keeps them for its later maps.
 */
import { symbolSvgText } from '../../assets/symbolData';
import { SYMBOL_KEYS, type SymbolKey } from '../../symbols/symbolKeys';
import { symbolLoadSize } from '../layout/pieceSizes';
import { nextTask } from '../../schedule/slices';

let images: Map<SymbolKey, HTMLImageElement> | null = null;
let loading: Promise<void> | null = null;

/** The symbol's SVG with its own width and height set to the size it is drawn at (crisp). */
export function sizedSvg(text: string, width: number, height: number): string {
  return text.replace(/<svg\b[^>]*>/, (tag) => tag
    .replace(/\swidth="[^"]*"/, ` width="${width}px"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}px"`));
}

/**
 * Load every symbol once per page, one symbol's source set per task; settles when all have loaded
 * or failed (a failed one is left out, and its piece is drawn without its symbol).
 */
export function loadSymbolImages(): Promise<void> {
  loading ??= (async () => {
    const decoding: Array<Promise<[SymbolKey, HTMLImageElement] | null>> = [];
    for (const key of SYMBOL_KEYS) {
      // a task of its own: the caller's task ends first, and each symbol is parsed before the next is set
      await nextTask();
      const text = symbolSvgText(key);
      if (text === null) continue;
      const { width, height } = symbolLoadSize(key);
      const img = new Image(width, height);
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sizedSvg(text, width, height))}`;
      decoding.push(img.decode().then((): [SymbolKey, HTMLImageElement] => [key, img], () => null));
    }
    const loaded = await Promise.all(decoding);
    images = new Map(loaded.filter((x): x is [SymbolKey, HTMLImageElement] => x !== null));
  })();
  return loading;
}

/** A loaded symbol's image, or null (not loaded, or it failed). */
export function symbolImage(key: SymbolKey): HTMLImageElement | null {
  return images?.get(key) ?? null;
}
