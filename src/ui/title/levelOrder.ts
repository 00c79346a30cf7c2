import type { Level } from '../../levels/schema';

/**
 * The order the title screen lists levels in: tutorials first, then by deadline (shorter levels
 * before the long campaign), then by title. "Next level" follows the same order.
 */
type Ordered = Pick<Level, 'id' | 'title' | 'deadline'>;

/**
 * Titles compare by their letters' code points, not localeCompare: its first call loads the
 * browser's collation data (tens of milliseconds on a phone, while the page starts), and the
 * titles it breaks ties between are English, capitalised alike.
 */
const byTitle = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortLevels<L extends Ordered>(levels: readonly L[]): L[] {
  const tutorial = (l: L) => (/tutorial/i.test(l.title) ? 0 : 1);
  return [...levels].sort((a, b) => tutorial(a) - tutorial(b) || a.deadline - b.deadline || byTitle(a.title, b.title));
}

export function nextLevelOf<L extends Ordered>(levels: readonly L[], id: string): L | null {
  const i = levels.findIndex((l) => l.id === id);
  return i >= 0 ? levels[i + 1] ?? null : null;
}
