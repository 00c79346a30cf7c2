// Checks the generator's WAV masters (rebuilt in memory, deterministic), the encoded sounds the
// game ships (read back without an encoder) and that those were made from these masters.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AMBIENT_PARTIALS,
  AMBIENT_RATE,
  AMBIENT_SECONDS,
  CUE_SECONDS,
  CUE_TRIM_DB,
  ENCODED_FILES,
  GAP_MS,
  MASTERS_FILE,
  OUTPUT_FILES,
  PEAK_CEILING,
  SFX_RATE,
  TARGET_LOUDNESS_DB,
  buildSounds,
  mastersOf,
  shortTermLoudnessDb,
  type SoundBuild,
} from '../../tools/build-sounds';
import { CUES, type Cue } from '../../src/audio/cues';
import { SFX_SPRITE } from '../../src/audio/sfxSprite';
import { parseWav, type ParsedWav } from './wav';
import { mp3Facts, webmFacts } from './encoded';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readBytes = (rel: string): Uint8Array => new Uint8Array(readFileSync(resolve(root, rel)));
const FULL_SCALE = 32767;

// The masters are not shipped: the generator makes them (the same bytes every time, see below).
const masters = buildSounds();
const sfxBytes = masters.sfxWav;
const ambientBytes = masters.ambientWav;
const sprite = JSON.parse(readFileSync(resolve(root, OUTPUT_FILES.spriteJson), 'utf8')) as Record<string, unknown>;
const sfx = parseWav(sfxBytes);
const ambient = parseWav(ambientBytes);

function spriteOf(cue: Cue): [number, number] {
  const entry = sprite[cue];
  if (!Array.isArray(entry) || entry.length !== 2) throw new Error(`bad sprite entry for ${cue}`);
  return [Number(entry[0]), Number(entry[1])];
}

/** Sample range [start, end) of a cue in the sfx master. */
function cueSamples(cue: Cue): Int16Array {
  const [off, dur] = spriteOf(cue);
  const start = Math.round((off * SFX_RATE) / 1000);
  const end = Math.round(((off + dur) * SFX_RATE) / 1000);
  return sfx.samples.subarray(start, end);
}

function peak(samples: ArrayLike<number>): number {
  let p = 0;
  for (let i = 0; i < samples.length; i++) p = Math.max(p, Math.abs(samples[i] ?? 0));
  return p;
}

function rmsDb(samples: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < samples.length; i++) s += ((samples[i] ?? 0) / FULL_SCALE) ** 2;
  return 10 * Math.log10(s / samples.length);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

describe.each([
  ['sfx master', () => ({ bytes: sfxBytes, wav: sfx }), SFX_RATE],
  ['ambient master', () => ({ bytes: ambientBytes, wav: ambient }), AMBIENT_RATE],
] as const)('%s WAV header', (_name, get, rate) => {
  let bytes: Uint8Array;
  let wav: ParsedWav;
  beforeAll(() => {
    ({ bytes, wav } = get());
  });

  it('is mono 16-bit PCM at the intended rate', () => {
    expect(wav.format).toBe(1);
    expect(wav.channels).toBe(1);
    expect(wav.bitsPerSample).toBe(16);
    expect(wav.sampleRate).toBe(rate);
    expect(wav.blockAlign).toBe(2);
    expect(wav.byteRate).toBe(rate * 2);
  });

  it('has RIFF and data sizes consistent with the file length', () => {
    expect(wav.riffSize).toBe(bytes.byteLength - 8);
    expect(wav.dataOffset + wav.dataSize).toBe(bytes.byteLength);
    expect(wav.dataSize % wav.blockAlign).toBe(0);
    expect(wav.samples.length).toBeGreaterThan(0);
  });
});

describe('shipped sounds', () => {
  const shipped = Object.values(ENCODED_FILES).flatMap((f) => [f.webm, f.mp3]);

  it('keep all audio the game downloads (one format of each sound) under 100 KB, and each format under 100 KB', () => {
    const size = (f: string) => statSync(resolve(root, f)).size;
    expect(size(ENCODED_FILES.sfx.webm) + size(ENCODED_FILES.ambient.webm)).toBeLessThan(100 * 1024);
    expect(size(ENCODED_FILES.sfx.mp3) + size(ENCODED_FILES.ambient.mp3)).toBeLessThan(100 * 1024);
  });

  it('were encoded from the masters the generator makes now (run `npm run build:sounds` after changing it)', () => {
    const recorded = JSON.parse(readFileSync(resolve(root, MASTERS_FILE), 'utf8')) as ReturnType<typeof mastersOf>;
    expect(recorded.sha256).toEqual(mastersOf(masters).sha256);
  });

  it.each([
    ['sfx', ENCODED_FILES.sfx, () => sfx.samples.length / SFX_RATE],
    ['ambient', ENCODED_FILES.ambient, () => ambient.samples.length / AMBIENT_RATE],
  ] as const)('%s: the Opus (WebM) and MP3 files last as long as the master', (_name, files, seconds) => {
    const ms = seconds() * 1000;
    const webm = webmFacts(readBytes(files.webm));
    expect(webm.codec).toBe('A_OPUS');
    // Opus works in 20 ms packets; the declared duration is the master's to within one packet.
    expect(Math.abs(webm.durationMs - ms)).toBeLessThan(25);
    const mp3 = mp3Facts(readBytes(files.mp3));
    expect(mp3.channels).toBe(1);
    expect(mp3.infoTag).toBe(true); // carries the encoder delay, so players can trim it
    // Whole frames plus the encoder's delay: a little longer than the master, never shorter.
    expect(mp3.durationMs).toBeGreaterThanOrEqual(ms);
    expect(mp3.durationMs - ms).toBeLessThan(200);
  });

  it('does not ship the WAV masters', () => {
    expect(shipped.every((f) => !f.endsWith('.wav'))).toBe(true);
    for (const f of ['assets/audio/sfx.wav', 'assets/audio/ambient.wav']) expect(() => statSync(resolve(root, f))).toThrow();
  });
});

describe('sfx sprite map', () => {
  const fileMs = (sfx.samples.length * 1000) / SFX_RATE;

  it('lists exactly the cues', () => {
    expect(Object.keys(sprite).sort()).toEqual([...CUES].sort());
  });

  it('matches the generated module the browser code imports', () => {
    for (const cue of CUES) expect([...SFX_SPRITE[cue]]).toEqual(spriteOf(cue));
  });

  it.each(CUES)('%s has a positive duration inside the file', (cue) => {
    const [off, dur] = spriteOf(cue);
    expect(Number.isInteger(off) && Number.isInteger(dur)).toBe(true);
    expect(off).toBeGreaterThanOrEqual(0);
    expect(dur).toBeGreaterThan(0);
    expect(off + dur).toBeLessThanOrEqual(fileMs);
  });

  it('has non-overlapping cues separated by silent gaps', () => {
    const regions = CUES.map((c) => spriteOf(c)).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < regions.length; i++) {
      const prev = regions[i - 1];
      const next = regions[i];
      if (!prev || !next) throw new Error('unreachable');
      const gap = next[0] - (prev[0] + prev[1]);
      expect(gap).toBeGreaterThanOrEqual(GAP_MS - 1);
      // Every sample in the gap is digital silence, so no cue bleeds into another.
      const from = Math.ceil(((prev[0] + prev[1]) * SFX_RATE) / 1000);
      const to = Math.floor((next[0] * SFX_RATE) / 1000);
      expect(to - from).toBeGreaterThan(0);
      expect(peak(sfx.samples.subarray(from, to))).toBe(0);
    }
  });
});

describe('cue levels', () => {
  it('no sample reaches full scale anywhere in the sprite', () => {
    const p = peak(sfx.samples);
    expect(p).toBeLessThan(FULL_SCALE);
    expect(p).toBeLessThanOrEqual(Math.ceil(PEAK_CEILING * FULL_SCALE) + 1);
  });

  it.each(CUES)('%s is audible, consistent in loudness, and starts and ends at silence', (cue) => {
    const x = cueSamples(cue);
    // Not silent: a real signal well above the noise floor.
    expect(peak(x)).toBeGreaterThan(0.2 * FULL_SCALE);
    // Loudness lands on the common target plus the cue's trim (peak limiting
    // would pull it under; none of the cues should need it).
    const loud = shortTermLoudnessDb(Array.from(x, (v) => v / FULL_SCALE), SFX_RATE);
    expect(Math.abs(loud - (TARGET_LOUDNESS_DB + CUE_TRIM_DB[cue]))).toBeLessThan(1);
    // Cut points are silent, so starting/stopping the sprite cannot click.
    expect(Math.abs(x[0] ?? 1)).toBeLessThan(0.002 * FULL_SCALE);
    expect(Math.abs(x[x.length - 1] ?? 1)).toBeLessThan(0.002 * FULL_SCALE);
  });

  it('keeps cues short: UI cues under a second, win/lose 2-3 s', () => {
    for (const cue of CUES) {
      const seconds = spriteOf(cue)[1] / 1000;
      if (cue === 'win' || cue === 'lose') {
        expect(seconds).toBeGreaterThanOrEqual(2);
        expect(seconds).toBeLessThanOrEqual(3);
      } else {
        expect(seconds).toBeLessThanOrEqual(1);
      }
      expect(Math.abs(seconds - CUE_SECONDS[cue])).toBeLessThan(0.002);
    }
  });

  it('keeps the frequent UI cues quieter than the stingers', () => {
    for (const ui of ['order', 'undo'] as const) {
      for (const stinger of ['alert', 'win'] as const) {
        expect(CUE_TRIM_DB[ui]).toBeLessThan(CUE_TRIM_DB[stinger]);
      }
    }
  });
});

describe('ambient loop', () => {
  const s = ambient.samples;
  const n = s.length;
  const at = (i: number): number => s[((i % n) + n) % n] ?? 0;

  it('lasts 8-12 s', () => {
    const seconds = n / AMBIENT_RATE;
    expect(seconds).toBeGreaterThanOrEqual(8);
    expect(seconds).toBeLessThanOrEqual(12);
    expect(seconds).toBe(AMBIENT_SECONDS);
  });

  it('is quiet but present', () => {
    expect(rmsDb(s)).toBeLessThan(-28);
    expect(rmsDb(s)).toBeGreaterThan(-45);
    expect(peak(s)).toBeLessThan(0.2 * FULL_SCALE);
  });

  it('joins its end to its start without a jump (no click at the loop point)', () => {
    const diffs: number[] = [];
    for (let i = 1; i < n; i++) diffs.push(Math.abs(at(i) - at(i - 1)));
    const seam = Math.abs(at(0) - at(n - 1));
    expect(seam).toBeLessThanOrEqual(quantile(diffs, 0.99));
    expect(seam).toBeLessThan(0.01 * FULL_SCALE);
  });

  it('continues with the same slope across the seam (same phase, not just the same value)', () => {
    // Second differences are the signal's curvature: a phase mismatch at the
    // seam shows up as a kink far outside what the interior ever does.
    const second = (i: number): number => Math.abs(at(i + 1) - 2 * at(i) + at(i - 1));
    const interior: number[] = [];
    for (let i = 2; i < n - 2; i++) interior.push(second(i));
    const limit = quantile(interior, 0.999);
    expect(second(n - 1)).toBeLessThanOrEqual(limit);
    expect(second(0)).toBeLessThanOrEqual(limit);
  });

  it('builds its drone from whole cycles per loop', () => {
    for (const [f] of AMBIENT_PARTIALS) {
      const cycles = f * AMBIENT_SECONDS;
      expect(Math.abs(cycles - Math.round(cycles))).toBeLessThan(1e-9);
    }
  });
});

describe('generator', () => {
  let first: SoundBuild;
  let second: SoundBuild;
  beforeAll(() => {
    first = buildSounds();
    second = buildSounds();
  });

  it('is deterministic: two runs give byte-identical output', () => {
    expect(Buffer.from(first.sfxWav).equals(Buffer.from(second.sfxWav))).toBe(true);
    expect(Buffer.from(first.ambientWav).equals(Buffer.from(second.ambientWav))).toBe(true);
    expect(first.spriteJson).toBe(second.spriteJson);
    expect(first.spriteModule).toBe(second.spriteModule);
  });

  it('reproduces the committed sprite map exactly (run `npm run build:sounds` after changing it)', () => {
    expect(first.spriteJson).toBe(readFileSync(resolve(root, OUTPUT_FILES.spriteJson), 'utf8'));
    expect(first.spriteModule).toBe(readFileSync(resolve(root, OUTPUT_FILES.spriteModule), 'utf8'));
  });

  it('does not use Math.random', () => {
    const source = readFileSync(resolve(root, 'tools/build-sounds.ts'), 'utf8');
    expect(source).not.toMatch(/Math\.random\s*\(/);
  });
});
