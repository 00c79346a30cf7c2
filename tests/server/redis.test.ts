/**
 * The classroom server with Redis (presence, matchmaking and storage): a server process killed
 * mid-day, another started against the same Redis, restores the class, and the seats come back to
 * their game with every finished day. Needs Debian's redis-server (.ci/run installs it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInLevel } from '../../src/cli/loadLevel';
import type { Level } from '../../src/levels/schema';
import { redisAvailable, startRedis } from '../../tools/redisProcess';
import { FacilitatorClient, ordersForSeat, SeatClient } from '../../tools/seatClient';
import { startServerProcess, type ServerProcess } from '../../tools/serverProcess';

const level = (loadBuiltInLevel('tutorial') as { ok: true; level: Level }).level;
const haveRedis = redisAvailable();
if (!haveRedis && process.env.CI) throw new Error('redis-server is missing: .ci/run installs it (apt-get install redis-server)');
if (!haveRedis) console.warn('\n!! SKIPPING the Redis test: redis-server is not installed (apt-get install redis-server)\n');

describe.skipIf(!haveRedis)('classroom server on Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let server: ServerProcess;
  let dir: string;
  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'guarantor-redis-'));
    server = await startServerProcess(dir, 0, [], null, redis.url);
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a class kept in Redis after its server process is killed, seats and finished days included', async () => {
    const { code, token } = server.classes[0]!;
    const fac = await FacilitatorClient.join(server.url, code, token!);
    fac.send('setup', { level: 'tutorial', seed: 'redis-seed', games: 1, ministerTeams: 1 });
    await new Promise((r) => setTimeout(r, 300));
    const seats: SeatClient[] = [];
    for (let t = 0; t < 3; t++) {
      const s = await SeatClient.join(server.url, code, level);
      await s.claim(0, t);
      seats.push(s);
    }
    for (const s of seats) {
      for (const cmd of ordersForSeat(s.mirror!, level)) await s.order(cmd);
      s.endTurn();
    }
    await Promise.all(seats.map((s) => s.until(() => s.mirror!.session.days.length === 1, 15_000, 'day 1 to end')));
    const finished = seats[0]!.mirror!.session.days;
    const port = server.port;
    await server.stop('SIGKILL');
    server = await startServerProcess(dir, port, [], null, redis.url);
    expect(server.restored).toContain(code);
    for (const s of seats) await s.reconnect(code);
    for (const s of seats) expect(s.mirror!.session.days).toEqual(finished);
    for (const s of seats) s.endTurn();
    await Promise.all(seats.map((s) => s.until(() => s.mirror!.session.days.length === 2, 15_000, 'day 2 to end')));
    for (const s of seats) expect(s.stats.desyncs).toBe(0);
    await Promise.all(seats.map((s) => s.leave()));
  }, 90_000);
});
