/** One template filler: the engine's sentences, the interface's catalog and the feature catalogs fill alike. */
import { describe, expect, it } from 'vitest';
import { EN, fill, indexLevel, levelNames, thousands } from '../../src/engine';
import { fillTemplate, groupDigits, slavicPlural } from '../../src/engine/messages/template';
import { english, format, setLanguage } from '../../src/i18n';
import UK from '../../src/i18n/lang/uk';
import { tpl } from '../../src/i18n/template';
import { shippedLevel } from '../helpers/shipped';

describe('the one template filler', () => {
  const names = levelNames(indexLevel(shippedLevel('tutorial')));
  const plain = { number: String, plural: EN.plural };

  it('fills {key} and {key|forms} the same way at every entry point, leaving unknown keys visible', () => {
    const template = '{n} {n|day|days} left, {who} {missing}';
    for (const [n, word] of [[1, 'day'], [3, 'days']] as const) {
      const want = `${n} ${word} left, Kyiv {missing}`;
      expect(fill(template, { n, who: 'Kyiv' }, EN, names)).toBe(want);
      expect(format(template, { n, who: 'Kyiv' }, plain)).toBe(want);
      expect(tpl(template, { n, who: 'Kyiv' })).toBe(want);
    }
    // A key on Object's prototype is not a parameter.
    expect(fillTemplate('{constructor}', {}, { plural: EN.plural })).toBe('{constructor}');
  });

  it('picks Ukrainian word forms once the language is Ukrainian, in the feature catalogs too', () => {
    try {
      setLanguage(UK);
      expect([1, 2, 5, 21].map((n) => tpl('{n|день|дні|днів}', { n }))).toEqual(['день', 'дні', 'днів', 'день']);
    } finally {
      setLanguage(english());
    }
    expect(tpl('{n|day|days}', { n: 2 })).toBe('days');
    expect([1, 3, 11, 14, 22].map(slavicPlural)).toEqual([0, 1, 2, 2, 1]);
  });

  it('groups digits in one place', () => {
    expect(groupDigits(40000, '\u00a0')).toBe('40\u00a0000');
    expect(groupDigits(-1234567, ',')).toBe('-1,234,567');
    expect(thousands(18500)).toBe(groupDigits(18500, ','));
    expect(EN.number(999)).toBe('999');
  });
});
