// Synthesises every sound in the game from code, so the audio is ours, tiny,
// and reproducible byte for byte (no sample packs, no Math.random, no clock).
//
//   npm run build:sounds      -> assets/audio/sfx.webm + sfx.mp3, ambient.webm +
//                                ambient.mp3 (encoded from the WAV masters made
//                                here, by ffmpeg: tools/encode-sounds.ts),
//                                sfx.json, tools/sound-masters.json (the masters'
//                                hashes) and src/audio/sfxSprite.ts (the same
//                                sprite map as a module, so the browser code gets
//                                it without importing from the Vite publicDir)
//
// The WAV masters are not shipped (Opus is a tenth of their size): they are
// rebuilt in memory, byte for byte, whenever needed; the tests check that they
// still hash to what the committed encodings were made from.
//
// The mood (docs/design.md sections 11–13) is an operations room: calm, short, purposeful.
// So cues are soft sines, bells and filtered noise, kept in the mid range,
// with short tails; little energy above ~4 kHz and nothing sustained.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUES, type Cue, type SpriteMap } from '../src/audio/cues';
import { BITRATES, encodeSound, ffmpegAvailable, type SoundName } from './encode-sounds';

export const SFX_RATE = 22050;
export const AMBIENT_RATE = 11025;
/** Silence between sprite cues, so a player overrun never bleeds into the next cue. */
export const GAP_MS = 50;
/** Length of the ambient loop. Every periodic part of the bed divides this exactly. */
export const AMBIENT_SECONDS = 8;

const TAU = 2 * Math.PI;

// ---------------------------------------------------------------------------
// Deterministic noise. xorshift32: tiny, fast, and its sequence depends only
// on the seed, which keeps the generated files identical run to run.
// ---------------------------------------------------------------------------
export class Noise {
  private state: number;
  constructor(seed: number) {
    // xorshift has a fixed point at zero; any other seed walks the full cycle.
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x / 4294967296;
  }
  /** Uniform in [-1, 1). */
  bipolar(): number {
    return this.next() * 2 - 1;
  }
}

// ---------------------------------------------------------------------------
// Filters. RBJ cookbook biquads in direct form I: enough to shape noise into
// clicks, hiss and rumble.
// ---------------------------------------------------------------------------
type BiquadKind = 'lowpass' | 'highpass' | 'bandpass';

export class Biquad {
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  constructor(
    private readonly kind: BiquadKind,
    private readonly rate: number,
    freq: number,
    q = Math.SQRT1_2,
  ) {
    this.set(freq, q);
  }
  /** Recompute coefficients; keeps state so a sweeping filter stays smooth. */
  set(freq: number, q: number): void {
    const f = Math.min(freq, this.rate * 0.45);
    const w = (TAU * f) / this.rate;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    let b0: number;
    let b1: number;
    let b2: number;
    if (this.kind === 'lowpass') {
      b0 = (1 - cos) / 2;
      b1 = 1 - cos;
      b2 = (1 - cos) / 2;
    } else if (this.kind === 'highpass') {
      b0 = (1 + cos) / 2;
      b1 = -(1 + cos);
      b2 = (1 + cos) / 2;
    } else {
      // Constant 0 dB peak gain, so Q changes width and not level.
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
  }
  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

// ---------------------------------------------------------------------------
// Building blocks. Every voice writes into a shared Float64Array "bus" at a
// start time, so a cue is just a list of voices placed on a timeline.
// ---------------------------------------------------------------------------
type Env = (t: number) => number;
type Freq = number | ((t: number) => number);

/** Percussive envelope: short linear attack, exponential decay, then a
 *  raised-cosine fade over the last `fade` seconds so the voice ends at an
 *  exact zero (no click when the voice is cut). */
function perc(attack: number, tau: number, dur: number, fade = 0.01): Env {
  return (t) => {
    if (t < 0 || t >= dur) return 0;
    const a = t < attack ? t / attack : Math.exp(-(t - attack) / tau);
    return a * tailFade(t, dur, fade);
  };
}

/** Sustained envelope: attack, hold at `level`, raised-cosine release. */
function swell(attack: number, release: number, dur: number, level = 1): Env {
  return (t) => {
    if (t < 0 || t >= dur) return 0;
    const a = t < attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / attack) : 1;
    return a * level * tailFade(t, dur, release);
  };
}

function tailFade(t: number, dur: number, fade: number): number {
  const left = dur - t;
  if (left >= fade) return 1;
  if (left <= 0) return 0;
  return 0.5 - 0.5 * Math.cos((Math.PI * left) / fade);
}

interface ToneSpec {
  start: number;
  dur: number;
  freq: Freq;
  env: Env;
  gain?: number;
  /** [frequency ratio, amplitude, optional decay multiplier of this partial] */
  partials?: ReadonlyArray<readonly [number, number, number?]>;
  /** Simple FM: modulator at freq*ratio, index decaying with tau. */
  fm?: { ratio: number; index: number; tau: number };
  /** Vibrato depth as a fraction of frequency, at `vibratoRate` Hz, after `vibratoDelay` s. */
  vibrato?: number;
  vibratoRate?: number;
  vibratoDelay?: number;
  phase?: number;
}

/** Additive (optionally FM) oscillator with per-partial decay. Partials above
 *  ~0.45 of the sample rate are skipped, so nothing aliases. */
function tone(bus: Float64Array, rate: number, s: ToneSpec): void {
  const partials = s.partials ?? [[1, 1]];
  const gain = s.gain ?? 1;
  const startIdx = Math.round(s.start * rate);
  const n = Math.round(s.dur * rate);
  const phases = partials.map(() => s.phase ?? 0);
  let modPhase = 0;
  for (let i = 0; i < n; i++) {
    const idx = startIdx + i;
    if (idx < 0 || idx >= bus.length) continue;
    const t = i / rate;
    let f = typeof s.freq === 'number' ? s.freq : s.freq(t);
    if (s.vibrato) {
      const d = s.vibratoDelay ?? 0;
      if (t > d) {
        // Vibrato fades in over 0.2 s so held notes bloom rather than wobble at once.
        const depth = s.vibrato * Math.min(1, (t - d) / 0.2);
        f *= 1 + depth * Math.sin(TAU * (s.vibratoRate ?? 5) * (t - d));
      }
    }
    let fmOffset = 0;
    if (s.fm) {
      modPhase += (TAU * f * s.fm.ratio) / rate;
      fmOffset = s.fm.index * Math.exp(-t / s.fm.tau) * Math.sin(modPhase);
    }
    const env = s.env(t);
    let v = 0;
    for (let p = 0; p < partials.length; p++) {
      const spec = partials[p];
      if (!spec) continue;
      const [ratio, amp, decay] = spec;
      const pf = f * ratio;
      const ph = (phases[p] ?? 0) + (TAU * pf) / rate;
      phases[p] = ph;
      if (pf > rate * 0.45) continue;
      // Higher partials of struck things die faster; `decay` scales that.
      const partialEnv = decay ? Math.exp(-t * decay) : 1;
      v += amp * partialEnv * Math.sin(ph + fmOffset * ratio);
    }
    bus[idx] = (bus[idx] ?? 0) + gain * env * v;
  }
}

/** Band-limited sawtooth-like partial list with a brightness roll-off, for the
 *  brass and strings of the win/lose phrases. */
function sawPartials(count: number, rolloff: number, oddBias = 1): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 1; k <= count; k++) {
    const odd = k % 2 === 1 ? 1 : oddBias;
    out.push([k, (odd / k) / (1 + Math.pow(k / rolloff, 2))]);
  }
  return out;
}

interface NoiseSpec {
  start: number;
  dur: number;
  env: Env;
  gain?: number;
  seed: number;
  filter: () => Biquad[];
  /** Optional sweep: called per sample to retune the first filter. */
  sweep?: (t: number, f: Biquad) => void;
}

function noiseVoice(bus: Float64Array, rate: number, s: NoiseSpec): void {
  const rng = new Noise(s.seed);
  const filters = s.filter();
  const startIdx = Math.round(s.start * rate);
  const n = Math.round(s.dur * rate);
  const gain = s.gain ?? 1;
  for (let i = 0; i < n; i++) {
    const idx = startIdx + i;
    const t = i / rate;
    let v = rng.bipolar();
    const first = filters[0];
    if (s.sweep && first) s.sweep(t, first);
    for (const f of filters) v = f.process(v);
    if (idx < 0 || idx >= bus.length) continue;
    bus[idx] = (bus[idx] ?? 0) + gain * s.env(t) * v;
  }
}

/** A small Schroeder reverb (parallel damped combs into series allpasses):
 *  gives the cues a room around them instead of a dry, toy-like sound. */
function reverb(bus: Float64Array, rate: number, mix: number, size = 1, damp = 0.35): void {
  const combMs = [29.7, 37.1, 41.1, 43.7];
  const allpassMs = [5.0, 1.7];
  const feedback = 0.72;
  const wet = new Float64Array(bus.length);
  for (const ms of combMs) {
    const d = Math.max(1, Math.round((ms * size * rate) / 1000));
    const line = new Float64Array(d);
    let pos = 0;
    let low = 0;
    for (let i = 0; i < bus.length; i++) {
      const out = line[pos] ?? 0;
      // One-pole lowpass in the loop: highs die first, like a real room.
      low = out * (1 - damp) + low * damp;
      line[pos] = (bus[i] ?? 0) + low * feedback;
      pos = (pos + 1) % d;
      wet[i] = (wet[i] ?? 0) + out / combMs.length;
    }
  }
  for (const ms of allpassMs) {
    const d = Math.max(1, Math.round((ms * rate) / 1000));
    const line = new Float64Array(d);
    let pos = 0;
    const g = 0.5;
    for (let i = 0; i < wet.length; i++) {
      const delayed = line[pos] ?? 0;
      const x = wet[i] ?? 0;
      const y = -g * x + delayed;
      line[pos] = x + g * y;
      pos = (pos + 1) % d;
      wet[i] = y;
    }
  }
  for (let i = 0; i < bus.length; i++) bus[i] = (bus[i] ?? 0) + mix * (wet[i] ?? 0);
}

/** Feedback echo, used for the radar ping's distance. */
function echo(bus: Float64Array, rate: number, delay: number, feedback: number, mix: number): void {
  const d = Math.round(delay * rate);
  const out = new Float64Array(bus.length);
  for (let i = 0; i < bus.length; i++) {
    const back = i >= d ? (out[i - d] ?? 0) : 0;
    out[i] = (bus[i] ?? 0) + feedback * back;
  }
  for (let i = 0; i < bus.length; i++) {
    const delayed = i >= d ? (out[i - d] ?? 0) : 0;
    bus[i] = (bus[i] ?? 0) + mix * delayed;
  }
}

function lowpassAll(bus: Float64Array, rate: number, freq: number): void {
  const f = new Biquad('lowpass', rate, freq);
  for (let i = 0; i < bus.length; i++) bus[i] = f.process(bus[i] ?? 0);
}

/** Removes any DC/sub-audio energy (the reverb and FM can leave a little). */
function highpassAll(bus: Float64Array, rate: number, freq: number): void {
  const f = new Biquad('highpass', rate, freq);
  for (let i = 0; i < bus.length; i++) bus[i] = f.process(bus[i] ?? 0);
}

/** Guarantees the cue starts and ends at an exact zero: the sprite is cut at
 *  these points, so any residue here would be a click. */
function edgeFades(bus: Float64Array, rate: number, fadeIn = 0.001, fadeOut = 0.02): void {
  const nIn = Math.max(1, Math.round(fadeIn * rate));
  const nOut = Math.max(1, Math.round(fadeOut * rate));
  for (let i = 0; i < nIn && i < bus.length; i++) {
    bus[i] = (bus[i] ?? 0) * (0.5 - 0.5 * Math.cos((Math.PI * i) / nIn));
  }
  for (let k = 0; k < nOut && k < bus.length; k++) {
    const i = bus.length - 1 - k;
    bus[i] = (bus[i] ?? 0) * (0.5 - 0.5 * Math.cos((Math.PI * k) / nOut));
  }
}

const midi = (m: number): number => 440 * Math.pow(2, (m - 69) / 12);
/** Exponential glide between two frequencies over `time` seconds. */
const glide = (from: number, to: number, time: number) => (t: number) =>
  from * Math.pow(to / from, Math.min(1, t / time));

// ---------------------------------------------------------------------------
// The cues. Each returns a dry buffer at the given rate; levels are set later
// by normaliseCue, so the absolute gains here are only the internal mix.
// ---------------------------------------------------------------------------

/** Length of each cue in seconds; the sprite layout and the tests use these. */
export const CUE_SECONDS: Record<Cue, number> = {
  order: 0.08,
  undo: 0.1,
  refused: 0.33,
  endDay: 0.8,
  alert: 0.7,
  deterred: 0.65,
  failed: 0.8,
  milestone: 0.8,
  win: 2.2,
  lose: 2.4,
};

/** Relative loudness in dB against the common target: the frequent UI blips
 *  sit under the stingers so a busy turn does not become tiring. */
export const CUE_TRIM_DB: Record<Cue, number> = {
  order: -5,
  undo: -6,
  refused: -4,
  endDay: -3,
  alert: 0,
  deterred: -1,
  failed: -1,
  milestone: -1,
  win: 0,
  lose: -1,
};

type CueSynth = (rate: number) => Float64Array;

const synths: Record<Cue, CueSynth> = {
  // Order confirmed: a soft falling blip with a tiny keyswitch click, the
  // feel of a console button rather than a game "coin".
  order(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.order * rate));
    tone(bus, rate, {
      start: 0,
      dur: 0.075,
      freq: glide(1320, 990, 0.03),
      env: perc(0.002, 0.018, 0.075),
      partials: [
        [1, 1],
        [2, 0.12, 40],
      ],
    });
    noiseVoice(bus, rate, {
      start: 0,
      dur: 0.02,
      seed: 101,
      gain: 0.35,
      env: perc(0.0005, 0.003, 0.02, 0.005),
      filter: () => [new Biquad('bandpass', rate, 3500, 1.5)],
    });
    edgeFades(bus, rate, 0.0005, 0.005);
    return bus;
  },

  // Undo: the order blip mirrored: lower, rising, and swelling into its
  // transient instead of starting with it, like tape played backwards.
  undo(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.undo * rate));
    const body = 0.085;
    tone(bus, rate, {
      start: 0,
      dur: body,
      freq: (t) => 660 * Math.pow(880 / 660, Math.pow(t / body, 2)),
      env: (t) => {
        if (t < 0 || t >= body) return 0;
        const rise = Math.pow(t / (body - 0.01), 2.5);
        return Math.min(1, rise) * tailFade(t, body, 0.012);
      },
      partials: [
        [1, 1],
        [2, 0.1],
      ],
    });
    noiseVoice(bus, rate, {
      start: body - 0.012,
      dur: 0.014,
      seed: 202,
      gain: 0.25,
      // Reversed click: swells then stops quickly.
      env: (t) => (t < 0.011 ? Math.pow(t / 0.011, 2) : 1) * tailFade(t, 0.014, 0.003),
      filter: () => [new Biquad('bandpass', rate, 2800, 1.5)],
    });
    edgeFades(bus, rate, 0.001, 0.005);
    return bus;
  },

  // Refused: two gentle low buzzes (the second a touch lower, "no-no"),
  // soft-edged and lowpassed so it reads as "not allowed", not "error!".
  refused(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.refused * rate));
    const buzz = (start: number, f: number): void => {
      const dur = 0.125;
      tone(bus, rate, {
        start,
        dur,
        freq: f,
        env: (t) => swell(0.012, 0.035, dur)(t) * (1 - 0.18 * (0.5 + 0.5 * Math.sin(TAU * 28 * t))),
        partials: sawPartials(14, 4.5, 0.35),
      });
    };
    buzz(0.0, 156);
    buzz(0.175, 147);
    lowpassAll(bus, rate, 1400);
    edgeFades(bus, rate, 0.001, 0.01);
    return bus;
  },

  // End of day: four soft teletype/clock ticks, tick-tock alternating, then
  // a quiet carriage-return bell that closes the day.
  endDay(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.endDay * rate));
    const rng = new Noise(303);
    for (let k = 0; k < 4; k++) {
      const start = k * 0.115;
      const hi = k % 2 === 0;
      // Slight, fixed irregularity: a machine, not a metronome.
      const level = 0.85 + 0.15 * rng.next();
      noiseVoice(bus, rate, {
        start,
        dur: 0.03,
        seed: 310 + k,
        gain: 0.9 * level,
        env: perc(0.0005, 0.004, 0.03, 0.008),
        filter: () => [new Biquad('bandpass', rate, hi ? 2900 : 2300, 2.5)],
      });
      tone(bus, rate, {
        start,
        dur: 0.05,
        freq: hi ? 1850 : 1480,
        env: perc(0.0008, 0.011, 0.05),
        gain: 0.35 * level,
      });
    }
    tone(bus, rate, {
      start: 0.47,
      dur: 0.33,
      freq: midi(79), // G5
      env: perc(0.002, 0.12, 0.33, 0.08),
      gain: 0.55,
      partials: [
        [1, 1],
        [2.0, 0.25, 8],
        [3.01, 0.1, 14],
        [4.17, 0.05, 20],
      ],
    });
    reverb(bus, rate, 0.18, 0.8);
    highpassAll(bus, rate, 120);
    edgeFades(bus, rate, 0.0005, 0.03);
    return bus;
  },

  // Event warning: a two-tone sonar/radar ping (a fourth up, so it asks a
  // question), round sine with a brief FM "ping" edge and a distant echo.
  alert(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.alert * rate));
    const ping = (start: number, f: number, dur: number): void => {
      tone(bus, rate, {
        start,
        dur,
        freq: f,
        env: perc(0.004, 0.1, dur, 0.04),
        fm: { ratio: 2, index: 0.6, tau: 0.02 },
        partials: [
          [1, 1],
          [2, 0.08, 12],
        ],
      });
    };
    ping(0.0, midi(78), 0.36); // F#5
    ping(0.19, midi(83), 0.4); // B5
    echo(bus, rate, 0.105, 0.25, 0.28);
    lowpassAll(bus, rate, 3000);
    reverb(bus, rate, 0.15, 1.0);
    edgeFades(bus, rate, 0.001, 0.05);
    return bus;
  },

  // Deterred: a quick rising major arpeggio (G4 C5 E5) in a soft FM
  // electric-piano voice, settling on a consonant chord: "it held".
  deterred(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.deterred * rate));
    const notes = [67, 72, 76];
    notes.forEach((m, k) => {
      const start = k * 0.075;
      const dur = CUE_SECONDS.deterred - start - 0.02;
      tone(bus, rate, {
        start,
        dur,
        freq: midi(m),
        env: perc(0.004, 0.22, dur, 0.12),
        gain: k === 2 ? 0.9 : 0.75,
        fm: { ratio: 1, index: 1.1, tau: 0.08 },
        partials: [
          [1, 1],
          [2, 0.15, 6],
        ],
      });
    });
    noiseVoice(bus, rate, {
      start: 0,
      dur: 0.22,
      seed: 404,
      gain: 0.12,
      env: swell(0.15, 0.07, 0.22),
      filter: () => [new Biquad('bandpass', rate, 500, 2)],
      sweep: (t, f) => f.set(500 * Math.pow(4, t / 0.22), 2),
    });
    reverb(bus, rate, 0.22, 1.0);
    highpassAll(bus, rate, 90);
    edgeFades(bus, rate, 0.001, 0.04);
    return bus;
  },

  // Not deterred: a falling tritone (D4 -> A-flat3) in a dark, muted voice
  // that sags in pitch, over a low D rumble: ominous without being loud.
  failed(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.failed * rate));
    const dark = sawPartials(10, 2.5, 0.6);
    tone(bus, rate, {
      start: 0,
      dur: 0.2,
      freq: midi(62),
      env: swell(0.012, 0.06, 0.2),
      partials: dark,
      gain: 0.8,
    });
    tone(bus, rate, {
      start: 0.16,
      dur: 0.6,
      freq: (t) => midi(56) * Math.pow(2, (-0.6 * Math.min(1, t / 0.6)) / 12),
      env: (t) => swell(0.02, 0.3, 0.6)(t) * Math.exp(-t / 0.5),
      partials: dark,
    });
    tone(bus, rate, {
      start: 0.05,
      dur: 0.72,
      freq: midi(38), // D2
      env: (t) => swell(0.12, 0.35, 0.72)(t),
      partials: [
        [1, 1],
        [2, 0.35],
        [3, 0.12],
      ],
      gain: 0.45,
    });
    noiseVoice(bus, rate, {
      start: 0.1,
      dur: 0.6,
      seed: 505,
      gain: 0.25,
      env: (t) => swell(0.2, 0.35, 0.6)(t),
      filter: () => [new Biquad('lowpass', rate, 260, 0.9)],
    });
    lowpassAll(bus, rate, 2200);
    reverb(bus, rate, 0.2, 1.1);
    highpassAll(bus, rate, 40);
    edgeFades(bus, rate, 0.001, 0.05);
    return bus;
  },

  // Milestone: two glockenspiel-like strikes (A5 then E6) with inharmonic
  // bar partials: bright and clear, yet short and not piercing.
  milestone(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.milestone * rate));
    const bell = (start: number, f: number, gain: number): void => {
      const dur = CUE_SECONDS.milestone - start - 0.02;
      tone(bus, rate, {
        start,
        dur,
        freq: f,
        gain,
        env: perc(0.001, 0.28, dur, 0.12),
        partials: [
          [1, 1],
          [2.76, 0.22, 9],
          [5.4, 0.07, 20],
          [8.93, 0.025, 35],
        ],
      });
    };
    bell(0.0, midi(81), 0.8);
    bell(0.09, midi(88), 0.75);
    lowpassAll(bus, rate, 5000);
    reverb(bus, rate, 0.2, 1.0, 0.45);
    edgeFades(bus, rate, 0.0005, 0.06);
    return bus;
  },

  // Win: a restrained fanfare. Brass-like additive voices climb G4 C5 E5 to
  // a held G5 over a soft C major chord and a timpani thump, then settle.
  win(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.win * rate));
    const brass = (start: number, m: number, dur: number, gain: number, vib = 0): void => {
      const f = midi(m);
      // Harmonic count falls with pitch so the top voice stays mellow.
      const base = sawPartials(Math.max(4, Math.floor(4000 / f)), 5, 0.8);
      tone(bus, rate, {
        start,
        dur,
        freq: f,
        gain,
        env: swell(0.025, Math.min(0.5, dur * 0.45), dur),
        // Brass brightens on the attack: model it as extra decaying upper partials.
        // (decay rate in 1/s: upper harmonics fade faster than the middle ones).
        partials: base.map(([k, a]) => [k, a, k > 5 ? 2.5 : k > 2 ? 1.2 : 0] as const),
        vibrato: vib,
        vibratoRate: 4.8,
        vibratoDelay: 0.3,
      });
    };
    brass(0.0, 67, 0.2, 0.7);
    brass(0.19, 72, 0.2, 0.7);
    brass(0.38, 76, 0.34, 0.75);
    brass(0.74, 79, 1.4, 0.85, 0.004);
    // Chord under the held note: C4 E4 G4, softer, entering with the G5.
    for (const m of [60, 64, 67]) brass(0.74, m, 1.42, 0.28);
    tone(bus, rate, {
      start: 0.74,
      dur: 0.9,
      freq: glide(82, 65.4, 0.08),
      env: perc(0.003, 0.25, 0.9, 0.2),
      gain: 0.7,
      partials: [
        [1, 1],
        [1.5, 0.25, 10],
        [2.0, 0.15, 12],
      ],
    });
    lowpassAll(bus, rate, 3800);
    reverb(bus, rate, 0.28, 1.3, 0.4);
    highpassAll(bus, rate, 40);
    edgeFades(bus, rate, 0.001, 0.25);
    return bus;
  },

  // Lose: a slow, somber descent in A minor (E4 D4 C4 to a held A3) on a
  // mellow horn-like voice over a low open fifth: closure, not punishment.
  lose(rate) {
    const bus = new Float64Array(Math.round(CUE_SECONDS.lose * rate));
    const horn: Array<[number, number, number?]> = [
      [1, 1],
      [2, 0.45],
      [3, 0.2],
      [4, 0.08],
      [5, 0.04],
    ];
    const phrase: Array<[number, number, number]> = [
      [0.0, 64, 0.48],
      [0.42, 62, 0.48],
      [0.84, 60, 0.48],
      [1.26, 57, 1.05],
    ];
    for (const [start, m, dur] of phrase) {
      tone(bus, rate, {
        start,
        dur,
        freq: midi(m),
        env: swell(0.07, Math.min(0.45, dur * 0.4), dur),
        partials: horn,
        gain: m === 57 ? 0.9 : 0.75,
        vibrato: 0.003,
        vibratoRate: 4.5,
        vibratoDelay: 0.25,
      });
    }
    // Low open fifth A2 + E3 under the last note.
    for (const [m, g] of [
      [45, 0.35],
      [52, 0.22],
    ] as const) {
      tone(bus, rate, {
        start: 1.2,
        dur: 1.12,
        freq: midi(m),
        env: swell(0.25, 0.5, 1.12),
        partials: [
          [1, 1],
          [2, 0.3],
          [3, 0.1],
        ],
        gain: g,
      });
    }
    lowpassAll(bus, rate, 2500);
    reverb(bus, rate, 0.25, 1.3, 0.45);
    highpassAll(bus, rate, 40);
    edgeFades(bus, rate, 0.001, 0.3);
    return bus;
  },
};

export function synthCue(cue: Cue, rate = SFX_RATE): Float64Array {
  return synths[cue](rate);
}

// ---------------------------------------------------------------------------
// Loudness. A crude but consistent measure: the loudest 100 ms RMS window
// after a high-pass at 150 Hz (the ear hears low buzzes as quieter than their
// RMS suggests). Each cue is brought to a common target plus its trim, then
// limited by a peak ceiling so nothing can clip.
// ---------------------------------------------------------------------------
export const TARGET_LOUDNESS_DB = -14;
export const PEAK_CEILING = 0.89; // about -1 dBFS

export function shortTermLoudnessDb(samples: ArrayLike<number>, rate: number, windowS = 0.1): number {
  const hp = new Biquad('highpass', rate, 150, 0.6);
  const w = new Float64Array(samples.length);
  for (let i = 0; i < samples.length; i++) w[i] = hp.process(samples[i] ?? 0);
  const win = Math.max(1, Math.min(w.length, Math.round(windowS * rate)));
  const hop = Math.max(1, Math.round(win / 4));
  let best = 0;
  for (let start = 0; start + win <= w.length; start += hop) {
    let sum = 0;
    for (let i = start; i < start + win; i++) sum += (w[i] ?? 0) ** 2;
    best = Math.max(best, sum / win);
  }
  return best > 0 ? 10 * Math.log10(best) : -Infinity;
}

export function peakOf(samples: ArrayLike<number>): number {
  let p = 0;
  for (let i = 0; i < samples.length; i++) p = Math.max(p, Math.abs(samples[i] ?? 0));
  return p;
}

function normaliseCue(bus: Float64Array, rate: number, trimDb: number): Float64Array {
  const loud = shortTermLoudnessDb(bus, rate);
  let gain = Math.pow(10, (TARGET_LOUDNESS_DB + trimDb - loud) / 20);
  const peak = peakOf(bus);
  if (peak * gain > PEAK_CEILING) gain = PEAK_CEILING / peak;
  const out = new Float64Array(bus.length);
  for (let i = 0; i < bus.length; i++) out[i] = (bus[i] ?? 0) * gain;
  return out;
}

// ---------------------------------------------------------------------------
// Ambient bed. Seamless by construction: every component is periodic in the
// loop length, so sample N would equal sample 0 exactly.
//   * drone partials are whole multiples of 1/AMBIENT_SECONDS Hz (an integer
//     number of cycles per loop) and their slow beating also divides the loop;
//   * noise is filtered circularly (the filter runs over the loop twice and
//     the second pass is kept, so its state at the end is the state it had
//     entering the start);
//   * blips are written modulo the loop length.
// ---------------------------------------------------------------------------

/** [frequency Hz, amplitude, phase] of the drone. Each freq * AMBIENT_SECONDS is an integer. */
// The upper partials carry the drone on laptop speakers, which cannot
// reproduce 55 Hz at all; the fundamental is there for headphones.
export const AMBIENT_PARTIALS: ReadonlyArray<readonly [number, number, number]> = [
  [55, 0.6, 0.0], // A1: the room's mains-and-fans hum
  [55.125, 0.35, 1.3], // beats with A1 once per loop: slow breathing
  [110, 0.6, 0.4],
  [110.25, 0.4, 2.1], // beats twice per loop
  [164.875, 0.3, 0.9], // a slightly flat fifth for unease
  [220.125, 0.2, 2.7],
  [330, 0.06, 1.7],
  [440.25, 0.04, 0.2],
];

/** Slow amplitude swells, in cycles per loop (integers, so periodic). */
const AMBIENT_LFO_CYCLES = [1, 3] as const;

/** Data blips: [time s, frequency Hz, count] — sparse and uneven so the
 *  loop does not feel like a metronome. */
const AMBIENT_BLIPS: ReadonlyArray<readonly [number, number, number]> = [
  [1.35, 1760, 2],
  [4.2, 1568, 1],
  [6.55, 2093, 3],
];

/** Same loudness measure as the cues (high-passed), some 20-25 dB under them. */
export const AMBIENT_TARGET_LOUDNESS_DB = -39;
export const AMBIENT_PEAK_CEILING = 0.18; // about -15 dBFS: a bed, never a feature

export function synthAmbient(rate = AMBIENT_RATE): Float64Array {
  const n = Math.round(AMBIENT_SECONDS * rate);
  const bus = new Float64Array(n);
  const L = AMBIENT_SECONDS;

  // Drone.
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const swellA = 1 + 0.15 * Math.sin((TAU * (AMBIENT_LFO_CYCLES[0] ?? 1) * t) / L);
    let v = 0;
    for (const [f, a, ph] of AMBIENT_PARTIALS) v += a * Math.sin(TAU * f * t + ph);
    bus[i] = 0.5 * swellA * v;
  }

  // Room tone: circular lowpassed noise (ventilation rumble).
  const rumble = circularNoise(n, 7001, () => [new Biquad('lowpass', rate, 180, 0.7)]);
  // Radio hiss: circular bandpassed noise with a slow periodic breathing.
  const hiss = circularNoise(n, 7002, () => [
    new Biquad('highpass', rate, 1400, 0.7),
    new Biquad('lowpass', rate, 3800, 0.7),
  ]);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const breathe = 0.65 + 0.35 * Math.sin((TAU * (AMBIENT_LFO_CYCLES[1] ?? 3) * t) / L + 0.7);
    bus[i] = (bus[i] ?? 0) + 0.9 * (rumble[i] ?? 0) + 0.22 * breathe * (hiss[i] ?? 0);
  }

  // Data blips, written modulo n so one could even sit on the seam.
  for (const [time, f, count] of AMBIENT_BLIPS) {
    for (let c = 0; c < count; c++) {
      const start = time + c * 0.09;
      const dur = 0.045;
      const len = Math.round(dur * rate);
      const s0 = Math.round(start * rate);
      const env = perc(0.003, 0.012, dur, 0.01);
      for (let k = 0; k < len; k++) {
        const idx = (s0 + k) % n;
        const t = k / rate;
        bus[idx] = (bus[idx] ?? 0) + 0.3 * env(t) * Math.sin(TAU * f * t);
      }
    }
  }

  // Level: quiet against the cues (whole-loop loudness, same weighting), and
  // a hard ceiling on peaks.
  const loud = shortTermLoudnessDb(bus, rate, AMBIENT_SECONDS);
  let gain = Math.pow(10, (AMBIENT_TARGET_LOUDNESS_DB - loud) / 20);
  const peak = peakOf(bus);
  if (peak * gain > AMBIENT_PEAK_CEILING) gain = AMBIENT_PEAK_CEILING / peak;
  for (let i = 0; i < n; i++) bus[i] = (bus[i] ?? 0) * gain;
  return bus;
}

/** Noise that is exactly periodic in n: the chain is run over the loop twice
 *  and only the second pass is kept (the first pass just settles the filter
 *  state to what it will be when the loop wraps around). */
function circularNoise(n: number, seed: number, chain: () => Biquad[]): Float64Array {
  const rng = new Noise(seed);
  const raw = new Float64Array(n);
  for (let i = 0; i < n; i++) raw[i] = rng.bipolar();
  const filters = chain();
  const out = new Float64Array(n);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      let v = raw[i] ?? 0;
      for (const f of filters) v = f.process(v);
      if (pass === 1) out[i] = v;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// WAV encoding: canonical 44-byte header, mono PCM 16-bit little endian.
// ---------------------------------------------------------------------------
export function encodeWav(samples: ArrayLike<number>, rate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const buf = new ArrayBuffer(44 + dataBytes);
  const v = new DataView(buf);
  const ascii = (off: number, s: string): void => {
    for (let i = 0; i < s.length; i++) v.setUint8(off + i, s.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true); // fmt chunk size
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true); // byte rate
  v.setUint16(32, 2, true); // block align
  v.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  v.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const x = Math.max(-1, Math.min(1, samples[i] ?? 0));
    v.setInt16(44 + i * 2, Math.round(x * 32767), true);
  }
  return new Uint8Array(buf);
}

// ---------------------------------------------------------------------------
// Sprite layout and the whole build.
// ---------------------------------------------------------------------------
export interface SoundBuild {
  sfxWav: Uint8Array;
  sprite: SpriteMap;
  spriteJson: string;
  spriteModule: string;
  ambientWav: Uint8Array;
}

/** Pure: renders everything in memory. The CLI below only writes it out. */
export function buildSounds(): SoundBuild {
  const rate = SFX_RATE;
  const rendered = CUES.map((cue) => ({ cue, samples: normaliseCue(synthCue(cue, rate), rate, CUE_TRIM_DB[cue]) }));

  // Cues start on whole milliseconds so the JSON stays readable; the sample
  // start is the nearest sample to that time.
  const sprite = {} as Record<Cue, readonly [number, number]>;
  const placed: Array<{ start: number; samples: Float64Array }> = [];
  let cursorMs = 0;
  for (const { cue, samples } of rendered) {
    const durationMs = Math.ceil((samples.length * 1000) / rate);
    sprite[cue] = [cursorMs, durationMs];
    placed.push({ start: Math.round((cursorMs * rate) / 1000), samples });
    cursorMs += durationMs + GAP_MS;
  }
  // cursorMs now includes a trailing gap: silence after the last cue too.
  const total = Math.ceil((cursorMs * rate) / 1000);
  const sfx = new Float64Array(total);
  for (const { start, samples } of placed) sfx.set(samples, start);

  // One cue per line: easy to read and to diff when a cue changes length.
  const spriteJson = '{\n' + CUES.map((c) => `  ${JSON.stringify(c)}: [${sprite[c][0]}, ${sprite[c][1]}]`).join(',\n') + '\n}\n';
  const spriteModule =
    '// Generated by tools/build-sounds.ts (npm run build:sounds). Do not edit by hand.\n' +
    '// The same map as assets/audio/sfx.json, as a module: files in the Vite\n' +
    '// publicDir cannot be imported from code, and a module avoids a fetch.\n' +
    "import type { SpriteMap } from './cues';\n\n" +
    'export const SFX_SPRITE: SpriteMap = {\n' +
    CUES.map((c) => `  ${c}: [${sprite[c][0]}, ${sprite[c][1]}],\n`).join('') +
    '};\n';

  return {
    sfxWav: encodeWav(sfx, rate),
    sprite,
    spriteJson,
    spriteModule,
    ambientWav: encodeWav(synthAmbient(AMBIENT_RATE), AMBIENT_RATE),
  };
}

/** Written by every run (no encoder needed). */
export const OUTPUT_FILES = {
  spriteJson: 'assets/audio/sfx.json',
  spriteModule: 'src/audio/sfxSprite.ts',
} as const;

/** What the game ships, per sound: encoded by ffmpeg from the masters. */
export const ENCODED_FILES: Record<SoundName, { webm: string; mp3: string }> = {
  sfx: { webm: 'assets/audio/sfx.webm', mp3: 'assets/audio/sfx.mp3' },
  ambient: { webm: 'assets/audio/ambient.webm', mp3: 'assets/audio/ambient.mp3' },
};

/** The SHA-256 of each WAV master the committed encodings were made from. */
export const MASTERS_FILE = 'tools/sound-masters.json';

export interface MastersRecord {
  sha256: Record<SoundName, string>;
  bitrates: typeof BITRATES;
}

export function mastersOf(build: SoundBuild): MastersRecord {
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  return { sha256: { sfx: sha(build.sfxWav), ambient: sha(build.ambientWav) }, bitrates: BITRATES };
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function write(rel: string, content: string | Uint8Array): void {
  const path = resolve(repoRoot, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  console.log(`${rel.padEnd(28)} ${String(size).padStart(8)} bytes`);
}

function main(): number {
  const build = buildSounds();
  for (const [key, rel] of Object.entries(OUTPUT_FILES) as Array<[keyof typeof OUTPUT_FILES, string]>) write(rel, build[key]);
  const masters = mastersOf(build);
  const recordText = JSON.stringify(masters, null, 2) + '\n';
  const recorded = existsSync(resolve(repoRoot, MASTERS_FILE)) ? readFileSync(resolve(repoRoot, MASTERS_FILE), 'utf8') : '';
  if (!ffmpegAvailable()) {
    if (recorded === recordText) {
      console.log('ffmpeg not found: the masters are unchanged, so the committed encoded sounds still match them.');
      return 0;
    }
    console.error('ffmpeg not found, and the masters changed: the encoded sounds cannot be made (apt-get install ffmpeg, then run again).');
    return 1;
  }
  for (const name of ['sfx', 'ambient'] as const) {
    const encoded = encodeSound(name, name === 'sfx' ? build.sfxWav : build.ambientWav);
    write(ENCODED_FILES[name].webm, encoded.webm);
    write(ENCODED_FILES[name].mp3, encoded.mp3);
  }
  write(MASTERS_FILE, recordText);
  return 0;
}

// Run only when executed directly (tsx tools/build-sounds.ts), not when the
// tests import buildSounds.
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) process.exitCode = main();
