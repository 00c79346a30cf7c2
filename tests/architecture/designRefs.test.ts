/** Every "docs/design.md section N" a comment cites is a numbered section of docs/design.md. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|css)$/.test(name) ? [p] : [];
  });
}

describe('design references', () => {
  const sections = new Set([...readFileSync(join(ROOT, 'docs/design.md'), 'utf8').matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));
  const cites = ['src', 'tests', 'tools'].flatMap((d) => files(join(ROOT, d))).flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return [...text.matchAll(/docs\/design\.md sections? (\d+)(?:[–-](\d+))?/g)].flatMap((m) => {
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : from;
      return Array.from({ length: to - from + 1 }, (_, i) => ({ file: relative(ROOT, f), section: from + i }));
    });
  });

  it('are many, and none cites the old GAME.md', () => {
    expect(cites.length).toBeGreaterThan(25);
    const old = ['src', 'tests', 'tools'].flatMap((d) => files(join(ROOT, d))).filter((f) => f !== fileURLToPath(import.meta.url) && readFileSync(f, 'utf8').includes('GAME' + '.md'));
    expect(old.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('each names a section that exists', () => {
    expect(cites.filter((c) => !sections.has(c.section)).map((c) => `${c.file}: section ${c.section}`)).toEqual([]);
  });
});
