import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Read a file the user named, as text, never more than `maxBytes`. `stat` cannot be trusted for
 * this (a device such as /dev/zero reports size 0 and never ends; a FIFO blocks until someone
 * writes), so the file is opened without blocking, refused unless it is a regular file, and read
 * in chunks up to one byte past the limit. Errors are one line naming the file.
 */
export function readTextCapped(path: string, maxBytes: number, shown = path): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, error: `${shown}: cannot be read (${errorCode(e)})` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, error: `${shown}: is a directory, not a file` };
    if (!st.isFile()) return { ok: false, error: `${shown}: not a regular file (a device, a pipe or a socket cannot be read as one)` };
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(64 * 1024);
    for (;;) {
      const want = Math.min(chunk.length, maxBytes + 1 - total);
      if (want <= 0) break;
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      total += n;
    }
    if (total > maxBytes) return { ok: false, error: `${shown}: too large (more than ${maxBytes.toLocaleString('en')} bytes)` };
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (e) {
    return { ok: false, error: `${shown}: cannot be read (${errorCode(e)})` };
  } finally {
    closeSync(fd);
  }
}

export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' ? code : String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 120);
}
