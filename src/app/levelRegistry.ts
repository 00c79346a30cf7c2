import type { Level } from '../levels/schema';
import type { LevelBrief, LevelCard } from '../levels/levelCard';
import { sortLevels } from '../ui/title/levelOrder';
import { cards, loadBriefs, loaders } from 'virtual:built-in-levels';

/**
 * The shipped levels, checked and parsed when the game was built (vite.config.ts, builtInLevels):
 * no schema code runs for them in the page, and a broken level file stops the build with its name
 * and field. The title has every level's card at once; a level's file is a chunk of its own,
 * fetched once when it is first asked for.
 */
export interface LevelLibrary {
  /** every shipped level's card, in the title's order */
  cards(): LevelCard[];
  /** one shipped level; rejects for an id the game does not ship or a download that failed */
  load(id: string): Promise<Level>;
  /** every shipped level, in the title's order */
  loadAll(): Promise<Level[]>;
  /** every shipped level's brief, by id (one download) */
  briefs(): Promise<Record<string, LevelBrief>>;
}

export function builtInLevelLibrary(): LevelLibrary {
  const loading = new Map<string, Promise<Level>>();
  const load = (id: string): Promise<Level> => {
    const hit = loading.get(id);
    if (hit) return hit;
    const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
    if (!loader) return Promise.reject(new Error(`no shipped level "${id}"`));
    // A failed download may be tried again (the network came back).
    const p = loader().catch((e: unknown) => { loading.delete(id); throw e; });
    loading.set(id, p);
    return p;
  };
  return {
    cards: () => sortLevels(cards),
    load,
    loadAll: async () => sortLevels(await Promise.all(cards.map((c) => load(c.id)))),
    briefs: loadBriefs,
  };
}
