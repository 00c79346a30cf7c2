/** The classroom server as a child process on a loopback port, so a test can kill it by its PID. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  classes: Array<{ code: string; token: string | null }>;
  restored: string[];
  url: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** resident memory of the server process, in MB (Linux /proc) */
  rssMb(): number;
  /** CPU time the server process has used, in seconds (Linux /proc) */
  cpuSeconds(): number;
}

export function startServerProcess(dataDir: string, port = 0, extraArgs: string[] = [], distDir: string | null = null, redisUrl = ''): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--json', '--no-build', ...extraArgs], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CLASSROOM_DATA: dataDir, REDIS_URL: redisUrl, ...(distDir ? { CLASSROOM_DIST: distDir } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += String(d); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
    const lines = createInterface({ input: child.stdout! });
    // The first line of JSON is the server's; Colyseus may log a line or two before it.
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      lines.removeAllListeners('line');
      clearTimeout(timer);
      const info = JSON.parse(line) as { port: number; classes: ServerProcess['classes']; restored: string[] };
      resolve({
        child, port: info.port, classes: info.classes, restored: info.restored, url: `ws://127.0.0.1:${info.port}`,
        rssMb() {
          const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
        },
        cpuSeconds() {
          // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux)
          const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
          return (Number(fields[11]) + Number(fields[12])) / 100;
        },
        async stop(signal: NodeJS.Signals = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, signal);
          await exited;
        },
      });
    });
  });
}
