/**
 * The import graph of src/: every import, export-from and dynamic import() of every .ts file,
 * resolved to the file it names, with whether it brings in types only. Read with plain text
 * matching (no compiler): the project writes one import per statement, and comments are removed
 * first so an example in a comment is not taken for an import.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

export interface ImportEdge {
  /** importing file, relative to the project root ("src/ui/orders/orderPanel.ts") */
  from: string;
  /** imported file relative to the root, or the package name for a bare specifier */
  to: string;
  /** a bare specifier (an npm package) rather than a file of the project */
  external: boolean;
  /** `import type` / `export type … from`: gone after compilation */
  typeOnly: boolean;
  /** as written, for messages */
  spec: string;
  /** 1-based line of the statement */
  line: number;
}

/** Every .ts file under `dir`, recursively. */
export function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Blank out comments, keeping line numbers and string literals (a "//" in a URL is not a comment). */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c && !(c !== '`' && src[j] === '\n')) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// import x from '…' / import { a, b } from '…' / import type … / export { … } from '…' / export * from '…'
const STATIC = /(?:^|[;\n])\s*(import|export)(\s+type)?\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;
// import('…'), including import.meta.glob's literal patterns are not modules and are left out
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpec(root: string, fromFile: string, spec: string): { to: string; external: boolean } {
  if (!spec.startsWith('.')) return { to: spec, external: true };
  const bare = spec.replace(/\?.*$/, '');
  const base = resolve(dirname(fromFile), bare);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return { to: relative(root, candidate), external: false };
  }
  return { to: relative(root, base), external: false };
}

export function importGraph(root: string, srcDir = 'src'): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of listTs(join(root, srcDir))) {
    const text = stripComments(readFileSync(file, 'utf8'));
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    const from = relative(root, file);
    for (const m of text.matchAll(STATIC)) {
      const spec = m[3]!;
      // `import { type A, type B } from` is type-only too when every name is a type
      const braces = /^\s*(?:import|export)\s*\{([^}]*)\}\s*from\b/.exec(m[0].replace(/^[;\n]/, ''));
      const allTypes = braces !== null && braces[1]!.split(',').map((n) => n.trim()).filter(Boolean).every((n) => n.startsWith('type '));
      edges.push({ from, ...resolveSpec(root, file, spec), typeOnly: Boolean(m[2]) || allTypes, spec, line: lineOf(m.index! + m[0].length) });
    }
    for (const m of text.matchAll(DYNAMIC)) {
      edges.push({ from, ...resolveSpec(root, file, m[1]!), typeOnly: false, spec: m[1]!, line: lineOf(m.index!) });
    }
  }
  return edges;
}

/** The top folder of src/ a file belongs to ("ui" for src/ui/orders/orderPanel.ts; "main" for src/main.ts). */
export function layerOf(path: string, srcDir = 'src'): string {
  const rel = path.startsWith(`${srcDir}/`) ? path.slice(srcDir.length + 1) : path;
  const slash = rel.indexOf('/');
  return slash < 0 ? rel.replace(/\.ts$/, '') : rel.slice(0, slash);
}
