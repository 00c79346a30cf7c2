/** A localStorage stand-in: a map, optionally full (every write throws) or lying (writes vanish). */
export class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  full = false;
  lying = false;
  get length(): number { return this.map.size; }
  clear(): void { this.map.clear(); }
  getItem(key: string): string | null { return this.map.has(key) ? this.map.get(key)! : null; }
  key(i: number): string | null { return [...this.map.keys()][i] ?? null; }
  removeItem(key: string): void { this.map.delete(key); }
  setItem(key: string, value: string): void {
    if (this.full) {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    if (!this.lying) this.map.set(key, String(value));
  }
}
