/**
 * Which encodings of a sound to offer Howler, best first: Opus in WebM (a tenth of a WAV's size)
 * where the browser can play it, MP3 otherwise. Howler's own WebM test asks about Vorbis, not
 * Opus, and Howler does not try the next file after a failed decode, so the choice is made here
 * with the codec the files really use.
 */
import type { AudioFormat } from '../assets/audioFormat';

export type { AudioFormat };

/** `canPlayType` of an audio element, or null where there is none (Node, no media support). */
export function playableFormats(canPlayType: ((type: string) => string) | null): AudioFormat[] {
  if (!canPlayType) return ['webm', 'mp3'];
  const opus = canPlayType('audio/webm; codecs="opus"') !== '';
  return opus ? ['webm', 'mp3'] : ['mp3'];
}

export function browserCanPlayType(): ((type: string) => string) | null {
  if (typeof document === 'undefined') return null;
  try {
    const a = document.createElement('audio');
    return typeof a.canPlayType === 'function' ? (t) => a.canPlayType(t) : null;
  } catch {
    return null;
  }
}
