/**
 * Shared by the end-to-end tests and the browser benchmark: build the game for production, serve
 * it with Vite's preview server in this process, and drive Debian's headless Chromium through
 * playwright-core with a throwaway profile (nothing is written to the home folder).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { build, preview } from 'vite';
import { freePort } from './freePort';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** A production build into a fresh temporary folder (the caller removes it). */
export async function buildGame(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'guarantor-dist-'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}


export interface Served { url: string; close(): Promise<void> }

export async function serveBuild(outDir: string): Promise<Served> {
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

export interface Browser { context: BrowserContext; close(): Promise<void> }

/**
 * `swiftshader`: no --disable-gpu, so the browser composites and rasterises canvases in its GPU
 * process as it does for a player, with SwiftShader standing in for the graphics card (the
 * benchmark measures this way: a canvas read-back then costs what it costs on a real GPU, a wait
 * for the GPU process). `none` (the tests' default): --disable-gpu, everything in software.
 */
export type GpuMode = 'none' | 'swiftshader';

export async function launchBrowser(gpu: GpuMode = 'none'): Promise<Browser> {
  const scratch = mkdtempSync(join(tmpdir(), 'guarantor-chromium-'));
  const gpuFlags = gpu === 'swiftshader' ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : ['--disable-gpu'];
  const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1366, height: 800 },
    args: [
      '--headless', '--no-sandbox', ...gpuFlags, '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
