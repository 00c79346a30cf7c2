import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACES, fetchWebFonts, PLACE_NAME_SAMPLE, webFontsLoaded } from '../../src/assets/webFontFaces';

/** A stand-in FontFaceSet: remembers what was asked for; `check` answers from `loaded`. */
function fakeDocument(opts: { loaded: boolean; loadFails?: boolean; checkThrows?: boolean }) {
  const asked: Array<[string, string]> = [];
  const fonts = {
    load(face: string, text: string) {
      asked.push([face, text]);
      return opts.loadFails ? Promise.reject(new Error('network')) : Promise.resolve([]);
    },
    check(_face: string, _text: string) {
      if (opts.checkThrows) throw new SyntaxError('bad font');
      return opts.loaded;
    },
  };
  return { doc: { fonts } as unknown as Document, asked };
}

describe('the typefaces a page asks for as it opens', () => {
  it('asks for every face with the letters of the language and of the place names', async () => {
    const en = fakeDocument({ loaded: true });
    expect(await fetchWebFonts(en.doc, 'en')).toBe(true);
    expect(en.asked.map(([face]) => face)).toEqual(FACES);
    for (const [, text] of en.asked) {
      expect(text).toContain(PLACE_NAME_SAMPLE);
      expect(text, 'an English page asks for no Cyrillic file').not.toMatch(/[\u0400-\u04ff]/);
    }
    const uk = fakeDocument({ loaded: true });
    await fetchWebFonts(uk.doc, 'uk');
    for (const [, text] of uk.asked) expect(text).toMatch(/[\u0400-\u04ff]/);
  });

  it('says false, never throws, when the files fail, are not in, or cannot be checked', async () => {
    expect(await fetchWebFonts(fakeDocument({ loaded: true, loadFails: true }).doc, 'en')).toBe(false);
    expect(await fetchWebFonts(fakeDocument({ loaded: false }).doc, 'en')).toBe(false);
    expect(webFontsLoaded(fakeDocument({ loaded: true, checkThrows: true }).doc, 'en')).toBe(false);
    expect(webFontsLoaded({} as Document, 'en')).toBe(false);
    expect(await fetchWebFonts({} as Document, 'en')).toBe(false);
  });

  it('has in its place-name sample a letter from each Latin Extended file, so those load with the rest', () => {
    const css = readFileSync(new URL('../../src/ui/styles/fonts.css', import.meta.url), 'utf8');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).filter((f) => /latin-ext/.test(f));
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      const ranges = /unicode-range:\s*([^;]+);/.exec(face)![1]!.split(',').map((r) => {
        const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)] as const;
      });
      const covered = [...PLACE_NAME_SAMPLE].some((ch) => ranges.some(([lo, hi]) => ch.codePointAt(0)! >= lo && ch.codePointAt(0)! <= hi));
      expect(covered, /src: url\('([^']+)'/.exec(face)?.[1]).toBe(true);
    }
  });
});
