import { firstIssue } from '../levels/schemaKit';
import LZString from 'lz-string';
import { checkSeed } from '../session/seed';
import type { Replay } from '../engine/replay';
import { thousands } from '../engine/format';
import { GENERATED_PREFIX, isGeneratorSeed } from '../levels/generateLevel';
import { parseJsonSafely } from '../levels/safeJson';
import { replaySchema } from '../replay/replaySchema';
import { formatPath } from '../levels/parseLevel';
import { CHECK_LENGTH, checkCharacters, fromBase64Url, toBase64Url } from './codec';
import { SHARE_TEXT as T } from '../i18n/catalogs/share';
import { quoted, tpl } from '../i18n/template';

/**
 * Share codes: one pasteable string that reproduces a game (a level and a seed) or a whole run
 * (a replay). Layout: `G1.<payload>.<check>`.
 *   - `G1` names the format and its version;
 *   - the payload is JSON, compressed with lz-string and written in base64url (safe in a URL);
 *   - the check is six Crockford base-32 characters of a hash of everything before it, so a code
 *     cut short or edited by hand is caught before anything in it is believed.
 * Payloads: ["g", level, seed] a level and seed; ["n", generatorSeed] or ["n", generatorSeed,
 * seed] a generated level (the level is "gen-" + its seed; the game seed defaults to the same);
 * ["r", replay] a replay in the file format of engine/replay.ts.
 */
export const CODE_VERSION = 1;
export const CODE_PREFIX = `G${CODE_VERSION}`;
/** Longer than any run that fits in a link; short enough that unpacking cannot run away. */
export const MAX_CODE_CHARS = 12_000;
export const MAX_PAYLOAD_CHARS = 1_000_000;

export type Shared = { kind: 'game'; level: string; seed: string } | { kind: 'run'; replay: Replay };
export type DecodeResult = { ok: true; shared: Shared } | { ok: false; error: string };

/** Pack any payload as a code (exported for tests that need a well-formed code around bad content). */
export function pack(payload: unknown): string {
  const body = toBase64Url(LZString.compressToUint8Array(JSON.stringify(payload)));
  const head = `${CODE_PREFIX}.${body}`;
  return `${head}.${checkCharacters(head)}`;
}

/** The code of a level and seed (a generated level is carried by its seed alone). */
export function encodeGameCode(level: string, seed: string): string {
  if (level.startsWith(GENERATED_PREFIX)) {
    const gen = level.slice(GENERATED_PREFIX.length);
    return pack(gen === seed ? ['n', gen] : ['n', gen, seed]);
  }
  return pack(['g', level, seed]);
}

export function encodeRunCode(replay: Replay): string {
  return pack(['r', replay]);
}

/** Untrusted text → what it shares, or one message saying what is wrong. Never throws. */
export function decodeShareCode(input: unknown): DecodeResult {
  const fail = (error: string): DecodeResult => ({ ok: false, error });
  if (typeof input !== 'string') return fail(T.codeNotText);
  if (input.length > MAX_CODE_CHARS * 4) return fail(tpl(T.codeTooLong, { length: thousands(input.length), max: thousands(MAX_CODE_CHARS) }));
  // Chat apps and e-mail wrap long strings: spaces and line breaks are never part of a code.
  const code = input.replace(/\s+/g, '');
  if (code === '') return fail(T.codeEmpty);
  if (code.length > MAX_CODE_CHARS) return fail(tpl(T.codeTooLong, { length: thousands(code.length), max: thousands(MAX_CODE_CHARS) }));
  const parts = code.split('.');
  const head = parts[0]!;
  if (head !== CODE_PREFIX) {
    const v = /^G(\d{1,6})$/.exec(head);
    if (v) return fail(tpl(T.codeOtherVersion, { version: v[1]!, ours: CODE_VERSION }));
    return fail(tpl(T.codeNotOurs, { start: quoted(code, 12) }));
  }
  if (parts.length < 3) return fail(T.codeTruncated);
  if (parts.length > 3) return fail(tpl(T.codeMalformed, { parts: parts.length }));
  const [, body, check] = parts as [string, string, string];
  const bad = [...new Set((body + check).replace(/[A-Za-z0-9_-]/g, ''))].join('');
  if (bad) return fail(tpl(T.codeBadCharacters, { chars: quoted(bad, 10) }));
  if (check.length < CHECK_LENGTH || body.length === 0) return fail(T.codeTruncated);
  if (check !== checkCharacters(`${head}.${body}`)) return fail(T.codeChecksum);
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length % 2 !== 0) return fail(T.codeUnpack);
  let text: string | null;
  try {
    text = LZString.decompressFromUint8Array(bytes);
  } catch {
    text = null;
  }
  if (typeof text !== 'string' || text === '') return fail(T.codeUnpack);
  if (text.length > MAX_PAYLOAD_CHARS) return fail(tpl(T.codePayloadTooLarge, { max: thousands(MAX_PAYLOAD_CHARS) }));
  const json = parseJsonSafely(text, T.codeWhat, MAX_PAYLOAD_CHARS);
  if (!json.ok) return fail(tpl(T.codeContent, { detail: json.error }));
  return readPayload(json.value);
}

function readPayload(v: unknown): DecodeResult {
  const fail = (error: string): DecodeResult => ({ ok: false, error });
  const content = (detail: string) => fail(tpl(T.codeContent, { detail }));
  if (!Array.isArray(v) || v.length === 0) return content(T.contentNotList);
  const [tag, a, b] = v as unknown[];
  switch (tag) {
    case 'g': {
      if (v.length !== 3 || typeof a !== 'string' || typeof b !== 'string') return content(T.contentGame);
      if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(a)) return fail(tpl(T.codeLevelId, { level: quoted(a) }));
      const seed = checkSeed(b);
      if (!seed.ok) return fail(tpl(T.codeSeed, { error: seed.error }));
      return { ok: true, shared: { kind: 'game', level: a, seed: seed.seed } };
    }
    case 'n': {
      if (v.length < 2 || v.length > 3 || typeof a !== 'string' || (v.length === 3 && typeof b !== 'string')) return content(T.contentGenerated);
      if (!isGeneratorSeed(a)) return fail(tpl(T.codeLevelId, { level: quoted(GENERATED_PREFIX + a) }));
      const seed = checkSeed(typeof b === 'string' ? b : a);
      if (!seed.ok) return fail(tpl(T.codeSeed, { error: seed.error }));
      return { ok: true, shared: { kind: 'game', level: GENERATED_PREFIX + a, seed: seed.seed } };
    }
    case 'r': {
      if (v.length !== 2) return content(T.contentReplay);
      const r = replaySchema().safeParse(a);
      if (!r.success) {
        return fail(tpl(T.codeReplay, { error: firstIssue(r.error, a, formatPath) }));
      }
      return { ok: true, shared: { kind: 'run', replay: r.data as Replay } };
    }
    default:
      return content(tpl(T.contentUnknownKind, { tag: quoted(String(tag), 12) }));
  }
}
