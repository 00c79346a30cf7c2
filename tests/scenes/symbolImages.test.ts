import { describe, expect, it } from 'vitest';
import { symbolSvgText } from '../../src/assets/symbolData';
import { sizedSvg } from '../../src/scenes/pieces/symbolImages';
import { symbolLoadSize } from '../../src/scenes/layout/pieceSizes';
import { SYMBOL_KEYS } from '../../src/symbols/symbolKeys';

describe('the unit symbols as images', () => {
  it('sets each shipped symbol’s own size to the size the pieces draw it at, and nothing else', () => {
    for (const key of SYMBOL_KEYS) {
      const text = symbolSvgText(key);
      if (text === null) continue;
      const { width, height } = symbolLoadSize(key);
      const sized = sizedSvg(text, width, height);
      const root = /<svg\b[^>]*>/.exec(sized)![0];
      expect(root, key).toContain(` width="${width}px"`);
      expect(root, key).toContain(` height="${height}px"`);
      // the drawing is untouched: only the root tag's size changed
      expect(sized.slice(root.length), key).toBe(text.slice(/<svg\b[^>]*>/.exec(text)![0].length));
      expect(root.replace(/\s(width|height)="[^"]*"/g, ''), key).toBe(/<svg\b[^>]*>/.exec(text)![0].replace(/\s(width|height)="[^"]*"/g, ''));
    }
  });

  it('has every symbol the pieces use', () => {
    expect(SYMBOL_KEYS.filter((k) => symbolSvgText(k) === null)).toEqual([]);
  });
});
