/**
 * The offline build's assets, inside the page: the unit symbols and sounds as data URLs, the map
 * region as a module. vite.config.ts puts this module in place of assetUrls.ts when building
 * dist-offline/guarantor.html (`npm run build:offline`), so the file opens from disk with no
 * network. Same exports as assetUrls.ts.
 */
import region from '../../assets/map/region.json';
import sfxWebm from '../../assets/audio/sfx.webm?inline';
import sfxMp3 from '../../assets/audio/sfx.mp3?inline';
import ambientWebm from '../../assets/audio/ambient.webm?inline';
import ambientMp3 from '../../assets/audio/ambient.mp3?inline';
import type { AudioFormat } from './audioFormat';
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

const SOUNDS = { sfx: { webm: sfxWebm, mp3: sfxMp3 }, ambient: { webm: ambientWebm, mp3: ambientMp3 } } as const;

export function audioSrc(name: 'sfx' | 'ambient', format: AudioFormat, _baseUrl?: string): string {
  return SOUNDS[name][format];
}

export function regionUrl(): string {
  return '';
}

export function inlineRegion(): RegionAsset | null {
  return region as unknown as RegionAsset;
}
