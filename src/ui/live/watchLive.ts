/** watch() for the live class's own store: redraw when one of the values a view reads changes. */
import { registerCleanup } from '../watch';
import type { LiveState, LiveStore } from './liveStore';

export function watchLive(live: LiveStore, deps: (s: LiveState) => readonly unknown[], render: (s: LiveState) => void): void {
  let last = deps(live.getState());
  render(live.getState());
  registerCleanup(live.subscribe((s) => {
    const next = deps(s);
    if (next.length === last.length && next.every((v, i) => v === last[i])) return;
    last = next;
    render(s);
  }));
}
