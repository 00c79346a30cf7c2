// The list of sound cues, kept free of any audio library so that the sound
// generator (Node), the pure log-to-cue mapping and the tests can share it
// without pulling Howler into their module graph.

/** Every one-shot cue in the sfx sprite, in the order they sit in the file. */
export const CUES = [
  'order',
  'undo',
  'refused',
  'endDay',
  'alert',
  'deterred',
  'failed',
  'milestone',
  'win',
  'lose',
] as const;

export type Cue = (typeof CUES)[number];

/** Sprite map as Howler wants it: cue -> [offsetMs, durationMs]. */
export type SpriteMap = Record<Cue, readonly [number, number]>;

export function isCue(value: unknown): value is Cue {
  return typeof value === 'string' && (CUES as readonly string[]).includes(value);
}
