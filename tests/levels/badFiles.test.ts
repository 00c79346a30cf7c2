import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLevelText, validateLevel } from '../../src/levels/parseLevel';
import { loadLevel } from '../../src/cli/loadLevel';
import { baseInput } from '../helpers/levelBuilder';
import { REPO } from '../helpers/shipped';
import type { LevelInput } from '../../src/levels/schema';

/**
 * A bad level file gets errors that name the file and the field, and never an exception. Text-level
 * defects are fixture files in tests/fixtures/levels/; structural ones are made here from the tiny
 * test level (valid as built), each with exactly one defect.
 */
const FIX = 'tests/fixtures/levels';

function errorsOfText(text: string, source: string): string[] {
  let r: ReturnType<typeof parseLevelText> | undefined;
  expect(() => { r = parseLevelText(text, source); }).not.toThrow();
  if (r!.ok) throw new Error(`${source} was accepted`);
  expect(r!.errors.length).toBeGreaterThan(0);
  for (const e of r!.errors) expect(e.startsWith(`${source}: `), e).toBe(true);
  return r!.errors;
}

function errorsOf(edit: (l: LevelInput) => void, source = 'levels/bad.json'): string[] {
  const input = baseInput();
  edit(input);
  return errorsOfText(JSON.stringify(input), source);
}

describe('bad level files', () => {
  it('the unedited test level is valid (so each case below has exactly its one defect)', () => {
    expect(validateLevel(baseInput(), 'x').ok).toBe(true);
    expect(parseLevelText(JSON.stringify(baseInput()), 'x').ok).toBe(true);
  });

  it('a missing field', () => {
    const errs = errorsOf((l) => { delete (l as Partial<LevelInput>).title; });
    expect(errs).toEqual([expect.stringMatching(/^levels\/bad\.json: title: /)]);
    expect(errorsOf((l) => { delete (l.nations[1]!.roster[0] as Partial<LevelInput['nations'][number]['roster'][number]>).strength; })[0]).toMatch(/^levels\/bad\.json: nations\[1\]\.roster\[0\]\.strength: /);
  });

  it('a field of the wrong type', () => {
    expect(errorsOf((l) => { (l as Record<string, unknown>).deadline = 'ninety'; })[0]).toMatch(/^levels\/bad\.json: deadline: .*number/);
    expect(errorsOf((l) => { (l.links[2] as Record<string, unknown>).days = 1.5; })[0]).toMatch(/links\[2\]\.days: .*expected int/);
    expect(errorsOf((l) => { (l as Record<string, unknown>).nodes = {}; })[0]).toMatch(/nodes: .*array/);
  });

  it('an unknown field', () => {
    expect(errorsOf((l) => { (l.nodes[0] as Record<string, unknown>).population = 9; })[0]).toMatch(/nodes\[0\]: .*population/);
  });

  it('an unknown nation', () => {
    expect(errorsOf((l) => { (l.nations[0] as Record<string, unknown>).id = 'US'; })[0]).toMatch(/^levels\/bad\.json: nations\[0\]\.id: /);
    expect(errorsOf((l) => { l.nations[1]!.id = 'PL'; })).toContain('levels/bad.json: nations[1].id: "PL" appears twice');
    expect(errorsOf((l) => {
      l.deck = [{ id: 'c', kind: 'protest', title: 'T', text: 'T', axis: 'east', severity: 1, window: [2, 3], warning: 1, chance: 50, target: 'FR', effect: {} }];
    })).toEqual(['levels/bad.json: deck[0].target: FR is not a guarantor in this level']);
    expect(errorsOf((l) => {
      l.deck = [{ id: 'c', kind: 'protest', title: 'T', text: 'T', axis: 'east', severity: 1, window: [2, 3], warning: 1, chance: 50, effect: { will: { nation: 'target', amount: -3 } } }];
    })).toEqual(['levels/bad.json: deck[0].effect: it hits the "target" nation but the card has no target']);
  });

  it('a link to a missing node, a home that is not on the map', () => {
    expect(errorsOf((l) => { l.links[3]!.to = 'atlantis'; })).toEqual(['levels/bad.json: links[3].to: unknown node "atlantis"']);
    expect(errorsOf((l) => { l.nations[0]!.home = 'atlantis'; })).toEqual(['levels/bad.json: nations[0].home: unknown node "atlantis"']);
    expect(errorsOf((l) => { l.deck = [{ id: 'c', kind: 'cyber', title: 'T', text: 'T', axis: 'east', severity: 1, window: [2, 3], warning: 1, chance: 50, effect: { cut: { links: ['nowhere-rail'], days: 2 } } }]; }))
      .toEqual(['levels/bad.json: deck[0].effect.cut.links[0]: unknown link "nowhere-rail"']);
  });

  it('a negative capacity (and a rail link without one)', () => {
    expect(errorsOf((l) => { l.links[0]!.capacity = -3000; })[0]).toMatch(/^levels\/bad\.json: links\[0\]\.capacity: /);
    expect(errorsOf((l) => { delete l.links[0]!.capacity; })).toEqual(['levels/bad.json: links[0].capacity: a rail link needs its daily capacity']);
    expect(errorsOf((l) => { l.enablers.airlift = -1; })[0]).toMatch(/enablers\.airlift: /);
  });

  it('a deck window after the deadline, or back to front', () => {
    expect(errorsOf((l) => { l.deck = [{ id: 'late', kind: 'veto', title: 'T', text: 'T', axis: 'east', severity: 1, window: [20, 40], warning: 1, chance: 50, effect: {} }]; }))
      .toEqual(['levels/bad.json: deck[0].window: day 40 is after the deadline (day 30)']);
    expect(errorsOf((l) => { l.deck = [{ id: 'back', kind: 'veto', title: 'T', text: 'T', axis: 'east', severity: 1, window: [9, 4], warning: 1, chance: 50, effect: {} }]; }))
      .toEqual(['levels/bad.json: deck[0].window: the first day (9) is after the last (4)']);
  });

  it('duplicate ids', () => {
    expect(errorsOf((l) => { l.nodes[1]!.id = 'london'; })).toContain('levels/bad.json: nodes[1].id: "london" is used twice');
    expect(errorsOf((l) => { l.links[1]!.id = l.links[0]!.id; })).toEqual([`levels/bad.json: links[1].id: "${baseInput().links[0]!.id}" is used twice`]);
    expect(errorsOf((l) => { l.nations[1]!.roster[0]!.id = 'pl-hr'; })).toEqual(['levels/bad.json: nations[1].roster[0].id: "pl-hr" is used twice']);
    const card = { kind: 'veto' as const, title: 'T', text: 'T', axis: 'east' as const, severity: 1, window: [2, 3] as [number, number], warning: 1, chance: 50, effect: {} };
    expect(errorsOf((l) => { l.deck = [{ id: 'same', ...card }, { id: 'same', ...card }]; })).toEqual(['levels/bad.json: deck[1].id: "same" is used twice']);
  });

  it('invalid JSON, an empty file, JSON that is not an object', () => {
    const read = (f: string) => readFileSync(`${REPO}${FIX}/${f}`, 'utf8');
    expect(errorsOfText(read('invalid-json.json'), `${FIX}/invalid-json.json`)).toEqual([expect.stringMatching(/^tests\/fixtures\/levels\/invalid-json\.json: not valid JSON \(/)]);
    expect(errorsOfText(read('empty.json'), `${FIX}/empty.json`)).toEqual([expect.stringMatching(/empty\.json: not valid JSON/)]);
    for (const f of ['array.json', 'number.json', 'null.json']) {
      expect(errorsOfText(read(f), `${FIX}/${f}`)).toEqual([expect.stringMatching(new RegExp(`${f.replace('.', '\\.')}: \\(the whole file\\): .*object`))]);
    }
    expect(errorsOfText('"just a string"', 'levels/s.json')[0]).toMatch(/\(the whole file\)/);
  });

  it('a file saved with a UTF-8 byte-order mark reads like one without', () => {
    const text = readFileSync(join(REPO, 'levels/tutorial.json'), 'utf8');
    const plain = parseLevelText(text, 'levels/tutorial.json');
    const bom = parseLevelText('\ufeff' + text, 'levels/tutorial.json');
    expect(plain.ok && bom.ok).toBe(true);
    if (plain.ok && bom.ok) expect(bom.level).toEqual(plain.level);
  });

  it('`__proto__` keys, at the top or nested, and `constructor` keys are refused by path, and nothing is polluted', () => {
    const read = (f: string) => readFileSync(`${REPO}${FIX}/${f}`, 'utf8');
    expect(errorsOfText(read('proto-top.json'), `${FIX}/proto-top.json`)).toEqual([`${FIX}/proto-top.json: __proto__: this key is not allowed`]);
    expect(errorsOfText(read('proto-nested.json'), `${FIX}/proto-nested.json`)).toEqual([`${FIX}/proto-nested.json: nations[0].roster[0].__proto__: this key is not allowed`]);
    expect(errorsOfText(read('constructor.json'), `${FIX}/constructor.json`)).toEqual([`${FIX}/constructor.json: rules.constructor: this key is not allowed`]);
    const deep = JSON.stringify(baseInput()).replace('"kinds":["hub","airfield","rail"]', '"kinds":["hub","airfield","rail"],"x":{"y":[{"__proto__":{"admin":true}}]}');
    expect(errorsOfText(deep, 'levels/deep.json')).toEqual([expect.stringMatching(/^levels\/deep\.json: nodes\[3\]\.x\.y\[0\]\.__proto__: this key is not allowed$/)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('a 50 MB file is refused by its size, before any parsing', () => {
    const big = `{"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const errs = errorsOfText(big, 'levels/huge.json');
    expect(errs).toEqual([expect.stringMatching(/^levels\/huge\.json: too large \(/)]);
    const dir = mkdtempSync(join(tmpdir(), 'guarantor-levels-'));
    try {
      const file = join(dir, 'huge.json');
      writeFileSync(file, big);
      const r = loadLevel(file);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/huge\.json: too large/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deep nesting and odd inputs never throw', () => {
    errorsOfText('['.repeat(200_000) + ']'.repeat(200_000), 'levels/deep.json');
    errorsOfText('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 'levels/deep2.json');
    expect(() => parseLevelText(undefined, 'levels/u.json')).not.toThrow();
    expect(parseLevelText(undefined, 'levels/u.json')).toEqual({ ok: false, errors: ['levels/u.json: expected text, got undefined'] });
    expect(validateLevel(undefined, 'levels/v.json')).toMatchObject({ ok: false });
  });

  it('the CLI loader names the file too, for a path and for an unknown id', () => {
    const r = loadLevel(`${FIX}/proto-top.json`);
    expect(r).toEqual({ ok: false, error: `${FIX}/proto-top.json: __proto__: this key is not allowed` });
    expect(loadLevel('no-such-level')).toEqual({ ok: false, error: 'unknown level "no-such-level" (no levels/no-such-level.json)' });
    expect(loadLevel('tests/fixtures/levels/missing.json')).toEqual({ ok: false, error: 'tests/fixtures/levels/missing.json: no such file' });
  });

  it('reports several defects at once, each with its field', () => {
    const errs = errorsOf((l) => { l.links[3]!.to = 'atlantis'; l.nations[0]!.home = 'nowhere'; });
    expect(errs).toEqual(['levels/bad.json: links[3].to: unknown node "atlantis"', 'levels/bad.json: nations[0].home: unknown node "nowhere"']);
  });
});
