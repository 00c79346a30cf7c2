/**
 * How long a stack opened by selecting one of its formations stays open. A stack opens on hover
 * (and closes when the pointer leaves it) or when the selection lands in it; a selection-opened
 * stack then closes by itself after a few seconds, so an open fan never sits over its neighbours
 * all day. Clicking elsewhere closes it at once (the selection moves). Pure timing: tested in Node.
 */
export const STACK_OPEN_MS = 4000;

export class StackOpening {
  private node = -1;
  private since = 0;

  /** The selection is now in `node`'s stack (-1: in none) at time `now` (ms). */
  select(node: number, now: number): void {
    if (node === this.node) return;
    this.node = node;
    this.since = now;
  }

  /** Is `node`'s stack held open by the selection at `now`? */
  shows(node: number, now: number): boolean {
    return node >= 0 && node === this.node && now - this.since < STACK_OPEN_MS;
  }
}
