/**
 * Where classes are kept so a restarted server brings them back: a JSON file per room in a data
 * folder by default, or Redis when REDIS_URL is set (several server processes then share it).
 * Files are written whole to a temporary name and renamed, so a crash mid-write leaves the
 * previous version, never half a file.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { CODE_PATTERN } from '../live/protocol';
import { parseClassRecord, type ClassRecord } from './classRecord';

export interface LoadedClasses { records: ClassRecord[]; errors: string[] }

export interface ClassStorage {
  save(record: ClassRecord): Promise<void>;
  loadAll(): Promise<LoadedClasses>;
  close(): Promise<void>;
  describe(): string;
}

export function fileStorage(dir: string): ClassStorage {
  let ready: Promise<unknown> | null = null;
  const made = () => (ready ??= mkdir(dir, { recursive: true }));
  let seq = 0;
  return {
    describe: () => `files in ${dir}`,
    async save(record) {
      await made();
      const file = join(dir, `${record.code}.json`);
      const tmp = `${file}.${process.pid}.${++seq}.tmp`;
      await writeFile(tmp, JSON.stringify(record));
      await rename(tmp, file);
    },
    async loadAll() {
      await made();
      const out: LoadedClasses = { records: [], errors: [] };
      for (const name of (await readdir(dir)).sort()) {
        const m = /^([A-Z0-9]+)\.json$/.exec(name);
        if (!m || !CODE_PATTERN.test(m[1]!)) continue;
        const r = parseClassRecord(await readFile(join(dir, name), 'utf8'), name);
        if (r.ok) out.records.push(r.record);
        else out.errors.push(r.error);
      }
      return out;
    },
    async close() { /* nothing held open */ },
  };
}

const KEY_PREFIX = 'guarantor:class:';

export function redisStorage(redis: Redis): ClassStorage {
  return {
    describe: () => 'Redis',
    async save(record) { await redis.set(`${KEY_PREFIX}${record.code}`, JSON.stringify(record)); },
    async loadAll() {
      const out: LoadedClasses = { records: [], errors: [] };
      const keys = (await redis.keys(`${KEY_PREFIX}*`)).sort();
      for (const key of keys) {
        const text = await redis.get(key);
        if (text === null) continue;
        const r = parseClassRecord(text, key);
        if (r.ok) out.records.push(r.record);
        else out.errors.push(r.error);
      }
      return out;
    },
    async close() { redis.disconnect(); },
  };
}

/**
 * Writes of one room, one at a time: `flush()` resolves once a write that began after the call has
 * finished, so whatever was accepted before the call is stored. Calls made during a write share
 * the next one, so a burst of orders costs two writes, not one each.
 */
export class CoalescingWriter {
  private current: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  constructor(private readonly write: () => Promise<void>) {}

  flush(): Promise<void> {
    if (this.next) return this.next;
    const start = (): Promise<void> => {
      this.next = null;
      const p: Promise<void> = this.write().finally(() => { if (this.current === p) this.current = null; });
      this.current = p;
      return p;
    };
    if (!this.current) return start();
    this.next = this.current.then(start, start);
    return this.next;
  }
}
