/**
 * The unit symbols as images, at the size the pieces draw them, for drawing onto the chips' atlas
 * (chipTextures.ts). They were Phaser loader files, but the loader handles every data: URL of a
 * scene in one go, in the task that boots the game, and then makes each a WebGL texture nobody
 * draws. Here each is an <img>, set a few to a task: setting an <img>'s source to a data: URL
 * makes the browser parse that SVG into a document of its own in the same task's microtasks
 * (10–20 ms a symbol on a phone-speed CPU), so 23 set at once were one 350 ms task. The page
 * keeps them for its later maps; the map starts loading them as its code arrives (mountMap.ts).
 */
import { symbolSvgText } from '../../assets/symbolData';
import { SYMBOL_KEYS, type SymbolKey } from '../../symbols/symbolKeys';
import { symbolLoadSize } from '../layout/pieceSizes';
import { nextTask } from '../../schedule/slices';

/**
 * Milliseconds of parsing per task: a third of the usual slice budget, since these tasks run
 * beside Phaser's boot and the page's layouts, and a symbol's parse can only be counted after it
 * has run (a task may go one symbol over). A phone-speed CPU parses one a task, a desktop a few.
 */
export const SYMBOL_BUDGET_MS = 8;

let images: Map<SymbolKey, HTMLImageElement> | null = null;
let loading: Promise<void> | null = null;

/** The symbol's SVG with its own width and height set to the size it is drawn at (crisp). */
export function sizedSvg(text: string, width: number, height: number): string {
  return text.replace(/<svg\b[^>]*>/, (tag) => tag
    .replace(/\swidth="[^"]*"/, ` width="${width}px"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}px"`));
}

/**
 * Load every symbol once per page, in tasks of at most about SYMBOL_BUDGET_MS of parsing each (never in the
 * caller's); settles when all have loaded or failed (a failed one is left out, and its piece is
 * drawn without its symbol). `now` is the clock (tests give their own).
 */
export function loadSymbolImages(now: () => number = () => performance.now()): Promise<void> {
  loading ??= (async () => {
    const decoding: Array<Promise<[SymbolKey, HTMLImageElement] | null>> = [];
    await nextTask();
    let t0 = now();
    for (const key of SYMBOL_KEYS) {
      if (now() - t0 >= SYMBOL_BUDGET_MS) {
        await nextTask();
        t0 = now();
      }
      const text = symbolSvgText(key);
      if (text === null) continue;
      const { width, height } = symbolLoadSize(key);
      const img = new Image(width, height);
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sizedSvg(text, width, height))}`;
      decoding.push(img.decode().then((): [SymbolKey, HTMLImageElement] => [key, img], () => null));
      // The parse runs in the microtask the assignment queued: let it run, so the clock counts it.
      await Promise.resolve();
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
