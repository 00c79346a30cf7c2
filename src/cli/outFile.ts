import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorCode } from './readCapped';

/**
 * Can `--out` be written? Checked before a game is played, so a typo does not cost the whole
 * game: the file must be a regular file (or not exist yet) in a directory that exists and can be
 * written. A device such as /dev/full is refused here rather than failing after the game.
 * Returns one line naming what is wrong, or null.
 */
export function outFileProblem(path: string): string | null {
  if (path === '' || path === 'true') return '--out needs a file name';
  const file = resolve(path);
  try {
    const st = statSync(file);
    if (st.isDirectory()) return `--out ${path}: is a directory; name a file in it`;
    if (!st.isFile()) return `--out ${path}: not a regular file`;
    accessSync(file, constants.W_OK);
    return null;
  } catch (e) {
    const code = errorCode(e);
    if (code !== 'ENOENT') return `--out ${path}: cannot be written (${code})`;
  }
  const dir = dirname(file);
  try {
    if (!statSync(dir).isDirectory()) return `--out ${path}: ${dir} is not a directory`;
    accessSync(dir, constants.W_OK);
    return null;
  } catch (e) {
    const code = errorCode(e);
    return code === 'ENOENT' ? `--out ${path}: the directory ${dir} does not exist` : `--out ${path}: ${dir} cannot be written (${code})`;
  }
}

/** Write the file; a failure (the disk full, say) is one line, not a stack trace. */
export function writeOutFile(path: string, text: string): string | null {
  try {
    writeFileSync(path, text);
    return null;
  } catch (e) {
    return `--out ${path}: cannot be written (${errorCode(e)})`;
  }
}
