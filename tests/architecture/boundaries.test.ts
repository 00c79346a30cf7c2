/**
 * The layers hold (docs/architecture.md): checked over the import graph of src/ on every test run.
 * A failure lists each import that breaks a rule, with the file and line, and the rule it breaks.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGraph, type ImportEdge } from './importGraph';
import { edgeViolations, folderCycles, formatViolation } from './layerRules';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A throwaway source tree, to check the reader and the rules on imports known to be wrong. */
function tree(files: Record<string, string>): { edges: ImportEdge[]; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { edges: importGraph(root), done: () => rmSync(root, { recursive: true, force: true }) };
}

describe('the import reader', () => {
  it('sees static, type-only, re-exported, multi-line and dynamic imports, and skips comments', () => {
    const t = tree({
      'src/engine/a.ts': [
        "import type { Level } from '../levels/schema';",
        "import { type Formation, type Node } from '../levels/schema';",
        "import {",
        "  helper,",
        "} from './b';",
        "export * from './b';",
        "export { x } from '../ui/c';",
        "// import { nope } from '../store/gone';",
        "/* import { nope } from '../app/gone'; */",
        "const url = 'http://example.org/x';",
        "const later = () => import('../scenes/d');",
        "import seedrandom from 'seedrandom/lib/alea';",
      ].join('\n'),
      'src/engine/b.ts': 'export const helper = 1;',
      'src/levels/schema.ts': 'export type Level = {};',
      'src/ui/c.ts': 'export const x = 1;',
      'src/scenes/d.ts': 'export {};',
    });
    try {
      const seen = t.edges.filter((e) => e.from === 'src/engine/a.ts').map((e) => `${e.to}${e.typeOnly ? ' (type)' : ''}:${e.line}`);
      expect(seen.sort()).toEqual([
        'seedrandom/lib/alea:12', 'src/engine/b.ts:5', 'src/engine/b.ts:6', 'src/levels/schema.ts (type):1', 'src/levels/schema.ts (type):2',
        'src/scenes/d.ts:11', 'src/ui/c.ts:7',
      ]);
      // and the rules catch what is wrong in it: the engine reaching into ui and scenes
      expect(edgeViolations(t.edges).map((v) => v.edge.to).sort()).toEqual(['src/scenes/d.ts', 'src/ui/c.ts']);
    } finally { t.done(); }
  });

  it('names every rule that a bad import breaks, and a loop of folders', () => {
    const t = tree({
      'src/main.ts': "import { boot } from './app/boot';",
      'src/app/boot.ts': "export const boot = 1;",
      'src/replay/r.ts': "import { s } from '../store/s';\nimport { boot } from '../app/boot';",
      'src/store/s.ts': "import { r } from '../replay/r';\nexport const s = 1;",
      'src/session/g.ts': "import { u } from '../ui/u';",
      'src/ui/u.ts': "import { m } from '../scenes/m';\nexport const u = 1;",
      'src/scenes/m.ts': 'export const m = 1;',
      'src/engine/e.ts': "import { Howl } from 'howler';\nimport { parseLevel } from '../levels/parse';",
      'src/levels/parse.ts': 'export const parseLevel = 1;',
    });
    try {
      const text = edgeViolations(t.edges).map(formatViolation);
      expect(text).toHaveLength(7);
      expect(text.filter((l) => l.startsWith('src/replay/r.ts')).length).toBe(3); // store, app (feature + wiring)
      expect(text.some((l) => l.includes("src/engine/e.ts:1 imports 'howler'"))).toBe(true);
      expect(text.some((l) => l.includes('src/engine/e.ts:2') && l.includes('type-only imports of src/levels/schema'))).toBe(true);
      expect(text.some((l) => l.startsWith('src/session/g.ts:1') && l.includes('session imports only'))).toBe(true);
      expect(text.some((l) => l.startsWith('src/ui/u.ts:1') && l.includes('ui and scenes'))).toBe(true);
      const loops = folderCycles(t.edges);
      expect(loops).toHaveLength(1);
      expect(loops[0]).toContain('replay → store → replay');
      expect(loops[0]).toContain("src/store/s.ts:1 imports '../replay/r'");
    } finally { t.done(); }
  });
});

describe('import boundaries of src/', () => {
  const edges = importGraph(ROOT);

  it('every import keeps to its layer', () => {
    expect(edges.length).toBeGreaterThan(300);
    const broken = edgeViolations(edges).map(formatViolation);
    expect(broken, `imports that break a layer rule:\n${broken.join('\n')}`).toEqual([]);
  });

  it('no two folders import each other, directly or round a loop', () => {
    const loops = folderCycles(edges);
    expect(loops, `folder cycles:\n${loops.join('\n')}`).toEqual([]);
  });
});
