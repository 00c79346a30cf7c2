import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ms from 'milsymbol';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST, DEFAULT_OUT_DIR, buildSymbols, makeSymbol, sidcFor } from '../../tools/build-symbols';
import {
  ARMS,
  EVENT_SYMBOL_KEYS,
  PALETTE,
  SYMBOL_KEYS,
  UNIT_SYMBOL_KEYS,
  type SymbolKey,
} from '../../src/symbols/symbolKeys';
import {
  SYMBOLS,
  parseSymbolManifest,
  symbolOrigin,
  symbolUrl,
} from '../../src/symbols/symbolManifest';

const ASSETS = fileURLToPath(new URL('../../assets/symbols', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../../src/symbols/manifest.json', import.meta.url));
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<
  string,
  { file: string; width: number; height: number; anchorX: number; anchorY: number; sidc: string }
>;
const svgOf = (key: SymbolKey): string => readFileSync(join(ASSETS, manifest[key]!.file), 'utf8');
const isEvent = (key: SymbolKey): boolean => key.startsWith('event-');

describe('generated symbol files', () => {
  it('are written where the game serves them from', () => {
    expect(resolve(DEFAULT_OUT_DIR)).toBe(ASSETS);
    expect(resolve(DEFAULT_MANIFEST)).toBe(MANIFEST);
  });

  it('has a manifest entry for every key, and nothing else', () => {
    expect(Object.keys(manifest)).toEqual([...SYMBOL_KEYS]);
  });

  it.each([...SYMBOL_KEYS])('%s: SVG exists, is an <svg>, and its anchor lies inside it', (key) => {
    const entry = manifest[key]!;
    expect(entry.file).toBe(`${key}.svg`);
    const path = join(ASSETS, entry.file);
    expect(existsSync(path)).toBe(true);
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(entry.width).toBeGreaterThan(0);
    expect(entry.height).toBeGreaterThan(0);
    // The manifest's size is the SVG's own size.
    expect(svg).toContain(`width="${entry.width}"`);
    expect(svg).toContain(`height="${entry.height}"`);
    expect(entry.anchorX).toBeGreaterThanOrEqual(0);
    expect(entry.anchorX).toBeLessThanOrEqual(entry.width);
    expect(entry.anchorY).toBeGreaterThanOrEqual(0);
    expect(entry.anchorY).toBeLessThanOrEqual(entry.height);
    // Small, tidy files: no whitespace runs left between tags.
    expect(statSync(path).size).toBeLessThan(2048);
    expect(svg).not.toMatch(/>\s+</);
  });

  it('land frames are about 48 px wide, as the map layout expects', () => {
    for (const key of UNIT_SYMBOL_KEYS) {
      expect(manifest[key]!.width).toBeGreaterThan(44);
      expect(manifest[key]!.width).toBeLessThan(52);
    }
  });

  it('no two symbols look the same', () => {
    const svgs = SYMBOL_KEYS.map(svgOf);
    expect(new Set(svgs).size).toBe(svgs.length);
  });

  it('carry no text fields: the only letters are APP-6 icons that are letters', () => {
    // The game draws the nation label, so one file serves every nation.
    const lettersOf = (svg: string): string[] =>
      [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const expected: Partial<Record<SymbolKey, string[]>> = {
      hq: ['MN'], // multinational
      'event-cyber': ['CYB'], // cyberspace
      'event-nuclear': ['N'], // nuclear
    };
    for (const key of SYMBOL_KEYS) expect(lettersOf(svgOf(key))).toEqual(expected[key] ?? []);
  });
});

describe('SIDCs', () => {
  it.each([...SYMBOL_KEYS])('%s: milsymbol accepts its SIDC and draws its icon', (key) => {
    const sidc = manifest[key]!.sidc;
    expect(sidc).toBe(sidcFor(key));
    expect(sidc).toMatch(/^\d{20}$/);
    const symbol = new ms.Symbol(sidc);
    expect(symbol.isValid()).toBe(true);
    expect(symbol.isValid(true)).toMatchObject({ icon: true, drawInstructions: true });
    expect(makeSymbol(key).isValid()).toBe(true);
  });

  it('encode the right affiliation, echelon and dimension', () => {
    const meta = (key: SymbolKey) => new ms.Symbol(manifest[key]!.sidc).getMetadata();
    for (const arm of ARMS) {
      expect(meta(`bg-${arm}`)).toMatchObject({ affiliation: 'Friend', dimension: 'Ground', echelon: 'Battalion/squadron', headquarters: false });
      expect(meta(`bde-${arm}`)).toMatchObject({ affiliation: 'Friend', dimension: 'Ground', echelon: 'Brigade', headquarters: false });
    }
    expect(meta('hq')).toMatchObject({ affiliation: 'Friend', dimension: 'Ground', headquarters: true, echelon: 'Division' });
    for (const key of EVENT_SYMBOL_KEYS) {
      expect(meta(key).affiliation).toBe('Hostile');
      expect(meta(key).dimension).toBe(key === 'event-air' ? 'Air' : 'Ground');
    }
  });

  it('the same arm shares its icon code across echelons', () => {
    for (const arm of ARMS) {
      const bg = manifest[`bg-${arm}`]!.sidc;
      const bde = manifest[`bde-${arm}`]!.sidc;
      // Everything but the echelon digits (9-10) is the same.
      expect(bg.slice(0, 8) + bg.slice(10)).toBe(bde.slice(0, 8) + bde.slice(10));
      expect([bg.slice(8, 10), bde.slice(8, 10)]).toEqual(['16', '18']);
    }
  });
});

describe('echelon marks', () => {
  const paths = (svg: string): Set<string> =>
    new Set([...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]!));

  it.each([...ARMS])('%s: battlegroup (II) and brigade (X) differ only in the marks above the frame', (arm) => {
    const bg = svgOf(`bg-${arm}`);
    const bde = svgOf(`bde-${arm}`);
    expect(bg).not.toBe(bde);
    const onlyBg = [...paths(bg)].filter((d) => !paths(bde).has(d));
    const onlyBde = [...paths(bde)].filter((d) => !paths(bg).has(d));
    // Battalion: two vertical bars; brigade: one X (two crossing strokes in one path).
    expect(onlyBg).toEqual(['M90,40L90,15', 'M110,40L110,15']);
    expect(onlyBde).toHaveLength(1);
    expect(onlyBde[0]).toMatch(/^M87\.5,40 l25,-25 m0,25 l-25,-25$/);
    // The marks start above the frame's top edge (y = 50 in milsymbol's units).
    for (const d of [...onlyBg, ...onlyBde]) {
      const y = Number(/^M[\d.]+,([\d.]+)/.exec(d)![1]);
      expect(y).toBeLessThan(50);
    }
    // Removing the marks (and their halo) leaves identical symbols.
    const strip = (svg: string, ds: string[]): string =>
      ds.reduce((s, d) => s.split(new RegExp(`<path d="${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*></path>`)).join(''), svg);
    expect(strip(bg, onlyBg)).toBe(strip(bde, onlyBde));
  });
});

describe('colours', () => {
  it.each([...SYMBOL_KEYS])('%s uses its side\'s fill and the light halo', (key) => {
    const svg = svgOf(key);
    const [own, other] = isEvent(key)
      ? [PALETTE.hostile, PALETTE.friendly]
      : [PALETTE.friendly, PALETTE.hostile];
    expect(svg).toContain(`fill="${own}"`);
    expect(svg).not.toContain(other);
    expect(svg).toContain(`stroke="${PALETTE.neutral}"`);
    // No APP-6 default fills left over (friend #80E0FF, hostile #FF8080).
    expect(svg).not.toMatch(/rgb\(128,\s*224,\s*255\)|rgb\(255,\s*128,\s*128\)/);
  });
});

describe('manifest module', () => {
  it('loads the committed manifest and derives URLs and origins from it', () => {
    for (const key of SYMBOL_KEYS) {
      expect(SYMBOLS[key]).toEqual(manifest[key]);
      expect(symbolUrl(key)).toBe(`symbols/${key}.svg`);
      const o = symbolOrigin(key);
      expect(o.x).toBeGreaterThanOrEqual(0);
      expect(o.x).toBeLessThanOrEqual(1);
      expect(o.y).toBeGreaterThanOrEqual(0);
      expect(o.y).toBeLessThanOrEqual(1);
    }
    // The HQ stands on the foot of its staff, bottom left; a unit on its frame's centre.
    expect(symbolOrigin('hq').y).toBeGreaterThan(0.9);
    expect(symbolOrigin('hq').x).toBeLessThan(0.1);
    expect(symbolOrigin('bde-infantry').x).toBeCloseTo(0.5, 2);
  });

  it('rejects a manifest with a missing entry or an anchor outside the image', () => {
    const { 'event-air': _dropped, ...missing } = manifest;
    expect(() => parseSymbolManifest(missing)).toThrow(/event-air/);
    const outside = { ...manifest, hq: { ...manifest.hq!, anchorY: manifest.hq!.height + 1 } };
    expect(() => parseSymbolManifest(outside)).toThrow(/hq.*anchor/);
    expect(() => parseSymbolManifest(null)).toThrow();
  });
});

describe('rebuild', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('gives byte-identical files to the committed ones, and again on a second run', () => {
    const listing = (dir: string): string[] => readdirSync(dir).sort();
    for (let run = 0; run < 2; run++) {
      const out = mkdtempSync(join(tmpdir(), 'guarantor-symbols-'));
      dirs.push(out);
      buildSymbols(out, join(out, 'manifest.json'));
      expect(listing(out)).toEqual([...listing(ASSETS), 'manifest.json'].sort());
      for (const name of listing(ASSETS)) {
        expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(ASSETS, name), 'utf8'));
      }
      expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(readFileSync(MANIFEST, 'utf8'));
    }
  });
});
