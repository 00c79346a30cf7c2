/**
 * For the bench tools that compare this tree with another checkout of the game (`--against
 * <worktree>`, e.g. a worktree of main): both are built and served side by side, so a tool can
 * alternate between them and both see the same load on a shared machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { ROOT, serveBuild } from '../browser';

/** The value after `--name` on the command line. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface ServedBuild { name: 'this' | 'against'; url: string }

async function buildAt(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'guarantor-against-'));
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: process.argv.includes('--names') ? false : undefined } });
  return outDir;
}

/** This tree's build (unminified with `--names`, so profiles name functions) (and `--against`'s) served; `close` stops the servers and removes the builds. */
export async function serveThisAndAgainst(): Promise<{ builds: ServedBuild[]; close(): Promise<void> }> {
  const trees: Array<{ name: ServedBuild['name']; root: string }> = [{ name: 'this', root: ROOT }];
  const against = arg('against');
  if (against) trees.push({ name: 'against', root: resolve(against) });
  const outDirs: string[] = [];
  for (const t of trees) outDirs.push(await buildAt(t.root));
  const servers = await Promise.all(outDirs.map((d) => serveBuild(d)));
  return {
    builds: trees.map((t, i) => ({ name: t.name, url: servers[i]!.url })),
    close: async () => {
      for (const s of servers) await s.close();
      for (const d of outDirs) rmSync(d, { recursive: true, force: true });
    },
  };
}
