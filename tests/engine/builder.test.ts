import { describe, expect, it } from 'vitest';
import { rulesSchema } from '../../src/levels/schema';
import { indexLevel } from '../../src/engine';
import { TEST_RULES, tinyLevel } from '../helpers/levelBuilder';
import { GAME_VERSION } from '../../src/engine/version';
import { readFileSync } from 'node:fs';

describe('the tiny-level builder', () => {
  it('sets every rule constant the engine knows, so no unit test silently runs on a tunable default', () => {
    expect(Object.keys(TEST_RULES).sort()).toEqual(Object.keys(rulesSchema().shape).sort());
    expect(rulesSchema().safeParse(TEST_RULES).success).toBe(true);
    expect(indexLevel(tinyLevel()).rules).toEqual(TEST_RULES);
  });

  it('builds a valid level, and refuses to build an invalid one', () => {
    expect(() => tinyLevel((l) => { l.links[0]!.to = 'atlantis'; })).toThrow(/links\[0\]\.to: unknown node "atlantis"/);
  });
});

describe('game version', () => {
  it('is the package version (replays and saves carry it)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(GAME_VERSION).toBe(pkg.version);
  });
});
