/**
 * Where the page finds its static assets (the map, the unit symbols for the DOM lists, the sounds;
 * the map has its symbols inside its code: symbolData.ts). The normal
 * build serves them as files next to the page (vite.config.ts: publicDir "assets"), fetched only
 * when needed. The one-file offline build swaps this module for assetUrls.offline.ts (a resolve
 * plugin in vite.config.ts), which inlines them all, so nothing here is bundled twice.
 */
import type { AudioFormat } from './audioFormat';
import type { SymbolKey } from '../symbols/symbolKeys';
import { symbolUrl } from '../symbols/symbolManifest';

const base = () => import.meta.env.BASE_URL;

export function symbolSrc(key: SymbolKey): string {
  return symbolUrl(key, `${base()}symbols/`);
}

export function audioSrc(name: 'sfx' | 'ambient', format: AudioFormat, baseUrl: string = base()): string {
  const b = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${b}audio/${name}.${format}`;
}

/** The title screen's picture of the theatre (tools/build-title-picture.ts). */
export function titlePictureSrc(): string {
  return `${base()}title/theatre.svg`;
}

export function regionUrl(): string {
  return `${base()}map/region.json`;
}

/** region.json as stored (map/regionFile.ts) when it is built into the page (the offline build); null: fetch regionUrl(). */
export function inlineRegion(): unknown {
  return null;
}
