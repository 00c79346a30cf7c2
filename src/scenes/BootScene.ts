/**
 * Boot: loads what the map needs and nothing else — the pre-projected region and the APP-6
 * symbols (inside the code, rasterised from SVG at the size the pieces use: pieces/symbolImages.ts)
 * — then starts the map once the page's fonts and the symbols are in.
 */
import * as Phaser from 'phaser';
import { inlineRegion, regionUrl } from '../assets/assetUrls';
import { decodeRegion } from '../map/regionFile';
import { loadSymbolImages } from './pieces/symbolImages';

/** The map (regionTypes.ts), decoded from the file once per map start; the scenes read it here. */
export const REGION_KEY = 'region';
/** region.json as stored (map/regionFile.ts). */
const REGION_FILE_KEY = 'region-file';

export class BootScene extends Phaser.Scene {
  private readonly onError: (e: Error) => void;
  private readonly next: string;
  private readonly fonts: Promise<void>;
  private symbols: Promise<void> = Promise.resolve();

  /** `fonts` settles when the page's typefaces are in (or after a short wait): the map bakes text. */
  constructor(next: string, onError: (e: Error) => void, fonts: Promise<void>) {
    super('Boot');
    this.next = next;
    this.onError = onError;
    this.fonts = fonts;
  }

  preload(): void {
    // The offline build carries the region inside the page; the normal build fetches it.
    const inline = inlineRegion();
    if (inline) this.cache.json.add(REGION_FILE_KEY, inline);
    else this.load.json(REGION_FILE_KEY, regionUrl());
    this.symbols = loadSymbolImages();
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      // Without the region there is no map; a missing symbol only costs that symbol's picture.
      if (file.key === REGION_FILE_KEY) this.onError(new Error(`the map data (${String(file.url)}) could not be loaded`));
    });
  }

  create(): void {
    if (!this.cache.json.exists(REGION_FILE_KEY)) return;
    try {
      this.cache.json.add(REGION_KEY, decodeRegion(this.cache.json.get(REGION_FILE_KEY)));
    } catch (e) {
      this.onError(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    void Promise.all([this.fonts, this.symbols]).then(() => {
      if (this.sys.isActive()) this.scene.start(this.next);
    });
  }
}
