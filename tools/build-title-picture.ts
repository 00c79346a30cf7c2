/**
 * The title screen's picture of the theatre: a small, word-free SVG of the campaign's window of
 * the game's own map (assets/map/region.json, cut by kit/theatreMap.ts as the handouts are) —
 * the guarantor nations, Ukraine lit, the occupied areas hatched, the links and the staging hubs,
 * on no background of its own (the page's shows through).
 * Written to assets/title/theatre.svg (served as a file, so the title's code stays as light as it
 * was; the picture has no words, so it serves every language). `npm run build:title`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLevelText } from '../src/levels/parseLevel';
import { theatreMap } from '../src/kit/theatreMap';
import type { RegionAsset } from '../src/map/regionTypes';
import { decodeRegion } from '../src/map/regionFile';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'assets/title/theatre.svg');
/** The guarantor nations and their friends, lit a little against the rest of Europe. */
const COALITION = new Set(['POL', 'EST', 'LVA', 'LTU', 'FIN', 'SWE', 'NOR', 'DNK', 'FRA', 'DEU', 'GBR', 'ROU', 'SVK', 'CZE', 'NLD', 'BEL']);

export function titlePicture(region: RegionAsset, text: string): string {
  const parsed = parseLevelText(text, 'forty-thousand.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const level = parsed.level;
  const m = theatreMap(region, level);
  const { x, y, w, h } = m.box;
  const u = w / 100;
  const r = (n: number) => Math.round(n * 10) / 10;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" preserveAspectRatio="xMidYMid slice">`);
  out.push(`<defs><pattern id="o" width="${r(u * 1.1)}" height="${r(u * 1.1)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${r(u * 1.1)}" stroke="#e66100" stroke-width="${r(u * 0.3)}"/></pattern>`);
  out.push(`<clipPath id="c"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath></defs>`);
  out.push('<g clip-path="url(#c)" fill-rule="evenodd">');
  // Shapes wholly outside the window are left out, and points closer than a third of a percent of
  // the width to the last one kept are dropped: the picture is seen small, behind the title.
  const inWindow = (d: string) => {
    const nums = d.match(/-?[\d.]+/g)?.map(Number) ?? [];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i + 1 < nums.length; i += 2) { x0 = Math.min(x0, nums[i]!); x1 = Math.max(x1, nums[i]!); y0 = Math.min(y0, nums[i + 1]!); y1 = Math.max(y1, nums[i + 1]!); }
    return x1 >= x && x0 <= x + w && y1 >= y && y0 <= y + h;
  };
  const thin = (d: string) => d.replace(/M[^MZ]+Z?/g, (ring) => {
    const close = ring.endsWith('Z');
    const pts = [...ring.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((a) => [Number(a[1]), Number(a[2])] as const);
    const kept: Array<readonly [number, number]> = [];
    for (const p of pts) {
      const last = kept[kept.length - 1];
      if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= u * 0.5) kept.push(p);
    }
    if (kept.length < (close ? 3 : 2)) return '';
    // The first point absolute, the rest as steps from the one before ("l" with its pairs, a minus
    // sign serving as separator): the same outline in about half the gzipped bytes (issue 16).
    const steps = kept.slice(1).flatMap((p, i) => [r(p[0] - kept[i]![0]), r(p[1] - kept[i]![1])]);
    const numbers = steps.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');
    return `M${kept[0]![0]} ${kept[0]![1]}l${numbers}${close ? 'Z' : ''}`;
  });
  const shapes = (list: readonly string[]) => list.filter(inWindow).map(thin).filter((d) => d.length > 0);
  const fill = (id: string) => (id === 'UKR' ? '#27618c' : COALITION.has(id) ? '#1b3044' : '#131d27');
  for (const c of m.countries) for (const d of shapes(c.polygons)) out.push(`<path d="${d}" fill="${fill(c.id)}"/>`);
  for (const d of shapes(m.occupied)) out.push(`<path d="${d}" fill="url(#o)" opacity="0.55"/>`);
  out.push(`<path d="${shapes(m.borders).join('')}" fill="none" stroke="#35506a" stroke-width="${r(u * 0.18)}"/>`);
  out.push('</g>');
  // Places beyond the window (drawn at its edge on the handouts) and their links are left out:
  // the picture has no edge of its own, it fades into the page.
  const off = new Set(m.nodes.filter((n) => n.off).map((n) => `${n.x} ${n.y}`));
  const links = m.links.filter((l) => !off.has(`${l.x1} ${l.y1}`) && !off.has(`${l.x2} ${l.y2}`)).map((l) => `M${l.x1} ${l.y1}L${l.x2} ${l.y2}`).join('');
  out.push(`<path d="${links}" fill="none" stroke="#56b4e9" stroke-opacity="0.22" stroke-width="${r(u * 0.25)}"/>`);
  for (const n of m.nodes.filter((k) => !k.off)) {
    const s = r(u * (n.hub ? 1.3 : 0.7));
    out.push(n.hub
      ? `<rect x="${r(n.x - s / 2)}" y="${r(n.y - s / 2)}" width="${s}" height="${s}" fill="#56b4e9"/>`
      : `<circle cx="${n.x}" cy="${n.y}" r="${r(s / 2)}" fill="#93a5b6"/>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function main(): void {
  const region = decodeRegion(JSON.parse(readFileSync(join(ROOT, 'assets/map/region.json'), 'utf8')));
  const svg = titlePicture(region, readFileSync(join(ROOT, 'levels/forty-thousand.json'), 'utf8'));
  writeFileSync(OUT, svg);
  console.log(`wrote ${OUT} (${svg.length} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
