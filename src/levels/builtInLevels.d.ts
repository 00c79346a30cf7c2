// The shipped levels, validated and parsed at build time by the builtInLevels plugin in vite.config.ts.
declare module 'virtual:built-in-levels' {
  /** every shipped level's card without its brief, for the title screen */
  export const cards: import('./levelCard').LevelCard[];
  /** each shipped level's file, already parsed, in a chunk of its own */
  export const loaders: Record<string, () => Promise<import('./schema').Level>>;
  /** every shipped level's brief, by level id, in a chunk of its own (the title's second screen) */
  export const loadBriefs: () => Promise<Record<string, import('./levelCard').LevelBrief>>;
}
