/**
 * Renders the game's APP-6 unit symbols and event markers with milsymbol into small SVG files
 * (assets/symbols/<key>.svg, served as they are) and a manifest (src/symbols/manifest.json, imported
 * by the game's code: files in the public assets folder cannot be imported).
 *
 * Run: npm run build:symbols. The output is committed; milsymbol stays a dev dependency, so the
 * browser downloads a few kilobytes of SVG instead of ~200 KB of symbol code.
 * Output is deterministic: milsymbol draws from the SIDC and options alone, numbers are rounded,
 * keys are written in a fixed order, and stray SVGs from older builds are removed.
 */
import ms from 'milsymbol';
import type { ColorMode, SymbolOptions } from 'milsymbol';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ARMS,
  ECHELONS,
  PALETTE,
  SYMBOL_KEYS,
  type Arm,
  type Echelon,
  type EventSymbolKey,
  type SymbolKey,
} from '../src/symbols/symbolKeys';
import type { SymbolManifest, SymbolManifestEntry } from '../src/symbols/symbolManifest';

export const DEFAULT_OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../assets/symbols');
export const DEFAULT_MANIFEST = resolve(dirname(fileURLToPath(import.meta.url)), '../src/symbols/manifest.json');

/*
 * SIDCs in the 20-digit numeric form of APP-6(D) / MIL-STD-2525D, the form NATO uses today:
 *   version(2) context(1) identity(1) symbolSet(2) status(1) hq/tf/dummy(1) echelon(2)
 *   entity(6) sector-1 modifier(2) sector-2 modifier(2)
 * identity 3 = friend, 6 = hostile; symbol set 10 = land unit, 01 = air.
 */
const VERSION = '10';
const CONTEXT_REALITY = '0';
const FRIEND = '3';
const HOSTILE = '6';
const LAND_UNIT = '10';
const AIR = '01';
const PRESENT = '0';

function sidc(p: {
  identity: string;
  symbolSet: string;
  hq?: boolean;
  echelon?: string;
  entity: string;
  mod1?: string;
  mod2?: string;
}): string {
  const code =
    VERSION +
    CONTEXT_REALITY +
    p.identity +
    p.symbolSet +
    PRESENT +
    (p.hq ? '2' : '0') +
    (p.echelon ?? '00') +
    p.entity +
    (p.mod1 ?? '00') +
    (p.mod2 ?? '00');
  if (!/^\d{20}$/.test(code)) throw new Error(`malformed SIDC ${code}`);
  return code;
}

/** APP-6(D) echelon amplifier codes. */
const ECHELON_CODE: Readonly<Record<Echelon, string>> = {
  bg: '16', // battalion/squadron: II
  bde: '18', // brigade: X
};
const DIVISION = '21'; // XX

/** Land-unit icon (entity) and modifiers per arm: the closest standard APP-6(D) entries. */
const ARM_ICON: Readonly<Record<Arm, { entity: string; mod2?: string }>> = {
  infantry: { entity: '121100' }, // Infantry
  mechanised: { entity: '121102' }, // Infantry - Mechanized (armour oval + infantry cross)
  armour: { entity: '120500' }, // Armour / Armoured
  airborne: { entity: '121100', mod2: '01' }, // Infantry + sector-2 modifier "Airborne"
  marine: { entity: '121101' }, // Infantry - Amphibious (marine infantry)
  // APP-6 has no "light infantry" icon (plain infantry is already on foot); Infantry - Motorized
  // is the standard entry for the light, wheeled infantry that this arm stands for.
  light: { entity: '121104' },
  artillery: { entity: '130300' }, // Field Artillery
  recon: { entity: '121300' }, // Reconnaissance / Cavalry
};

/** Escalation markers: hostile identity, so milsymbol draws the diamond (land) or air frame. */
const EVENT_SIDC: Readonly<Record<EventSymbolKey, string>> = {
  // Military Information Support Operations (the loudspeaker): influence and political pressure,
  // which is what the light end of Moscow's repertoire is (notes, vetoes, disinformation).
  'event-pressure': sidc({ identity: HOSTILE, symbolSet: LAND_UNIT, entity: '110600' }),
  // Cyberspace unit ("CYB", APP-6(E) / 2525E land unit 21 00 00); also shown for jamming.
  'event-cyber': sidc({ identity: HOSTILE, symbolSet: LAND_UNIT, entity: '210000' }),
  // Missile (fires): strikes near hubs.
  'event-strike': sidc({ identity: HOSTILE, symbolSet: LAND_UNIT, entity: '130700' }),
  // CBRN with the sector-1 modifier "N" (nuclear): nuclear threats. A distinct icon from the
  // missile so strike and nuclear cannot be confused at map size.
  'event-nuclear': sidc({ identity: HOSTILE, symbolSet: LAND_UNIT, entity: '140100', mod1: '48' }),
  // Armour: massed ground forces (snap exercises, build-ups, the attack itself).
  'event-buildup': sidc({ identity: HOSTILE, symbolSet: LAND_UNIT, entity: '120500' }),
  // Air: Unmanned Aerial Vehicle in the air frame (airspace violations, drones).
  'event-air': sidc({ identity: HOSTILE, symbolSet: AIR, entity: '110300' }),
};

/** The SIDC each key is drawn from. */
export function sidcFor(key: SymbolKey): string {
  if (key === 'hq') {
    // Friendly headquarters (HQ staff) at division echelon, Command and Control icon with the
    // sector-1 modifier "MN" (multinational): the coalition's force headquarters.
    return sidc({
      identity: FRIEND,
      symbolSet: LAND_UNIT,
      hq: true,
      echelon: DIVISION,
      entity: '110000',
      mod1: '39',
    });
  }
  if (key.startsWith('event-')) return EVENT_SIDC[key as EventSymbolKey];
  const [echelon, arm] = key.split('-') as [Echelon, Arm];
  const icon = ARM_ICON[arm];
  return sidc({
    identity: FRIEND,
    symbolSet: LAND_UNIT,
    echelon: ECHELON_CODE[echelon],
    entity: icon.entity,
    ...(icon.mod2 ? { mod2: icon.mod2 } : {}),
  });
}

/**
 * Drawing options shared by every symbol. size 30 gives ~48 px wide land-unit frames.
 * strokeWidth 4 is milsymbol's default, pinned so the look cannot drift with a library update
 * (3 makes the echelon marks too faint at this size; 5 crowds the icons). A 2-unit light halo (PALETTE.neutral) keeps the black frame and the marks above it visible on
 * the dark map. No text amplifiers are set: the nation label is drawn by the game, so one
 * file serves every nation.
 */
export const RENDER_OPTIONS: Readonly<SymbolOptions> = {
  size: 30,
  strokeWidth: 4,
  outlineWidth: 2,
  outlineColor: PALETTE.neutral,
  infoFields: false,
};

/**
 * Affiliation picks the fill: friend -> NATO blue, hostile -> orange (see PALETTE). The other
 * affiliations are unused and keep APP-6's light defaults. A fresh object per symbol, because
 * milsymbol writes into the colour objects it is given for some symbol kinds.
 */
function colorMode(): ColorMode {
  return ms.ColorMode('#FFA1FF', PALETTE.friendly, PALETTE.hostile, '#AAFFAA', '#FFFF80', '#FFE599');
}

/** Creates the milsymbol object for a key (the tests use it too, to check validity). */
export function makeSymbol(key: SymbolKey): InstanceType<typeof ms.Symbol> {
  return new ms.Symbol(sidcFor(key), { ...RENDER_OPTIONS, colorMode: colorMode() });
}

/** Two decimals: enough for sub-pixel placement, and no floating-point noise in the manifest. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Removes whitespace milsymbol leaves between attributes and tags, and the empty <text> it emits
 * for icons drawn as "no letters" (Command and Control). Non-empty text content is untouched.
 * Icons that are letters (CYB, MN, N) name only "Arial": an SVG shown as an image cannot use the
 * page's fonts, and where Arial is missing the browser's default may be a serif face, so a
 * generic sans-serif fallback is added.
 */
export function minifySvg(svg: string): string {
  return svg
    .replace(/<text[^>]*>\s*<\/text>/g, '')
    .replace(/font-family="Arial"/g, 'font-family="Arial,Helvetica,sans-serif"')
    .replace(/\s+\/>/g, '/>')
    .replace(/\s+>/g, '>')
    .replace(/>\s+</g, '><')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export interface RenderedSymbol {
  svg: string;
  entry: SymbolManifestEntry;
}

export function renderSymbol(key: SymbolKey): RenderedSymbol {
  const symbol = makeSymbol(key);
  if (!symbol.isValid()) throw new Error(`milsymbol rejects the SIDC of ${key}: ${sidcFor(key)}`);
  const size = symbol.getSize();
  // getAnchor(): the point of the image that marks the unit's location (the frame's centre, or
  // the foot of the HQ staff); it is what must sit on the map node.
  const anchor = symbol.getAnchor();
  return {
    svg: minifySvg(symbol.asSVG()) + '\n',
    entry: {
      file: `${key}.svg`,
      width: round2(size.width),
      height: round2(size.height),
      anchorX: round2(anchor.x),
      anchorY: round2(anchor.y),
      sidc: sidcFor(key),
    },
  };
}

/** Renders every key into outDir and the manifest into manifestFile; returns the manifest. */
export function buildSymbols(outDir: string = DEFAULT_OUT_DIR, manifestFile: string = DEFAULT_MANIFEST): SymbolManifest {
  mkdirSync(outDir, { recursive: true });
  const manifest = {} as Record<SymbolKey, SymbolManifestEntry>;
  for (const key of SYMBOL_KEYS) {
    const { svg, entry } = renderSymbol(key);
    writeFileSync(join(outDir, entry.file), svg);
    manifest[key] = entry;
  }
  // A renamed key must not leave its old file behind to be committed by accident.
  const wanted = new Set(SYMBOL_KEYS.map((k) => `${k}.svg`));
  for (const name of readdirSync(outDir)) {
    if (name.endsWith('.svg') && !wanted.has(name)) rmSync(join(outDir, name));
  }
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

// Only build when run as a script (npm run build:symbols), not when the tests import this file.
const invokedAs = process.argv[1];
if (invokedAs && import.meta.url === pathToFileURL(resolve(invokedAs)).href) {
  const manifest = buildSymbols();
  const count = Object.keys(manifest).length;
  console.log(`build-symbols: ${count} symbols (${ARMS.length} arms x ${ECHELONS.length} echelons, hq, events) -> ${DEFAULT_OUT_DIR}, manifest ${DEFAULT_MANIFEST}`);
}
