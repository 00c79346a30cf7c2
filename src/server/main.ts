/**
 * npm run classroom: builds the game if needed, then serves it and the live classroom's rooms on
 * one port (PORT, default 8080) and prints the address to open on the class's network, the join
 * code and a QR code of the join link, and the facilitator's link.
 *
 *   --no-build      serve whatever dist/ holds (or rooms only when there is none)
 *   --new-class     open a new class even when classes were restored
 *   --classes N     open N new classes
 *   --json          one line of JSON (port, code, facilitator token) for scripts and tests
 * Environment: PORT, HOST (default 0.0.0.0), CLASSROOM_DATA (default ./classroom-data), REDIS_URL,
 * CLASSROOM_DIST (a build to serve instead of dist/, as it is), PUBLIC_ADDRESS (this process's address
 * behind a proxy, when several processes share Redis).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { CODE_PATTERN } from '../live/protocol';
import { startClassServer } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--classes N`: open N new classes (scripts that need several). */
const classesArg = argv.indexOf('--classes') >= 0 ? Number(argv[argv.indexOf('--classes') + 1]) : 0;

/** The newest modification time under a folder (the sources the build is made from). */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const name of readdirSync(path)) m = Math.max(m, newest(join(path, name)));
  return m;
}

function buildIfNeeded(): string | null {
  const dist = process.env.CLASSROOM_DIST ? resolve(process.env.CLASSROOM_DIST) : join(ROOT, 'dist');
  const built = join(dist, 'index.html');
  if (args.has('--no-build') || process.env.CLASSROOM_DIST) return existsSync(built) ? dist : null;
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'levels')), newest(join(ROOT, 'index.html')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return dist;
  console.log('Building the game (npm run build)…');
  const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The build failed; the rooms start without the game pages.');
    return existsSync(built) ? dist : null;
  }
  return dist;
}

/** Addresses other machines on the network can open (IPv4, not the loopback). */
function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

function tokenFile(dataDir: string, code: string): string {
  return join(dataDir, `facilitator-${code}.txt`);
}

async function main(): Promise<void> {
  const json = args.has('--json');
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const host = process.env.HOST ?? '0.0.0.0';
  const dataDir = resolve(process.env.CLASSROOM_DATA ?? join(ROOT, 'classroom-data'));
  const distDir = buildIfNeeded();
  const server = await startClassServer({ port, host, dataDir, distDir, redisUrl: process.env.REDIS_URL ?? null, publicAddress: process.env.PUBLIC_ADDRESS ?? null, log: json ? () => {} : undefined });
  for (const p of server.problems) console.error(`Could not restore: ${p}`);

  const classes: Array<{ code: string; token: string | null }> = server.restored.map((code) => {
    const file = tokenFile(dataDir, code);
    return { code, token: existsSync(file) ? readFileSync(file, 'utf8').trim() : null };
  });
  const wanted = Math.max(classes.length === 0 || args.has('--new-class') ? 1 : 0, Number.isInteger(classesArg) ? Math.min(classesArg, 20) : 0);
  for (let i = 0; i < wanted; i++) {
    const c = await server.createClass();
    // The token is the teacher's: kept beside the class (readable by this user only) so a restart can print it again.
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(tokenFile(dataDir, c.code), c.facilitatorToken, { mode: 0o600 });
    classes.push({ code: c.code, token: c.facilitatorToken });
  }

  const stop = () => { void server.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (json) {
    console.log(JSON.stringify({ port: server.port, restored: server.restored, classes }));
    return;
  }
  const hosts = host === '0.0.0.0' ? lanAddresses() : [host];
  const base = `http://${hosts[0] ?? '127.0.0.1'}:${server.port}`;
  console.log(`\nGUARANTOR classroom server on port ${server.port} (classes kept in ${server.storage.describe()}).`);
  if (!distDir) console.log('No built game to serve: run npm run build, or start without --no-build.');
  console.log(`Open on the class's network: ${hosts.map((h) => `http://${h}:${server.port}/`).join('  ') || `http://127.0.0.1:${server.port}/`}`);
  for (const c of classes.filter((x) => CODE_PATTERN.test(x.code))) {
    const join = `${base}/?join=${c.code}`;
    console.log(`\nJoin code: ${c.code}    Join link: ${join}`);
    console.log(await QRCode.toString(join, { type: 'terminal', small: true }));
    console.log(c.token ? `Facilitator (keep this to yourself): ${base}/?class=${c.code}#facilitator=${c.token}` : 'Facilitator link: see the token file of this class in the data folder.');
  }
  console.log('\nStop with Ctrl+C; the classes are kept and come back when the server starts again.');
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
