/** Debian's redis-server on a free loopback port, in memory only, for tests that need Redis; stopped by its PID. */
import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './freePort';

export function redisAvailable(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}


export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout!.on('data', (d) => { if (/Ready to accept connections/.test(String(d))) { clearTimeout(timer); resolve(); } });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
