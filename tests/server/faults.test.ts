/**
 * The live classroom under faults, against the real server in a child process: killed mid-day and
 * restarted, a connection cut and restored, and a student who forges, oversizes and floods.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInLevel } from '../../src/cli/loadLevel';
import type { Level } from '../../src/levels/schema';
import { FacilitatorClient, ordersForSeat, SeatClient } from '../../tools/seatClient';
import { startServerProcess, type ServerProcess } from '../../tools/serverProcess';

const level = (loadBuiltInLevel('tutorial') as { ok: true; level: Level }).level;
let dir: string;
let server: ServerProcess;
let code: string;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'guarantor-class-'));
  server = await startServerProcess(dir);
  code = server.classes[0]!.code;
  token = server.classes[0]!.token!;
  const fac = await FacilitatorClient.join(server.url, code, token);
  fac.send('setup', { level: 'tutorial', seed: 'fault-seed', games: 2, ministerTeams: 1 });
  await new Promise((r) => setTimeout(r, 300));
  await fac.room.leave(true);
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function seats(game: number): Promise<SeatClient[]> {
  const out: SeatClient[] = [];
  for (let team = 0; team < 3; team++) {
    const s = await SeatClient.join(server.url, code, level);
    await s.claim(game, team);
    out.push(s);
  }
  return out;
}

/** Every seat gives its part of the greedy plan and ends its turn; resolves when the day has ended everywhere. */
async function playDay(all: SeatClient[]): Promise<void> {
  const ended = all[0]!.mirror!.session.days.length;
  for (const s of all) {
    for (const cmd of ordersForSeat(s.mirror!, level)) await s.order(cmd);
    s.endTurn();
  }
  await Promise.all(all.map((s) => s.until(() => s.mirror!.session.days.length === ended + 1, 15_000, `day ${ended + 1} to end`)));
}

describe('live classroom faults', () => {
  it('a server killed mid-day restarts with every room and finished day; its seats come back', async () => {
    const all = await seats(0);
    await playDay(all);
    await playDay(all);
    const finished = all[0]!.mirror!.session.days.map((d) => d.hash);
    expect(finished).toHaveLength(2);
    // Mid-day 3: an order is acknowledged, then the server dies without warning.
    const giver = all.find((s) => ordersForSeat(s.mirror!, level).length > 0)!;
    expect(giver).toBeDefined();
    expect((await giver.order(ordersForSeat(giver.mirror!, level)[0]!)).ok).toBe(true);
    const today = giver.mirror!.session.orders.length;
    expect(today).toBe(1);
    const port = server.port;
    await server.stop('SIGKILL');
    server = await startServerProcess(dir, port);
    expect(server.restored).toContain(code);
    for (const s of all) await s.reconnect(code);
    for (const s of all) {
      expect(s.mirror!.session.days.map((d) => d.hash)).toEqual(finished);
      expect(s.mirror!.session.orders).toHaveLength(today);
    }
    await playDay(all);
    for (const s of all) expect(s.stats.desyncs).toBe(0);
    expect(all[1]!.mirror!.session.days).toHaveLength(3);
    await Promise.all(all.map((s) => s.leave()));
  });

  it('a cut connection comes back to its seat and game; meanwhile no one else can take the seat', async () => {
    const all = await seats(1);
    await playDay(all);
    const minister = all[1]!;
    const before = minister.mirror!.session.days.map((d) => d.hash);
    (minister.room.connection as unknown as { close(): void }).close();
    await minister.until(() => minister.left !== null, 5000, 'the cut');
    const intruder = await SeatClient.join(server.url, code, level);
    await expect(intruder.claim(1, 1)).rejects.toThrow(/seatTaken/);
    await minister.reconnect(code);
    expect(minister.mirror!.game).toBe(1);
    expect(minister.mirror!.team).toBe(1);
    expect(minister.mirror!.session.days.map((d) => d.hash)).toEqual(before);
    await playDay(all);
    expect(minister.stats.desyncs).toBe(0);
    await intruder.leave();
    await Promise.all(all.map((s) => s.leave()));
  });

  it('refuses forged, oversized and flooding messages, and stays up for everyone else', async () => {
    const all = await seats(0);
    const [lead, minister] = [all[0]!, all[1]!];
    const summit = await minister.order({ type: 'summit' });
    expect(summit).toMatchObject({ ok: false, code: 'notYourOrder' });
    const inject = await lead.order({ type: 'inject', card: level.deck[0]!.id });
    expect(inject).toMatchObject({ ok: false, code: 'facilitatorOnly' });
    minister.room.send('f:pause', { game: -1, paused: true });
    await minister.until(() => minister.refusals.some((r) => r.code === 'facilitatorOnly' && r.id === undefined), 5000, 'the refusal');
    minister.room.send('order', { id: 1, cmd: { type: 'activate', formation: '__proto__' }, extra: 1 });
    await minister.until(() => minister.refusals.some((r) => r.code === 'badMessage'), 5000, 'badMessage');
    await expect(FacilitatorClient.join(server.url, code, 'x'.repeat(32))).rejects.toThrow();
    await expect(SeatClient.join(server.url, 'AAAAAAAA', level)).rejects.toThrow();

    const big = await SeatClient.join(server.url, code, level);
    big.room.send('order', { id: 1, cmd: { type: 'protocol' }, pad: 'x'.repeat(100_000) });
    await big.until(() => big.left !== null, 5000, 'the oversized sender to be cut off');

    const flood = await SeatClient.join(server.url, code, level);
    for (let i = 0; i < 400; i++) flood.room.send('sync', {});
    await flood.until(() => flood.left !== null || flood.refusals.some((r) => r.code === 'rateLimited'), 5000, 'the flood to be refused');
    expect(flood.refusals.some((r) => r.code === 'rateLimited') || flood.left !== null).toBe(true);

    // The server is still up and the class still plays.
    const legal = ordersForSeat(lead.mirror!, level)[0];
    if (legal) expect((await lead.order(legal)).ok).toBe(true);
    await playDay(all);
    for (const s of all) expect(s.stats.desyncs).toBe(0);
    await flood.leave();
    await Promise.all(all.map((s) => s.leave()));
  });
});
