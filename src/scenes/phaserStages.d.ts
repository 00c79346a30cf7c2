/** tools/phaserStages.ts: loaders of Phaser's modules a few at a time (empty on the dev server). */
declare module 'virtual:phaser-stages' {
  export const stages: ReadonlyArray<() => Promise<unknown>>;
}
