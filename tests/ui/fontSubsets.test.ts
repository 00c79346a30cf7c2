import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charactersUsed, extendedLettersUsed, latinCharacters, unicodeRange } from '../../tools/build-fonts';

const CSS_PATH = fileURLToPath(new URL('../../src/ui/styles/fonts.css', import.meta.url));
const css = readFileSync(CSS_PATH, 'utf8');

interface Face { src: string; range: string }
const faces: Face[] = [...css.matchAll(/src: url\('([^']+)'\)[^;]*;\s*unicode-range: ([^;]+);/g)].map((m) => ({ src: m[1]!, range: m[2]! }));

describe('the game\'s font subsets (tools/build-fonts.ts)', () => {
  it('cover every accented Latin letter in the game\'s text, so no name falls back to another font', () => {
    const used = extendedLettersUsed();
    expect(used.length).toBeGreaterThan(0);
    const extFaces = faces.filter((f) => f.src.includes('-latin-ext-'));
    expect(extFaces).toHaveLength(3);
    // Stale if a level, the map or a catalogue gained a letter: run `npm run build:fonts`.
    for (const face of extFaces) expect(face.range).toBe(unicodeRange(used));
  });

  it('cut the latin files to Basic Latin and the other signs the game\'s text uses, quotes, dashes and no-break space among them', () => {
    const latin = latinCharacters();
    const used = charactersUsed();
    for (const ch of ' azAZ09~') expect(latin).toContain(ch.codePointAt(0));
    // Signs the catalogues print (guillemets in Ukrainian, dashes, the ellipsis, the digit groups' space).
    for (const ch of '«»–—…\u00a0') {
      expect(used.has(ch.codePointAt(0)!)).toBe(true);
      expect(latin).toContain(ch.codePointAt(0));
    }
    // What no text uses is left out (the whole subset has all of Latin-1 and U+2000–206F).
    expect(latin.length).toBeLessThan(0x7e - 0x20 + 1 + 96 + 112);
    const latinFaces = faces.filter((f) => f.src.includes('-latin-') && !f.src.includes('-latin-ext-'));
    expect(latinFaces).toHaveLength(3);
    // Stale if a text gained a sign: run `npm run build:fonts`.
    for (const face of latinFaces) expect(face.range).toBe(unicodeRange(latin));
  });

  it('point at font files that exist', () => {
    expect(faces).toHaveLength(9);
    for (const face of faces) expect(existsSync(fileURLToPath(new URL(face.src, new URL('../../src/ui/styles/', import.meta.url))))).toBe(true);
  });

  it('write unicode ranges as runs', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0x141, 0x400, 0x401])).toBe('U+0020-0022,U+0141,U+0400-0401');
  });
});
