/** Settings survive a reload, and whatever storage holds (old, hand-edited, garbage) never breaks them. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../src/store/settings';
import { MemoryStorage } from '../helpers/memoryStorage';

describe('settings', () => {
  it('come back as they were written, the tutorial tips switch included', () => {
    const storage = new MemoryStorage();
    const mine = { ...DEFAULT_SETTINGS, tips: false, muted: true, volume: 0.35, textScale: 1.3, lang: 'uk', renderer: 'canvas' as const };
    expect(writeSettings(storage, mine)).toBeNull();
    expect(readSettings(storage)).toEqual(mine);
  });

  it('fall back field by field: a bad value loses only itself', () => {
    const storage = new MemoryStorage();
    storage.setItem('guarantor.settings.v1', JSON.stringify({ tips: 'no', muted: true, volume: 7, textScale: -1, renderer: 'vulkan', lang: 'xx' }));
    const s = readSettings(storage);
    expect(s.tips).toBe(DEFAULT_SETTINGS.tips);
    expect(s.muted).toBe(true);
    expect(s.volume).toBe(1);
    expect(s.textScale).toBe(0.8);
    expect(s.renderer).toBe(DEFAULT_SETTINGS.renderer);
    expect(s.lang).toBe(DEFAULT_SETTINGS.lang);
  });

  it('survive garbage, an absent store and a store that refuses to write', () => {
    const storage = new MemoryStorage();
    storage.setItem('guarantor.settings.v1', '{not json');
    expect(readSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    storage.full = true;
    expect(writeSettings(storage, DEFAULT_SETTINGS)).toMatch(/QuotaExceededError/);
  });
});
