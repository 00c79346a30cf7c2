/**
 * The classroom server: the built game and the Colyseus rooms on one HTTP port. Classes are
 * restored from storage when it starts; only joining a room by its code and reconnecting are open
 * to browsers (rooms are created here, never by a client).
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { MAX_MESSAGE_BYTES, ROOM_NAME } from '../live/protocol';
import { ClassRoom, newClassSecrets, setRoomDeps, type CreateOptions } from './classRoom';
import { newJoinCode } from './secrets';
import { fileStorage, redisStorage, type ClassStorage } from './storage';
import { staticHandler } from './staticFiles';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** the built game to serve, or null for rooms only */
  distDir: string | null;
  /** set: rooms' presence, matchmaking and storage in Redis (several processes share them) */
  redisUrl?: string | null;
  /** this process's own address as clients reach it (several processes behind a proxy) */
  publicAddress?: string | null;
  log?: (line: string) => void;
}

export interface RunningServer {
  port: number;
  storage: ClassStorage;
  /** the codes of the classes restored from storage, and what could not be restored */
  restored: string[];
  problems: string[];
  createClass(): Promise<{ code: string; facilitatorToken: string }>;
  close(): Promise<void>;
}

export async function startClassServer(config: ServerConfig): Promise<RunningServer> {
  const log = config.log ?? ((line: string) => console.log(line));
  let storage: ClassStorage;
  let presence: Presence | undefined;
  let driver: matchMaker.MatchMakerDriver | undefined;
  if (config.redisUrl) {
    const [{ Redis }, { RedisPresence }, { RedisDriver }] = await Promise.all([
      import('ioredis'), import('@colyseus/redis-presence'), import('@colyseus/redis-driver'),
    ]);
    storage = redisStorage(new Redis(config.redisUrl));
    presence = new RedisPresence(config.redisUrl);
    driver = new RedisDriver(config.redisUrl);
  } else {
    storage = fileStorage(config.dataDir);
  }
  setRoomDeps({ storage, log });

  const http: HttpServer = createServer(staticHandler(config.distDir));
  const transport = new WebSocketTransport({
    server: http,
    maxPayload: MAX_MESSAGE_BYTES,
    // A page from another site may not open a connection here (a browser always sends Origin).
    verifyClient: (info: { origin?: string; req: { headers: { host?: string } } }) => !info.origin || sameHost(info.origin, info.req.headers.host),
  });
  const gameServer = new Server({ transport, greet: false, gracefullyShutdown: false, ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}), ...(presence ? { presence } : {}), ...(driver ? { driver } : {}) });
  gameServer.define(ROOM_NAME, ClassRoom);
  matchMaker.controller.exposedMethods = ['joinById', 'reconnect'];
  await gameServer.listen(config.port, config.host);
  const port = (http.address() as AddressInfo).port;

  const restored: string[] = [];
  const loaded = await storage.loadAll();
  const problems = [...loaded.errors];
  for (const record of loaded.records) {
    if ((await matchMaker.query({ roomId: record.code })).length > 0) continue; // another process has it
    try {
      await matchMaker.createRoom(ROOM_NAME, { code: record.code, record } satisfies CreateOptions);
      restored.push(record.code);
    } catch (e) {
      problems.push(`class ${record.code}: ${(e as Error).message}`);
    }
  }

  return {
    port,
    storage,
    restored,
    problems,
    async createClass() {
      const code = newJoinCode();
      const { facilitatorToken, options } = newClassSecrets(code);
      await matchMaker.createRoom(ROOM_NAME, options);
      return { code, facilitatorToken };
    },
    async close() {
      await gameServer.gracefullyShutdown(false);
      await storage.close();
    },
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
