import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHASER_STAGES, PHASER_STAGES_ID, phaserStages } from '../../tools/phaserStages';

type Hook = (id: string) => string | null;
const loadOf = (build: boolean) => {
  const p = phaserStages(build);
  return { resolve: p.resolveId as unknown as Hook, load: p.load as unknown as Hook };
};

describe("Phaser's evaluation in stages (tools/phaserStages.ts)", () => {
  it('names modules that exist in the installed Phaser', () => {
    for (const path of PHASER_STAGES) expect(existsSync(new URL(`../../node_modules/phaser/src/${path}`, import.meta.url)), path).toBe(true);
  });

  it('gives the build one loader per stage, in order, and the dev server none', () => {
    const build = loadOf(true);
    const id = build.resolve(PHASER_STAGES_ID)!;
    const code = build.load(id)!;
    const imported = [...code.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(imported.map((p) => p.split('/phaser/src/')[1])).toEqual([...PHASER_STAGES]);
    expect(loadOf(false).load(id)).toBe('export const stages = [];');
    expect(build.load('something-else')).toBeNull();
  });
});
