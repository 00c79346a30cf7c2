import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { SEED_PATTERN } from '../../src/session/seed';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { makeReplay } from '../../src/engine/replay';
import { checkCharacters, fromBase64Url, toBase64Url } from '../../src/share/codec';
import { CODE_PREFIX, decodeShareCode, encodeGameCode, encodeRunCode, MAX_CODE_CHARS, pack } from '../../src/share/shareCode';
import { shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const levelId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,47}$/);
const seed = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);

describe('base64url and check characters', () => {
  test.prop([fc.uint8Array({ maxLength: 300 })])('base64url round-trips any bytes', (bytes) => {
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect([...fromBase64Url(text)!]).toEqual([...bytes]);
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('uses six Crockford characters: no I, L, O or U to misread', () => {
    for (const t of ['', 'a', 'G1.abc', 'x'.repeat(500)]) expect(checkCharacters(t)).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
  });
});

describe('share codes for a level and seed', () => {
  test.prop([levelId, seed])('round-trip any level id and seed', (level, s) => {
    const code = encodeGameCode(level, s);
    expect(code.startsWith(`${CODE_PREFIX}.`)).toBe(true);
    expect(code).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(decodeShareCode(code)).toEqual({ ok: true, shared: { kind: 'game', level, seed: s } });
  });

  it('carry a generated level by its seed alone, and are short', () => {
    const same = encodeGameCode('gen-oak-river-7', 'oak-river-7');
    const other = encodeGameCode('gen-oak-river-7', 'lantern-otter-47');
    expect(same.length).toBeLessThan(other.length);
    expect(same.length).toBeLessThan(60);
    expect(decodeShareCode(same)).toEqual({ ok: true, shared: { kind: 'game', level: 'gen-oak-river-7', seed: 'oak-river-7' } });
    expect(decodeShareCode(other)).toEqual({ ok: true, shared: { kind: 'game', level: 'gen-oak-river-7', seed: 'lantern-otter-47' } });
    expect(encodeGameCode('tutorial', 'lantern-otter-47').length).toBeLessThan(80);
  });

  it('survive the spaces and line breaks of chat apps and e-mail', () => {
    const code = encodeGameCode('tutorial', 'lantern-otter-47');
    const wrapped = `  ${code.slice(0, 10)}\n${code.slice(10, 30)} \r\n\t${code.slice(30)}  `;
    expect(decodeShareCode(wrapped)).toMatchObject({ ok: true, shared: { level: 'tutorial' } });
  });

  it('refuse every truncation, with a message', () => {
    const code = encodeGameCode('forty-thousand', 'lantern-otter-47');
    for (let n = 0; n < code.length; n++) {
      const r = decodeShareCode(code.slice(0, n));
      expect(r.ok, `cut at ${n}`).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
    const r = decodeShareCode(code.slice(0, code.length - 6));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/incomplete|malformed/) });
    expect(decodeShareCode(code.slice(0, code.length - 2))).toMatchObject({ ok: false, error: expect.stringContaining('incomplete') });
  });

  test.prop([fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')])(
    'refuse any one-character edit (tampering) by their check characters',
    (at, ch) => {
      const code = encodeGameCode('tutorial', 'lantern-otter-47');
      const i = 3 + (at % (code.length - 3));
      if (code[i] === ch || code[i] === '.') return;
      const edited = code.slice(0, i) + ch + code.slice(i + 1);
      const r = decodeShareCode(edited);
      expect(r.ok).toBe(false);
    });

  it('name what is wrong: not a code, another version, bad characters, bad content', () => {
    expect(decodeShareCode('')).toMatchObject({ ok: false, error: expect.stringContaining('empty') });
    expect(decodeShareCode('hello')).toMatchObject({ ok: false, error: expect.stringContaining('not a GUARANTOR share code') });
    expect(decodeShareCode('G7.abc.ABCDEF')).toMatchObject({ ok: false, error: expect.stringContaining('version 7') });
    expect(decodeShareCode('G1.ab<script>.ABCDEF')).toMatchObject({ ok: false, error: expect.stringContaining('<') });
    expect(decodeShareCode('G1.a.b.c.d')).toMatchObject({ ok: false, error: expect.stringContaining('malformed') });
    expect(decodeShareCode(42)).toMatchObject({ ok: false });
    expect(decodeShareCode('G1.' + 'A'.repeat(MAX_CODE_CHARS) + '.ABCDEF')).toMatchObject({ ok: false, error: expect.stringContaining('too long') });
    expect(decodeShareCode(pack(['g', 'Tutorial!', 'a']))).toMatchObject({ ok: false, error: expect.stringContaining('not a level id') });
    expect(decodeShareCode(pack(['g', 'tutorial', '<b>x</b>']))).toMatchObject({ ok: false, error: expect.stringContaining('seed is not valid') });
    expect(decodeShareCode(pack(['x', 1]))).toMatchObject({ ok: false, error: expect.stringContaining('unknown kind') });
    expect(decodeShareCode(pack({ __proto__: null, a: 1 }))).toMatchObject({ ok: false, error: expect.stringContaining('not a list') });
    expect(decodeShareCode(pack(['r', JSON.parse('{"__proto__": {"polluted": 1}}')]))).toMatchObject({ ok: false, error: expect.stringContaining('__proto__') });
    expect(decodeShareCode(pack(['r', { constructor: { prototype: {} } }]))).toMatchObject({ ok: false, error: expect.stringContaining('constructor') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stop a compression bomb at the payload limit', () => {
    // lz-string packs a long run of one letter into very few bytes; the unpacked text is refused.
    const bytes = LZString.compressToUint8Array('a'.repeat(1_200_000));
    const head = `${CODE_PREFIX}.${toBase64Url(bytes)}`;
    const code = `${head}.${checkCharacters(head)}`;
    expect(code.length).toBeLessThan(MAX_CODE_CHARS);
    const t0 = performance.now();
    expect(decodeShareCode(code)).toMatchObject({ ok: false, error: expect.stringContaining('more than') });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('share codes for a whole run', () => {
  it('round-trip a finished replay exactly, hashes and all', () => {
    const g = playGame(tutorial, 'share-1', greedyBot);
    const replay = makeReplay(tutorial, 'share-1', g.days, g.state);
    const code = encodeRunCode(replay);
    const r = decodeShareCode(code);
    expect(r).toEqual({ ok: true, shared: { kind: 'run', replay } });
    expect(code.length).toBeLessThan(3000);
  });

  it('check the replay inside with the replay file schema', () => {
    const r = decodeShareCode(pack(['r', { format: 'guarantor-replay', formatVersion: 1, gameVersion: '1.0.0', level: 'tutorial', seed: 'a', days: [{ orders: [{ type: 'launch' }], hash: '0'.repeat(16) }] }]));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('days[0].orders[0]') });
  });

  it('accept seeds a player may type', () => {
    expect('lantern-otter-47').toMatch(SEED_PATTERN);
  });
});
