// The game's sound player: a thin, fail-silent wrapper over Howler.
//
// Design choices, and why:
// * Howler itself is imported only after the first user gesture (pointer,
//   key or touch). Creating an AudioContext before a gesture makes Chrome
//   print "The AudioContext was not allowed to start" in the console, and
//   deferring the import also keeps Howler out of the game's first load.
// * Cues requested before the audio is loaded and unlocked are dropped, not
//   queued: Howler would otherwise hold them and fire the whole backlog at
//   the moment of unlock. Only the ambient bed is allowed to wait for unlock.
// * Every Howler call is guarded. Sound is decoration: blocked autoplay,
//   missing files, no Web Audio or a broken decoder must never surface as an
//   exception in the game.

import type { Howl, HowlOptions } from 'howler';
import { isCue, type Cue } from './cues';
import { SFX_SPRITE } from './sfxSprite';
import { audioSrc } from '../assets/assetUrls';
import { browserCanPlayType, playableFormats, type AudioFormat } from './audioFormats';

export type { Cue } from './cues';

export interface SoundSettings {
  /** Master volume, 0..1. */
  volume: number;
  muted: boolean;
  /** Whether the ambient bed may play at all. */
  ambient: boolean;
}

export type SoundStatus = 'waiting-for-gesture' | 'loading' | 'ready' | 'failed' | 'unloaded';

export interface SoundPlayer {
  /** Play a one-shot cue now, or drop it if sound is muted, locked or not loaded. */
  play(cue: Cue): void;
  /** Play cues one after another (e.g. the result of cueForLog), staggered so
   *  they read as a phrase instead of a chord. Later calls replace pending ones. */
  playSequence(cues: readonly Cue[]): void;
  /** Update volume / mute / ambient; takes effect at once. */
  apply(settings: SoundSettings): void;
  /** The game wants the ambient bed (it plays if settings allow, once unlocked). */
  startAmbient(): void;
  /** The game no longer wants the ambient bed (fades out). */
  stopAmbient(): void;
  /** Release everything; the player is inert afterwards. */
  unload(): void;
  /** For diagnostics and tests. */
  status(): SoundStatus;
}

export interface SoundPlayerOptions {
  /** Where to listen for the first user gesture. Defaults to `window`; when
   *  there is none (Node, SSR) the player stays silent and inert. */
  gestureTarget?: EventTarget | null;
  /** Howler and the sound files are not loaded before this settles (the game passes "the map is
   *  ready", so sound never competes with the map's start). Default: at the first gesture. */
  loadAfter?: Promise<unknown>;
  /** The encodings to offer, best first. Default: what this browser plays (audioFormats.ts). */
  formats?: readonly AudioFormat[];
}

/** The part of the howler module this wrapper uses. */
interface HowlerApi {
  Howl: new (options: HowlOptions) => Howl;
  Howler: {
    ctx?: AudioContext | null;
    noAudio?: boolean;
  };
}

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;
/** The same cue re-triggered faster than this is dropped (fast-forwarding
 *  days would otherwise stack endDay ticks into a roar). */
const RETRIGGER_MS = 70;
/** The next cue of a sequence starts this long after the previous one, at most. */
const SEQUENCE_STEP_MAX_MS = 420;
const AMBIENT_FADE_IN_MS = 1500;
const AMBIENT_FADE_OUT_MS = 400;

export function createSoundPlayer(
  baseUrl: string,
  settings: SoundSettings,
  options: SoundPlayerOptions = {},
): SoundPlayer {
  let current = sanitise(settings);
  let status: SoundStatus = 'waiting-for-gesture';
  let api: HowlerApi | null = null;
  let sfx: Howl | null = null;
  let sfxLoaded = false;
  let everRunning = false;
  let ambient: Howl | null = null;
  let ambientId: number | null = null;
  let ambientWanted = false;
  const formats = options.formats ? [...options.formats] : playableFormats(browserCanPlayType());
  const lastPlayed = new Map<Cue, number>();
  let sequenceTimers: Array<ReturnType<typeof setTimeout>> = [];

  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const sources = (name: 'sfx' | 'ambient') => ({ src: formats.map((f) => audioSrc(name, f, base)), format: [...formats] });
  const target =
    options.gestureTarget !== undefined
      ? options.gestureTarget
      : typeof window !== 'undefined'
        ? window
        : null;

  const onGesture = (): void => {
    removeGestureListeners();
    if (status !== 'waiting-for-gesture') return;
    status = 'loading';
    const after = options.loadAfter ?? Promise.resolve();
    const settled = after.then(() => undefined, () => undefined);
    settled
      .then(() => import('howler'))
      .then((mod) => init(pickApi(mod)))
      .catch(() => {
        if (status === 'loading') status = 'failed';
      });
  };

  function addGestureListeners(): void {
    if (!target) return;
    for (const type of GESTURES) {
      target.addEventListener(type, onGesture, { capture: true, passive: true });
    }
  }

  function removeGestureListeners(): void {
    if (!target) return;
    for (const type of GESTURES) target.removeEventListener(type, onGesture, { capture: true });
  }

  function init(found: HowlerApi | null): void {
    if (status !== 'loading') return; // unloaded while the import was in flight
    if (!found || found.Howler.noAudio) {
      status = 'failed';
      return;
    }
    api = found;
    sfx = guard(
      () =>
        new found.Howl({
          ...sources('sfx'),
          // Howler's sprite type wants mutable tuples; copy the readonly map.
          sprite: Object.fromEntries(Object.entries(SFX_SPRITE).map(([k, [o, d]]) => [k, [o, d]])),
          preload: true,
          volume: current.volume,
          onload: () => {
            sfxLoaded = true;
            if (status === 'loading') status = 'ready';
          },
          onloaderror: () => {
            status = 'failed';
          },
          // A play refused by the browser is not worth a retry: the next cue
          // will be along soon enough.
          onplayerror: () => undefined,
        }),
      null,
    );
    if (!sfx) {
      status = 'failed';
      return;
    }
    syncAmbient();
  }

  /** True once the browser lets audio out. With Web Audio that is a running
   *  context; after that, Howler's own idle auto-suspend is transparent (it
   *  resumes on the next play), so one observed "running" is enough. */
  function unlocked(): boolean {
    if (everRunning) return true;
    const ctx = api?.Howler.ctx;
    if (!ctx) return true; // HTML5 Audio fallback: we only load after a gesture
    if (ctx.state === 'running') everRunning = true;
    return everRunning;
  }

  function audible(): boolean {
    return !current.muted && current.volume > 0;
  }

  function play(cue: Cue): void {
    if (status === 'unloaded' || !isCue(cue) || !audible()) return;
    if (!sfx || !sfxLoaded || !unlocked()) return;
    const now = clock();
    const last = lastPlayed.get(cue);
    if (last !== undefined && now - last < RETRIGGER_MS) return;
    lastPlayed.set(cue, now);
    const howl = sfx;
    guard(() => howl.play(cue), null);
  }

  function clearSequence(): void {
    for (const t of sequenceTimers) clearTimeout(t);
    sequenceTimers = [];
  }

  function playSequence(cues: readonly Cue[]): void {
    clearSequence();
    if (status === 'unloaded' || !audible()) return;
    let at = 0;
    for (const cue of cues) {
      if (!isCue(cue)) continue;
      if (at === 0) play(cue);
      else sequenceTimers.push(setTimeout(() => play(cue), at));
      const [, duration] = SFX_SPRITE[cue];
      at += Math.min(duration, SEQUENCE_STEP_MAX_MS);
    }
  }

  function syncAmbient(): void {
    if (!api || status === 'unloaded') return;
    const should = ambientWanted && current.ambient && audible();
    if (should && ambientId === null) {
      if (!ambient) {
        const Ctor = api.Howl;
        // Created on first need: a player who keeps the bed off never downloads it.
        ambient = guard(
          () =>
            new Ctor({
              ...sources('ambient'),
              loop: true,
              preload: true,
              volume: 0,
              onloaderror: () => {
                ambientId = null;
              },
              onplayerror: () => undefined,
            }),
          null,
        );
      }
      const howl = ambient;
      if (!howl) return;
      // Howler queues this until the file is loaded and audio unlocked,
      // which is exactly what a background bed wants.
      const id = guard(() => howl.play(), null);
      if (typeof id === 'number') {
        ambientId = id;
        guard(() => howl.fade(0, current.volume, AMBIENT_FADE_IN_MS, id), null);
      }
    } else if (!should && ambientId !== null && ambient) {
      const howl = ambient;
      const id = ambientId;
      ambientId = null;
      guard(() => {
        const from = howl.state() === 'loaded' && howl.playing(id) ? Number(howl.volume(id)) : 0;
        // Howler never ends a fade whose start equals its end, so a silent
        // (or not yet started) bed is stopped outright.
        if (from > 0.001) {
          howl.once('fade', () => guard(() => howl.stop(id), null), id);
          howl.fade(from, 0, AMBIENT_FADE_OUT_MS, id);
        } else {
          howl.stop(id);
        }
      }, null);
    } else if (should && ambientId !== null && ambient) {
      const howl = ambient;
      const id = ambientId;
      guard(() => howl.volume(current.volume, id), null);
    }
  }

  function apply(next: SoundSettings): void {
    if (status === 'unloaded') return;
    current = sanitise(next);
    if (sfx) {
      const howl = sfx;
      guard(() => {
        howl.volume(current.volume);
        // Muting silences what is already sounding, not just what comes next.
        if (!audible()) howl.stop();
      }, null);
    }
    if (!audible()) clearSequence();
    syncAmbient();
  }

  function unload(): void {
    if (status === 'unloaded') return;
    status = 'unloaded';
    removeGestureListeners();
    clearSequence();
    for (const howl of [sfx, ambient]) if (howl) guard(() => howl.unload(), null);
    sfx = null;
    ambient = null;
    ambientId = null;
  }

  addGestureListeners();

  return {
    play,
    playSequence,
    apply,
    startAmbient(): void {
      ambientWanted = true;
      syncAmbient();
    },
    stopAmbient(): void {
      ambientWanted = false;
      syncAmbient();
    },
    unload,
    status: () => status,
  };
}

/** Vite hands a CommonJS package either as named exports or under `default`. */
function pickApi(mod: unknown): HowlerApi | null {
  if (!mod || typeof mod !== 'object') return null;
  const m = mod as Partial<HowlerApi> & { default?: Partial<HowlerApi> };
  const candidate = typeof m.Howl === 'function' ? m : m.default;
  if (candidate && typeof candidate.Howl === 'function' && candidate.Howler) return candidate as HowlerApi;
  return null;
}

function sanitise(s: SoundSettings): SoundSettings {
  const v = Number.isFinite(s.volume) ? Math.min(1, Math.max(0, s.volume)) : 1;
  return { volume: v, muted: Boolean(s.muted), ambient: Boolean(s.ambient) };
}

function clock(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function guard<T, F>(fn: () => T, fallback: F): T | F {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
