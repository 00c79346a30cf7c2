import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontPreloadTags } from '../../tools/fontPreloads';

const FONT_DIR = new URL('../../src/ui/styles/fonts/', import.meta.url);

describe('the production page preloads its Latin font files', () => {
  it('links every Latin and Latin Extended file the build emits, and no Cyrillic one', () => {
    // the names the build gives the project's own files: <name>-<hash>.woff2 under assets/
    const emitted = readdirSync(FONT_DIR).filter((f) => f.endsWith('.woff2')).map((f) => `assets/${f.replace(/\.woff2$/, '-Ab1_x9Z-.woff2')}`);
    const tags = fontPreloadTags([...emitted, 'assets/index-Qw3.js', 'index.html'], '/');
    const hrefs = tags.map((t) => t.attrs.href);
    const latin = emitted.filter((f) => /-latin(-ext)?-/.test(f)).map((f) => `/${f}`);
    expect(latin.length, 'the project has Latin font files').toBeGreaterThan(0);
    expect(hrefs.sort()).toEqual(latin.sort());
    expect(hrefs.some((h) => /cyrillic/.test(String(h)))).toBe(false);
    for (const t of tags) expect(t.attrs).toMatchObject({ rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true });
  });

  it('puts the site’s base path in front', () => {
    expect(fontPreloadTags(['assets/ibm-plex-sans-latin-400-AAAA.woff2'], './')[0]!.attrs.href).toBe('./assets/ibm-plex-sans-latin-400-AAAA.woff2');
  });
});
