/**
 * The page opens in the system's typefaces and uses IBM Plex (src/ui/styles/fonts.css) once the
 * files are here. A switch lays out again every line of text it reaches, and on a slow phone
 * laying out a whole screen is a long task; letting each file swap in as it arrives would do that
 * once per file. So:
 * - the page asks for the Latin files as it opens (the build puts preload links for them in the
 *   page: tools/fontPreloads.ts), and the boot code for every file of the player's
 *   language (fetchWebFonts);
 * - an interface built after they are in uses them from its first layout (useWebFontsIfLoaded):
 *   nothing to switch;
 * - one built before (the title, usually) switches when they are in: the files first, all of
 *   them, then one region at a time (the HUD, each sidebar, the map's area...), a frame each, and
 *   the rest of the page last (switchToWebFonts; base.css: `.webfonts`).
 */
import { FACES, webFontsLoaded } from '../assets/webFontFaces';
import { afterNextFrame } from '../schedule/afterFrame';

/**
 * Before an interface is built: if the faces are in, the whole page uses them from now on, so
 * its first layout is its last for the fonts. Returns whether it did.
 */
export function useWebFontsIfLoaded(doc: Document, lang: string): boolean {
  if (!webFontsLoaded(doc, lang)) return false;
  doc.documentElement.classList.add('webfonts');
  return true;
}

/** The regions of the screen shown, switched one by one before the page as a whole. */
const REGIONS = [
  '.game-screen:not([hidden]) > :not(.game-body)',
  '.game-screen:not([hidden]) > .game-body > *',
  '.title-screen:not([hidden]) > .title-inner:not([hidden]) > *',
].join(', ');

export function switchToWebFonts(doc: Document = document): void {
  if (doc.documentElement.classList.contains('webfonts')) return; // in use from the first layout
  const fonts = doc.fonts as FontFaceSet | undefined;
  // The files whose letters are on the page now (unicode-range: Cyrillic in Ukrainian, the
  // accented Latin of a few names); text shown later fetches what else it needs.
  const text = shownText(doc);
  const loaded = fonts && typeof fonts.load === 'function'
    ? Promise.all(FACES.map((face) => fonts.load(face, text))).then(() => undefined, () => undefined)
    : Promise.resolve();
  void loaded.then(() => {
    const regions = [...doc.querySelectorAll<HTMLElement>(REGIONS)].filter((el) => !el.hidden);
    const next = () => {
      const region = regions.shift();
      if (!region) {
        doc.documentElement.classList.add('webfonts');
        return;
      }
      region.classList.add('webfonts');
      // After the frame that lays the region out again, in a task of its own.
      afterNextFrame(next);
    };
    next();
  });
}

/**
 * The text of the page that can be on screen now, without laying the page out (innerText would):
 * not inside an element marked hidden, a closed dialog, a template or script, nor a list option
 * other than the chosen one. The body's whole textContent would also hold the language menu's
 * "Українська" and the closed dialogs, and so fetch the Cyrillic files for an English page.
 */
export function shownText(doc: Document): string {
  const skip = (el: Element) =>
    el.hasAttribute('hidden') ||
    (el.tagName === 'DIALOG' && !el.hasAttribute('open')) ||
    el.tagName === 'TEMPLATE' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE' ||
    (el.tagName === 'OPTION' && !(el as HTMLOptionElement).selected);
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.nodeType !== Node.ELEMENT_NODE ? NodeFilter.FILTER_ACCEPT : skip(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
  });
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
  return parts.join(' ');
}
