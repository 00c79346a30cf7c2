import { describe, expect, it } from 'vitest';
import {
  ARMS,
  ECHELONS,
  ESCALATION_EVENT_KINDS,
  EVENT_SYMBOL_KEYS,
  HQ_SYMBOL_KEY,
  PALETTE,
  SYMBOL_KEYS,
  UNIT_SYMBOL_KEYS,
  eventSymbolKey,
  isSymbolKey,
  symbolKeyFor,
  type FormationKind,
} from '../../src/symbols/symbolKeys';

describe('symbol keys', () => {
  it('has one unit key per echelon and arm, plus the HQ and six event markers, no duplicates', () => {
    expect(UNIT_SYMBOL_KEYS).toHaveLength(ARMS.length * ECHELONS.length);
    expect(SYMBOL_KEYS).toHaveLength(ARMS.length * ECHELONS.length + 1 + EVENT_SYMBOL_KEYS.length);
    expect(new Set(SYMBOL_KEYS).size).toBe(SYMBOL_KEYS.length);
    expect(SYMBOL_KEYS).toContain(HQ_SYMBOL_KEY);
    expect(SYMBOL_KEYS).toContain('bde-armour');
    expect(SYMBOL_KEYS).toContain('bg-airborne');
    // Keys become file names and URLs.
    for (const key of SYMBOL_KEYS) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('symbolKeyFor maps every formation kind and arm to an existing key at the right echelon', () => {
    const kinds: FormationKind[] = ['battlegroup', 'brigade'];
    const seen = new Set<string>();
    for (const kind of kinds) {
      for (const arm of ARMS) {
        const key = symbolKeyFor(kind, arm);
        expect(isSymbolKey(key)).toBe(true);
        expect(key).toBe(`${kind === 'brigade' ? 'bde' : 'bg'}-${arm}`);
        seen.add(key);
      }
    }
    expect(seen).toEqual(new Set(UNIT_SYMBOL_KEYS));
  });

  it('eventSymbolKey maps every escalation event kind to an event marker', () => {
    for (const kind of ESCALATION_EVENT_KINDS) {
      const key = eventSymbolKey(kind);
      expect(EVENT_SYMBOL_KEYS).toContain(key);
      expect(isSymbolKey(key)).toBe(true);
    }
    expect(eventSymbolKey('strike')).toBe('event-strike');
    expect(eventSymbolKey('nuclear')).toBe('event-nuclear');
    expect(eventSymbolKey('airspace')).toBe('event-air');
    expect(eventSymbolKey('cyber')).toBe('event-cyber');
    expect(eventSymbolKey('jamming')).toBe('event-cyber');
    expect(eventSymbolKey('buildup')).toBe('event-buildup');
    expect(eventSymbolKey('snapExercise')).toBe('event-buildup');
    expect(eventSymbolKey('protest')).toBe('event-pressure');
    expect(eventSymbolKey('disinformation')).toBe('event-pressure');
  });

  it('every event marker is used by some event kind', () => {
    const used = new Set(ESCALATION_EVENT_KINDS.map(eventSymbolKey));
    expect(used).toEqual(new Set(EVENT_SYMBOL_KEYS));
  });

  it('unknown event kinds fall back to the generic pressure marker', () => {
    for (const kind of ['', 'meteorStrike', 'toString', '__proto__', 'constructor', 'STRIKE']) {
      expect(eventSymbolKey(kind)).toBe('event-pressure');
    }
  });
});

// ---- colour: simulated colour-vision deficiency -------------------------------------------

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255];
}
const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (rgb: Rgb): Rgb => rgb.map(toLinear) as Rgb;

function mul(m: readonly (readonly number[])[], v: Rgb): Rgb {
  return m.map((row) => row[0]! * v[0] + row[1]! * v[1] + row[2]! * v[2]) as Rgb;
}
// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear sRGB.
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const PROTANOPIA = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];
const TRITANOPIA = [
  [1.255528, -0.076749, -0.178779],
  [-0.078411, 0.930809, 0.147602],
  [0.004733, 0.691367, 0.3039],
];
const clamp = (v: Rgb): Rgb => v.map((c) => Math.min(1, Math.max(0, c))) as Rgb;

function linearToLab([r, g, b]: Rgb): Rgb {
  // sRGB D65 -> XYZ -> CIELAB
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const luminance = (hex: string): number => {
  const [r, g, b] = linear(hexToRgb(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const MAP_DARK = '#1b2430'; // docs/design.md section 13: the calm dark map

describe('palette', () => {
  it('is made of #rrggbb colours', () => {
    for (const c of Object.values(PALETTE)) expect(c).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('keeps friendly and hostile apart for normal, deuteranope, protanope and tritanope vision', () => {
    const f = linear(hexToRgb(PALETTE.friendly));
    const h = linear(hexToRgb(PALETTE.hostile));
    const views: [string, (v: Rgb) => Rgb][] = [
      ['normal', (v) => v],
      ['deuteranopia', (v) => clamp(mul(DEUTERANOPIA, v))],
      ['protanopia', (v) => clamp(mul(PROTANOPIA, v))],
      ['tritanopia', (v) => clamp(mul(TRITANOPIA, v))],
    ];
    const app6Friend = linear(hexToRgb('#80E0FF'));
    const app6Hostile = linear(hexToRgb('#FF8080'));
    for (const [name, see] of views) {
      const a = linearToLab(see(f));
      const b = linearToLab(see(h));
      // ~2.3 CIELAB units is a just-noticeable difference; this pair stays ~90 or more apart.
      expect(deltaE(a, b), name).toBeGreaterThan(80);
      // And it beats APP-6's default light blue / light red pair, the reason it replaces it.
      expect(deltaE(a, b), name).toBeGreaterThan(
        deltaE(linearToLab(see(app6Friend)), linearToLab(see(app6Hostile))),
      );
    }
    // For red-green dichromats, blue stays on the blue side (b* < 0) and orange on the yellow.
    for (const m of [DEUTERANOPIA, PROTANOPIA]) {
      expect(linearToLab(clamp(mul(m, f)))[2]).toBeLessThan(0);
      expect(linearToLab(clamp(mul(m, h)))[2]).toBeGreaterThan(0);
    }
  });

  it('differs in lightness too, so the pair survives greyscale', () => {
    expect(contrast(PALETTE.friendly, PALETTE.hostile)).toBeGreaterThan(1.3);
  });

  it('fills stand out from the dark map and carry black icons legibly', () => {
    for (const fill of [PALETTE.friendly, PALETTE.hostile, PALETTE.neutral]) {
      expect(contrast(fill, MAP_DARK)).toBeGreaterThanOrEqual(3); // WCAG non-text contrast
      expect(contrast(fill, '#000000')).toBeGreaterThanOrEqual(4.5);
    }
  });
});
