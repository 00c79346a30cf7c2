/** A token bucket per connection: RATE_PER_SECOND on average, RATE_BURST at once. */
export class RateLimit {
  private tokens: number;
  private last: number;
  /** messages refused in a row: a client that keeps flooding is disconnected */
  refusedInARow = 0;
  constructor(private readonly perSecond: number, private readonly burst: number, now: number) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) {
      this.refusedInARow++;
      return false;
    }
    this.tokens -= 1;
    this.refusedInARow = 0;
    return true;
  }
}
