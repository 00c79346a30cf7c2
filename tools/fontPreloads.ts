/**
 * A Vite plugin for the production build: a preload link in the page for each Latin and Latin
 * Extended file of the IBM Plex faces, so they download beside the code rather than after it.
 * An interface built once they are in lays its text out in them from the start (no switch, no
 * second layout of the whole screen: src/ui/webFonts.ts). The Cyrillic files are left to the boot
 * code, which asks for them only on a Ukrainian page. The offline build inlines its fonts and
 * has no files to link; the normal build must have them, or a rename has gone unnoticed.
 */
import type { Plugin } from 'vite';
import { bundleHtmlTags } from './bundleHtmlTags';

/** The emitted file names of the preloaded faces: ibm-plex-sans-latin-400-<hash>.woff2, …-latin-ext-600-… */
export const PRELOADED_FONT = /(^|\/)ibm-plex-(sans|mono)-latin(-ext)?-\d{3}-[\w-]+\.woff2$/;

export interface PreloadTag { tag: 'link'; attrs: Record<string, string | boolean>; injectTo: 'head' }

/** The preload tags for the bundle's font files (`base` is the site's base path). */
export function fontPreloadTags(fileNames: readonly string[], base: string): PreloadTag[] {
  return fileNames.filter((f) => PRELOADED_FONT.test(f)).sort().map((f) => ({
    tag: 'link',
    // Fonts are always fetched in CORS mode: without `crossorigin` the preload would not be reused.
    attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${f}` },
    injectTo: 'head',
  }));
}

export function fontPreloads(): Plugin {
  return bundleHtmlTags('guarantor-font-preloads', (bundle, base, ctx) => {
    const tags = fontPreloadTags(Object.keys(bundle), base);
    if (tags.length === 0) return ctx.error('no IBM Plex Latin font files in the bundle to preload (renamed? see src/ui/styles/fonts.css)');
    return tags;
  });
}
