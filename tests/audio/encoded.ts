// Minimal readers for the shipped, encoded sounds, so the tests check them without an encoder:
// the duration a WebM file declares, its codec, and the length of an MP3 counted frame by frame.

/** Read an EBML variable-length integer at `off`: its value and its length in bytes. */
function vint(bytes: Uint8Array, off: number, keepMarker: boolean): { value: number; len: number } {
  const first = bytes[off] ?? 0;
  let len = 1;
  while (len <= 8 && !(first & (0x80 >> (len - 1)))) len++;
  if (len > 8) throw new Error(`bad EBML length at ${off}`);
  let value = keepMarker ? first : first & (0xff >> len);
  for (let i = 1; i < len; i++) value = value * 256 + (bytes[off + i] ?? 0);
  return { value, len };
}

const ID = { segment: 0x18538067, info: 0x1549a966, timecodeScale: 0x2ad7b1, duration: 0x4489, tracks: 0x1654ae6b, trackEntry: 0xae, codecId: 0x86, ebml: 0x1a45dfa3 };

export interface WebmFacts { durationMs: number; codec: string }

/** Walk the WebM element tree down to Segment/Info (Duration, TimecodeScale) and Tracks (CodecID). */
export function webmFacts(bytes: Uint8Array): WebmFacts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let duration = NaN;
  let scale = 1_000_000;
  let codec = '';
  const walk = (from: number, to: number): void => {
    let off = from;
    while (off < to) {
      const id = vint(bytes, off, true);
      const size = vint(bytes, off + id.len, false);
      const body = off + id.len + size.len;
      // An element of unknown size (all ones) runs to the end of its parent.
      const end = size.value === 2 ** (7 * size.len) - 1 ? to : Math.min(to, body + size.value);
      if (id.value === ID.segment || id.value === ID.info || id.value === ID.tracks || id.value === ID.trackEntry) walk(body, end);
      else if (id.value === ID.timecodeScale) scale = Array.from(bytes.subarray(body, end)).reduce((a, b) => a * 256 + b, 0);
      else if (id.value === ID.duration) duration = size.value === 4 ? view.getFloat32(body) : view.getFloat64(body);
      else if (id.value === ID.codecId) codec = String.fromCharCode(...bytes.subarray(body, end));
      if (id.value === ID.segment && size.value === 2 ** (7 * size.len) - 1) return;
      off = end;
    }
  };
  if (vint(bytes, 0, true).value !== ID.ebml) throw new Error('not an EBML (WebM) file');
  walk(0, bytes.byteLength);
  if (!Number.isFinite(duration)) throw new Error('no Duration in the WebM Info');
  return { durationMs: (duration * scale) / 1_000_000, codec };
}

const MP3_KBPS: Record<'1' | '2', number[]> = {
  '1': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

export interface Mp3Facts { frames: number; sampleRate: number; durationMs: number; infoTag: boolean; channels: 1 | 2 }

/** Count the MPEG audio layer III frames of a file (no ID3 tags expected) and their duration. */
export function mp3Facts(bytes: Uint8Array): Mp3Facts {
  let off = 0;
  let frames = 0;
  let sampleRate = 0;
  let samples = 0;
  let infoTag = false;
  let channels: 1 | 2 = 2;
  while (off + 4 <= bytes.byteLength) {
    const h = ((bytes[off]! << 24) | (bytes[off + 1]! << 16) | (bytes[off + 2]! << 8) | bytes[off + 3]!) >>> 0;
    if ((h >>> 21) !== 0x7ff) throw new Error(`no MP3 frame sync at byte ${off}`);
    const version = (h >>> 19) & 3; // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5
    const layer = (h >>> 17) & 3; // 1 = layer III
    if (version === 1 || layer !== 1) throw new Error(`not MPEG layer III at byte ${off}`);
    const kbps = MP3_KBPS[version === 3 ? '1' : '2'][(h >>> 12) & 15] ?? 0;
    const rate = MP3_RATES[version]![(h >>> 10) & 3] ?? 0;
    if (!kbps || !rate) throw new Error(`bad MP3 frame header at byte ${off}`);
    const padding = (h >>> 9) & 1;
    channels = ((h >>> 6) & 3) === 3 ? 1 : 2;
    const perFrame = version === 3 ? 1152 : 576;
    const length = Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / rate) + padding;
    const text = String.fromCharCode(...bytes.subarray(off + 4, Math.min(off + length, off + 64)));
    // The first frame may be the Xing/Info tag: silent, and not counted by decoders.
    if (frames === 0 && !infoTag && /Xing|Info/.test(text)) infoTag = true;
    else {
      frames++;
      samples += perFrame;
    }
    sampleRate = rate;
    off += length;
  }
  if (off !== bytes.byteLength) throw new Error('the MP3 ends inside a frame');
  return { frames, sampleRate, durationMs: (samples * 1000) / sampleRate, infoTag, channels };
}
