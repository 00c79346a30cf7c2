/**
 * The IBM Plex faces the page's style sheets use, and the letters that decide which of their
 * files (unicode-range: Latin, Latin Extended, Cyrillic) a page needs. Shared by the interface,
 * which switches its text to them (src/ui/webFonts.ts), and the map, which bakes text with them.
 */

/** The faces the style sheets use (src/ui/styles/fonts.css). */
export const FACES = ["400 1em 'IBM Plex Sans'", "600 1em 'IBM Plex Sans'", "500 1em 'IBM Plex Mono'"];

/**
 * Letters beyond ASCII in the place names (the map's labels and the lists), so the faces' Latin
 * Extended files load with the Latin ones rather than later, each arrival a relayout.
 */
export const PLACE_NAME_SAMPLE = 'Šiauliai Ādaži Poznań Gdańsk Rzeszów Suwałki Klaipėda Iași Constanța Kogălniceanu';
/** Letters of the Ukrainian interface (the Cyrillic files) and of the Latin files. */
const LANGUAGE_SAMPLE: Readonly<Record<string, string>> = { en: 'Aa1', uk: 'Aa1 Гарантія Україна ґєії №' };

const sampleFor = (lang: string) => `${LANGUAGE_SAMPLE[lang] ?? LANGUAGE_SAMPLE.en} ${PLACE_NAME_SAMPLE}`;
const hasFontLoading = (fonts: FontFaceSet | undefined): fonts is FontFaceSet => !!fonts && typeof fonts.load === 'function' && typeof fonts.check === 'function';

/**
 * Ask for every face file the language and the place names need, now. Settles (never rejects)
 * once they are in, true, or have failed or cannot be asked for, false.
 */
export function fetchWebFonts(doc: Document, lang: string): Promise<boolean> {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!hasFontLoading(fonts)) return Promise.resolve(false);
  const text = sampleFor(lang);
  return Promise.all(FACES.map((face) => fonts.load(face, text))).then(() => webFontsLoaded(doc, lang), () => false);
}

/** Every face file the language and the place names need is loaded. */
export function webFontsLoaded(doc: Document, lang: string): boolean {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!hasFontLoading(fonts)) return false;
  const text = sampleFor(lang);
  try {
    return FACES.every((face) => fonts.check(face, text));
  } catch {
    return false; // a face the browser cannot parse: switch the usual way
  }
}

