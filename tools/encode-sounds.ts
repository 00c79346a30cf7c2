/**
 * Encodes the synthesised WAV masters into what the game ships: Opus in WebM (every current
 * browser) and MP3 (the fallback for browsers without Opus). Only `npm run build:sounds` needs an
 * encoder: Debian's `ffmpeg` (apt-get install ffmpeg). The tests and the game use the committed
 * files and never run it.
 *
 * The output is reproducible: bit-exact flags, no metadata, no encoder tag, so the same master
 * gives the same bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type SoundName = 'sfx' | 'ambient';

/** Bit rates (kbit/s) per sound and format: the cues keep their attack, the drone is dull. */
export const BITRATES: Record<SoundName, { opus: number; mp3: number }> = {
  sfx: { opus: 16, mp3: 48 },
  ambient: { opus: 12, mp3: 24 },
};

export function ffmpegAvailable(): boolean {
  return spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
}

const EXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-hide_banner', '-loglevel', 'error', '-y'];

/** Encode one WAV master to WebM/Opus and MP3; returns the two files' bytes. */
export function encodeSound(name: SoundName, wav: Uint8Array): { webm: Uint8Array; mp3: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'guarantor-sounds-'));
  try {
    const src = join(dir, `${name}.wav`);
    writeFileSync(src, wav);
    const webm = join(dir, `${name}.webm`);
    const mp3 = join(dir, `${name}.mp3`);
    const rate = BITRATES[name];
    execFileSync('ffmpeg', ['-i', src, ...EXACT, '-c:a', 'libopus', '-b:a', `${rate.opus}k`, '-vbr', 'on', '-application', 'audio', '-f', 'webm', webm]);
    // No Xing/LAME tag, so the file is the same bytes on every run; browsers then read its length
    // from the frames.
    execFileSync('ffmpeg', ['-i', src, ...EXACT, '-c:a', 'libmp3lame', '-b:a', `${rate.mp3}k`, '-id3v2_version', '0', '-f', 'mp3', mp3]);
    return { webm: new Uint8Array(readFileSync(webm)), mp3: new Uint8Array(readFileSync(mp3)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
