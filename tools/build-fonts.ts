// npm run build:fonts -> src/ui/styles/fonts/*.woff2 and src/ui/styles/fonts.css
//
// The game's own cuts of IBM Plex (from @fontsource, OFL): the three faces the styles use (Sans 400
// and 600, Mono 500), each in three files that the browser fetches only when text needs them
// (unicode-range):
// - latin: all of Basic Latin (what a player types: seeds, team names), and of the rest of the
//   fontsource subset (Latin-1, general punctuation, a few signs) only the characters the game's
//   text contains, found by scanning it: a third smaller than the whole subset (issue 16);
// - latin-ext: only the accented letters the game's text actually contains (place and people names
//   in the levels, the map and the catalogues), found by scanning them; the @fontsource file has
//   all of Latin Extended and is four times the size;
// - cyrillic: the Ukrainian alphabet (and the rest of U+0400–045F the fontsource subset has).
// Each keeps only the OpenType features a browser applies by default (kerning, ligatures, marks),
// not stylistic sets the styles never ask for, and no TrueType hinting instructions (about a third
// of each file): Chrome on Android, macOS and Linux draws these sizes without them, and Windows
// draws them with its own smoothing. A character outside these falls back to the next
// font in the stack, as it did before for scripts outside the shipped subsets.
// tests/ui/fontSubsets.test.ts checks that every accented letter in the game's text is covered.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'src/ui/styles/fonts');

/** Features browsers turn on by themselves; the styles ask for no others. */
const DEFAULT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'rlig', 'locl', 'ccmp', 'mark', 'mkmk'];

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Every character in the game's text: its code and styles, the level files, the map, the page;
 * written out or as an escape (`\u00a0`, the no-break space of Ukrainian digit groups).
 */
export function charactersUsed(root = ROOT): Set<number> {
  const found = new Set<number>();
  const scan = (path: string) => {
    const text = readFileSync(path, 'utf8');
    for (const ch of text) found.add(ch.codePointAt(0)!);
    for (const m of text.matchAll(/\\u([0-9a-fA-F]{4})/g)) found.add(parseInt(m[1]!, 16));
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|json|css)$/.test(name)) scan(path);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'levels'));
  scan(join(root, 'assets/map/region.json'));
  scan(join(root, 'index.html'));
  return found;
}

/** The Latin Extended letters (U+0100–024F) found in the game's text and level files, sorted. */
export function extendedLettersUsed(root = ROOT): number[] {
  return [...charactersUsed(root)].filter((cp) => cp >= 0x100 && cp <= 0x24f).sort((a, b) => a - b);
}

/** What the fontsource latin subset holds beyond Basic Latin: Latin-1, punctuation, a few signs. */
const LATIN_BEYOND_ASCII = [...range(0xa0, 0xff), 0x131, 0x152, 0x153, 0x2c6, 0x2da, 0x2dc, ...range(0x2000, 0x206f), 0x20ac, 0x2122, 0x2191, 0x2193, 0x2212, 0x2215];

/** The latin file's characters: Basic Latin, and those of the rest of the subset the game's text uses. */
export function latinCharacters(root = ROOT): number[] {
  const used = charactersUsed(root);
  return [...range(0x20, 0x7e), ...LATIN_BEYOND_ASCII.filter((cp) => used.has(cp))];
}

interface Subset { name: string; codePoints: number[] }

function subsets(): Subset[] {
  return [
    { name: 'latin', codePoints: latinCharacters() },
    { name: 'latin-ext', codePoints: extendedLettersUsed() },
    { name: 'cyrillic', codePoints: [...range(0x400, 0x45f), 0x490, 0x491, 0x2116] },
  ];
}

const FACES = [
  { family: 'IBM Plex Sans', pkg: 'ibm-plex-sans', weight: 400 },
  { family: 'IBM Plex Sans', pkg: 'ibm-plex-sans', weight: 600 },
  { family: 'IBM Plex Mono', pkg: 'ibm-plex-mono', weight: 500 },
];

/** CSS unicode-range of code points, runs joined (U+0400-045F). */
export function unicodeRange(codePoints: readonly number[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const parts: string[] = [];
  for (let i = 0; i < codePoints.length; ) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(codePoints[i]!)}` : `U+${hex(codePoints[i]!)}-${hex(codePoints[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const css: string[] = [
    '/* Generated by tools/build-fonts.ts (npm run build:fonts): IBM Plex from @fontsource (OFL), cut to',
    '   what the game uses. unicode-range lets the browser fetch a file only when text needs it. */',
  ];
  for (const face of FACES) {
    for (const subset of subsets()) {
      const source = readFileSync(join(ROOT, 'node_modules/@fontsource', face.pkg, 'files', `${face.pkg}-${subset.name}-${face.weight}-normal.woff2`));
      const text = String.fromCodePoint(...subset.codePoints);
      const font = await subsetFont(source, text, { targetFormat: 'woff2', keepFeatures: DEFAULT_FEATURES, noHinting: true });
      const file = `${face.pkg}-${subset.name}-${face.weight}.woff2`;
      writeFileSync(join(OUT_DIR, file), font);
      console.log(`${file}: ${source.length} -> ${font.length} bytes`);
      css.push(
        '@font-face {',
        `  font-family: '${face.family}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${face.weight};`,
        `  src: url('./fonts/${file}') format('woff2');`,
        `  unicode-range: ${unicodeRange(subset.codePoints)};`,
        '}',
      );
    }
  }
  writeFileSync(join(ROOT, 'src/ui/styles/fonts.css'), css.join('\n') + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
