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
import titlePicture from '../../assets/title/theatre.svg?inline';
import type { AudioFormat } from './audioFormat';
import type { SymbolKey } from '../symbols/symbolKeys';
import { symbolDataUrl } from './symbolData';

/** The same data: URLs the map uses (symbolData.ts), for the page's list of forces. */
export function symbolSrc(key: SymbolKey): string {
  return symbolDataUrl(key);
}

const SOUNDS = { sfx: { webm: sfxWebm, mp3: sfxMp3 }, ambient: { webm: ambientWebm, mp3: ambientMp3 } } as const;

export function audioSrc(name: 'sfx' | 'ambient', format: AudioFormat, _baseUrl?: string): string {
  return SOUNDS[name][format];
}

export function titlePictureSrc(): string {
  return titlePicture;
}

export function regionUrl(): string {
  return '';
}

export function inlineRegion(): unknown {
  return region;
}
