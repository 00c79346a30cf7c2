import { describe, expect, it } from 'vitest';
import { playableFormats } from '../../src/audio/audioFormats';

describe('playableFormats', () => {
  it('offers Opus in WebM first where the browser plays it, MP3 after it', () => {
    expect(playableFormats((t) => (t === 'audio/webm; codecs="opus"' ? 'probably' : ''))).toEqual(['webm', 'mp3']);
  });

  it('offers only MP3 where WebM plays but not with Opus (Howler would pick it by its Vorbis test)', () => {
    expect(playableFormats((t) => (t.includes('vorbis') || t === 'audio/mpeg' ? 'maybe' : ''))).toEqual(['mp3']);
  });

  it('offers both where it cannot ask (no media element)', () => {
    expect(playableFormats(null)).toEqual(['webm', 'mp3']);
  });
});
