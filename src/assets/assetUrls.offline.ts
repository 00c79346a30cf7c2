/**
 * The offline build's assets, inside the page: the unit symbols and sounds as data URLs, the map
 * region as a module. vite.config.ts puts this module in place of assetUrls.ts when building
 * dist-offline/guarantor.html (`npm run build:offline`), so the file opens from disk with no
 * network. Same exports as assetUrls.ts.
 */
import region from '../../assets/map/region.json';
import sfx from '../../assets/audio/sfx.wav?inline';
import ambient from '../../assets/audio/ambient.wav?inline';
import type { RegionAsset } from '../map/regionTypes';
import type { SymbolKey } from '../symbols/symbolKeys';
import { SYMBOLS } from '../symbols/symbolManifest';

const svgs = import.meta.glob<string>('../../assets/symbols/*.svg', { query: '?raw', import: 'default', eager: true });
/** Base64, not percent-encoding: Phaser's loader decodes every data: URL as base64. */
const base64 = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));
const byFile = new Map(Object.entries(svgs).map(([path, text]) => [path.replace(/^.*\//, ''), `data:image/svg+xml;base64,${base64(text)}`]));

export function symbolSrc(key: SymbolKey): string {
  return byFile.get(SYMBOLS[key].file) ?? '';
}

export function audioSrc(name: 'sfx' | 'ambient', _baseUrl?: string): string {
  return name === 'sfx' ? sfx : ambient;
}

export function regionUrl(): string {
  return '';
}

export function inlineRegion(): RegionAsset | null {
  return region as unknown as RegionAsset;
}
