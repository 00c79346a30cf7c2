// The Howler wrapper, with 'howler' replaced at the module boundary by a
// recording fake (the real library needs a browser).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HowlOptions } from 'howler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = { event: string; fn: (id: number) => void; id?: number };
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static throwOnCreate = false;
    readonly opts: HowlOptions;
    readonly calls: Array<[string, ...unknown[]]> = [];
    loaded = false;
    private readonly firstId = 1000;
    private nextId = 1000;
    private vol: number;
    private readonly playingIds = new Set<number>();
    private readonly listeners: Listener[] = [];
    constructor(opts: HowlOptions) {
      if (FakeHowl.throwOnCreate) throw new Error('no audio here');
      this.opts = opts;
      this.vol = opts.volume ?? 1;
      FakeHowl.instances.push(this);
    }
    play(sprite?: string): number {
      this.calls.push(['play', sprite]);
      const id = this.nextId++;
      this.playingIds.add(id);
      return id;
    }
    stop(id?: number): this {
      this.calls.push(['stop', id]);
      if (id === undefined) this.playingIds.clear();
      else this.playingIds.delete(id);
      return this;
    }
    fade(from: number, to: number, len: number, id?: number): this {
      this.calls.push(['fade', from, to, len, id]);
      this.vol = to; // as if the fade had already run its course
      return this;
    }
    volume(v?: number, id?: number): number | this {
      // Howler overload: volume(id) with a known sound id is a getter.
      if (v === undefined || (id === undefined && v >= this.firstId && v < this.nextId)) return this.vol;
      this.calls.push(['volume', v, id]);
      this.vol = v;
      return this;
    }
    once(event: string, fn: (id: number) => void, id?: number): this {
      this.listeners.push({ event, fn, id });
      return this;
    }
    state(): string {
      return this.loaded ? 'loaded' : 'loading';
    }
    playing(id?: number): boolean {
      return id === undefined ? this.playingIds.size > 0 : this.playingIds.has(id);
    }
    unload(): void {
      this.calls.push(['unload']);
    }
    // Test controls.
    fireLoad(): void {
      this.loaded = true;
      this.opts.onload?.(0);
    }
    fireLoadError(): void {
      this.opts.onloaderror?.(0, 'decode failed');
    }
    emit(event: string, id: number): void {
      for (const l of this.listeners.filter((l) => l.event === event && (l.id === undefined || l.id === id))) {
        l.fn(id);
      }
    }
    played(): unknown[] {
      return this.calls.filter((c) => c[0] === 'play').map((c) => c[1]);
    }
  }
  const Howler = { ctx: { state: 'running' } as { state: string } | null, noAudio: false };
  return { FakeHowl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

import { createSoundPlayer, type SoundPlayer, type SoundSettings } from '../../src/audio/sound';
import { SFX_SPRITE } from '../../src/audio/sfxSprite';

const on: SoundSettings = { volume: 0.8, muted: false, ambient: true };
const howls = fake.FakeHowl.instances;

let target: EventTarget;
let player: SoundPlayer | null = null;

function make(settings: SoundSettings = on): SoundPlayer {
  player = createSoundPlayer('/base/', settings, { gestureTarget: target });
  return player;
}

function sfxHowl(): InstanceType<typeof fake.FakeHowl> {
  const h = howls.find((x) => String(x.opts.src).includes('sfx.webm'));
  if (!h) throw new Error('sfx Howl not created');
  return h;
}

function ambientHowl(): InstanceType<typeof fake.FakeHowl> | undefined {
  return howls.find((x) => String(x.opts.src).includes('ambient.webm'));
}

/** First user gesture, then wait for the lazy import to create the sfx Howl. */
async function unlockAndLoad(p: SoundPlayer): Promise<InstanceType<typeof fake.FakeHowl>> {
  target.dispatchEvent(new Event('pointerdown'));
  await vi.waitFor(() => expect(howls.length).toBeGreaterThan(0));
  const h = sfxHowl();
  h.fireLoad();
  expect(p.status()).toBe('ready');
  return h;
}

beforeEach(() => {
  howls.length = 0;
  fake.FakeHowl.throwOnCreate = false;
  fake.Howler.ctx = { state: 'running' };
  fake.Howler.noAudio = false;
  target = new EventTarget();
});

afterEach(() => {
  player?.unload();
  player = null;
  vi.useRealTimers();
});

describe('before the first gesture', () => {
  it('loads nothing and ignores every call', () => {
    const p = make();
    p.play('order');
    p.playSequence(['endDay', 'alert']);
    p.startAmbient();
    p.apply({ volume: 0.3, muted: false, ambient: true });
    p.stopAmbient();
    expect(howls).toHaveLength(0);
    expect(p.status()).toBe('waiting-for-gesture');
  });

  it('stays inert and never throws without any gesture target (Node, SSR)', () => {
    const p = createSoundPlayer('/', on);
    expect(() => {
      p.play('win');
      p.startAmbient();
      p.apply({ volume: 1, muted: true, ambient: false });
      p.unload();
    }).not.toThrow();
    expect(howls).toHaveLength(0);
  });
});

describe('after the first gesture', () => {
  it('creates the sfx Howl from the sprite map and the base URL', async () => {
    const p = make();
    target.dispatchEvent(new Event('keydown'));
    await vi.waitFor(() => expect(howls).toHaveLength(1));
    const h = sfxHowl();
    expect(h.opts.src).toEqual(['/base/audio/sfx.webm', '/base/audio/sfx.mp3']);
    expect(h.opts.format).toEqual(['webm', 'mp3']);
    expect(h.opts.preload).toBe(true);
    expect(h.opts.volume).toBe(0.8);
    const onDisk = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../assets/audio/sfx.json', import.meta.url)), 'utf8'),
    ) as unknown;
    expect(h.opts.sprite).toEqual(onDisk);
    expect(h.opts.sprite).toEqual(JSON.parse(JSON.stringify(SFX_SPRITE)));
    expect(p.status()).toBe('loading');
    h.fireLoad();
    expect(p.status()).toBe('ready');
  });

  it('accepts a base URL without a trailing slash', async () => {
    player = createSoundPlayer('/game', on, { gestureTarget: target });
    target.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => expect(howls).toHaveLength(1));
    expect(sfxHowl().opts.src).toEqual(['/game/audio/sfx.webm', '/game/audio/sfx.mp3']);
  });

  it('drops cues until the file has loaded, then plays them', async () => {
    const p = make();
    target.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => expect(howls).toHaveLength(1));
    const h = sfxHowl();
    p.play('order');
    expect(h.played()).toEqual([]);
    h.fireLoad();
    p.play('order');
    expect(h.played()).toEqual(['order']);
  });

  it('drops cues while the audio context is still locked, not queueing a burst for later', async () => {
    fake.Howler.ctx = { state: 'suspended' };
    const p = make();
    const h = await unlockAndLoad(p);
    p.play('alert');
    p.play('order');
    expect(h.played()).toEqual([]);
    fake.Howler.ctx = { state: 'running' };
    p.play('alert');
    expect(h.played()).toEqual(['alert']);
    // Once unlocked, Howler's idle auto-suspend must not silence cues:
    // Howler resumes the context itself on the next play.
    fake.Howler.ctx = { state: 'suspended' };
    p.play('milestone');
    expect(h.played()).toEqual(['alert', 'milestone']);
  });

  it('plays with the HTML5 fallback (no Web Audio context)', async () => {
    fake.Howler.ctx = null;
    const p = make();
    const h = await unlockAndLoad(p);
    p.play('deterred');
    expect(h.played()).toEqual(['deterred']);
  });

  it('never calls play when muted or at zero volume', async () => {
    const p = make({ volume: 0.5, muted: true, ambient: true });
    const h = await unlockAndLoad(p);
    p.play('order');
    p.playSequence(['endDay', 'win']);
    p.apply({ volume: 0, muted: false, ambient: true });
    p.play('order');
    expect(h.played()).toEqual([]);
    p.apply({ volume: 0.5, muted: false, ambient: true });
    p.play('order');
    expect(h.played()).toEqual(['order']);
  });

  it('muting stops what is sounding and applies volume to the sfx', async () => {
    const p = make();
    const h = await unlockAndLoad(p);
    p.apply({ volume: 0.25, muted: false, ambient: true });
    expect(h.calls).toContainEqual(['volume', 0.25, undefined]);
    p.apply({ volume: 0.25, muted: true, ambient: true });
    expect(h.calls).toContainEqual(['stop', undefined]);
  });

  it('clamps out-of-range volumes', async () => {
    const p = make({ volume: 3, muted: false, ambient: false });
    const h = await unlockAndLoad(p);
    expect(h.opts.volume).toBe(1);
    p.apply({ volume: Number.NaN, muted: false, ambient: false });
    p.apply({ volume: -2, muted: false, ambient: false });
    expect(h.calls.filter((c) => c[0] === 'volume').map((c) => c[1])).toEqual([1, 0]);
  });

  it('drops a cue re-triggered within a few tens of ms, but not different cues', async () => {
    const p = make();
    const h = await unlockAndLoad(p);
    p.play('endDay');
    p.play('endDay');
    p.play('order');
    expect(h.played()).toEqual(['endDay', 'order']);
  });

  it('ignores unknown cue names from untyped callers', async () => {
    const p = make();
    const h = await unlockAndLoad(p);
    expect(() => p.play('boom' as never)).not.toThrow();
    expect(h.played()).toEqual([]);
  });

  it('staggers a sequence and cancels it on mute', async () => {
    const p = make();
    const h = await unlockAndLoad(p);
    vi.useFakeTimers();
    p.playSequence(['endDay', 'failed', 'alert']);
    expect(h.played()).toEqual(['endDay']);
    vi.advanceTimersByTime(450);
    expect(h.played()).toEqual(['endDay', 'failed']);
    p.apply({ volume: 0.8, muted: true, ambient: true });
    vi.advanceTimersByTime(2000);
    expect(h.played()).toEqual(['endDay', 'failed']);
  });
});

describe('ambient bed', () => {
  it('loads nothing, not even Howler, before the gate it is given opens (the map is ready), then plays the bed', async () => {
    let open!: () => void;
    const gate = new Promise<void>((ok) => { open = ok; });
    player = createSoundPlayer('/base/', on, { gestureTarget: target, loadAfter: gate });
    const p = player;
    p.startAmbient();
    target.dispatchEvent(new Event('pointerdown'));
    await new Promise((r) => setTimeout(r, 50));
    expect(howls).toHaveLength(0);
    expect(p.status()).toBe('loading');
    open();
    await vi.waitFor(() => expect(howls.length).toBeGreaterThan(0));
    sfxHowl().fireLoad();
    expect(p.status()).toBe('ready');
    expect(ambientHowl()?.played()).toEqual([undefined]);
  });

  it('offers only MP3 to a browser without Opus', async () => {
    player = createSoundPlayer('/base/', on, { gestureTarget: target, formats: ['mp3'] });
    target.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => expect(howls).toHaveLength(1));
    expect(howls[0]!.opts.src).toEqual(['/base/audio/sfx.mp3']);
    expect(howls[0]!.opts.format).toEqual(['mp3']);
  });

  it('starts, looping and faded in, only when wanted, enabled and not muted', async () => {
    const p = make({ volume: 0.6, muted: false, ambient: true });
    p.startAmbient(); // before the gesture: remembered, not an error
    expect(howls).toHaveLength(0);
    await unlockAndLoad(p);
    const a = ambientHowl();
    expect(a).toBeDefined();
    expect(a?.opts.src).toEqual(['/base/audio/ambient.webm', '/base/audio/ambient.mp3']);
    expect(a?.opts.loop).toBe(true);
    expect(a?.played()).toEqual([undefined]);
    expect(a?.calls).toContainEqual(['fade', 0, 0.6, 1500, 1000]);
  });

  it('is never created when the setting is off', async () => {
    const p = make({ volume: 0.6, muted: false, ambient: false });
    await unlockAndLoad(p);
    p.startAmbient();
    expect(ambientHowl()).toBeUndefined();
  });

  it('is never started while muted, and starts when unmuted', async () => {
    const p = make({ volume: 0.6, muted: true, ambient: true });
    await unlockAndLoad(p);
    p.startAmbient();
    expect(ambientHowl()).toBeUndefined();
    p.apply({ volume: 0.6, muted: false, ambient: true });
    expect(ambientHowl()?.played()).toEqual([undefined]);
  });

  it('stops at once if it has not started sounding yet', async () => {
    const p = make();
    await unlockAndLoad(p);
    p.startAmbient();
    p.apply({ ...on, ambient: false });
    expect(ambientHowl()?.calls).toContainEqual(['stop', 1000]);
  });

  it('fades out, then stops, when it is playing', async () => {
    const p = make();
    await unlockAndLoad(p);
    p.startAmbient();
    const a = ambientHowl();
    if (!a) throw new Error('no ambient');
    a.fireLoad();
    p.stopAmbient();
    expect(a.calls).toContainEqual(['fade', 0.8, 0, 400, 1000]);
    expect(a.calls).not.toContainEqual(['stop', 1000]);
    a.emit('fade', 1000);
    expect(a.calls).toContainEqual(['stop', 1000]);
  });

  it('restarts after being stopped, and follows volume changes', async () => {
    const p = make();
    await unlockAndLoad(p);
    p.startAmbient();
    p.stopAmbient();
    p.startAmbient();
    const a = ambientHowl();
    expect(a?.played()).toHaveLength(2);
    p.apply({ ...on, volume: 0.3 });
    expect(a?.calls).toContainEqual(['volume', 0.3, 1001]);
    // Only one ambient Howl, however often it is toggled.
    expect(howls.filter((h) => String(h.opts.src).includes('ambient'))).toHaveLength(1);
  });
});

describe('failure modes never throw', () => {
  it('a load error leaves the player silent', async () => {
    const p = make();
    target.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => expect(howls).toHaveLength(1));
    const h = sfxHowl();
    h.fireLoadError();
    expect(p.status()).toBe('failed');
    expect(() => p.play('order')).not.toThrow();
    expect(h.played()).toEqual([]);
  });

  it('no audio at all (Howler.noAudio): no Howl, status failed', async () => {
    fake.Howler.noAudio = true;
    const p = make();
    target.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => expect(p.status()).toBe('failed'));
    expect(howls).toHaveLength(0);
    expect(() => {
      p.play('order');
      p.startAmbient();
    }).not.toThrow();
  });

  it('a Howl constructor that throws is contained', async () => {
    fake.FakeHowl.throwOnCreate = true;
    const p = make();
    target.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => expect(p.status()).toBe('failed'));
    expect(() => p.play('order')).not.toThrow();
  });
});

describe('unload', () => {
  it('releases the Howls and makes later calls no-ops', async () => {
    const p = make();
    const h = await unlockAndLoad(p);
    p.startAmbient();
    p.unload();
    expect(h.calls).toContainEqual(['unload']);
    expect(ambientHowl()?.calls).toContainEqual(['unload']);
    p.play('order');
    p.startAmbient();
    expect(h.played()).toEqual([]);
    expect(p.status()).toBe('unloaded');
  });

  it('before any gesture, removes the gesture listeners so nothing loads later', async () => {
    const p = make();
    p.unload();
    target.dispatchEvent(new Event('pointerdown'));
    await new Promise((r) => setTimeout(r, 20));
    expect(howls).toHaveLength(0);
  });

  it('while the import is in flight, creates nothing afterwards', async () => {
    const p = make();
    target.dispatchEvent(new Event('pointerdown'));
    p.unload();
    await new Promise((r) => setTimeout(r, 20));
    expect(howls).toHaveLength(0);
  });
});
