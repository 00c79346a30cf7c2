/**
 * Replays handed to the team comparison from elsewhere (the live class's dashboard collects every
 * game's): the comparison takes them the next time it opens.
 */
import type { Replay } from '../../engine';

let waiting: Array<{ name: string; replay: Replay }> = [];

export function offerToCompare(runs: Array<{ name: string; replay: Replay }>): void {
  waiting = [...waiting, ...runs];
}

export function takeOffered(): Array<{ name: string; replay: Replay }> {
  const out = waiting;
  waiting = [];
  return out;
}
