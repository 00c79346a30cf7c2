import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtInLevelLibrary } from '../../src/app/levelRegistry';
import { parseLevelFiles } from '../../src/app/levelFiles';
import { levelBriefOf, levelFrontOf } from '../../src/levels/levelCard';
import { nextLevelOf } from '../../src/ui/title/levelOrder';
import { levelText } from './levels';

describe('the level registry', () => {
  it('validates every file and lists the tutorial first', () => {
    const { levels, errors } = parseLevelFiles({ '/levels/forty-thousand.json': levelText('forty-thousand'), '/levels/tutorial.json': levelText('tutorial') });
    expect(errors).toEqual([]);
    expect(levels.map((l) => l.id)).toEqual(['tutorial', 'forty-thousand']);
    expect(levels[0]!.title).toMatch(/Tutorial/);
    expect(nextLevelOf(levels, 'tutorial')?.id).toBe('forty-thousand');
    expect(nextLevelOf(levels, 'forty-thousand')).toBeNull();
  });

  it('reports a broken file by name and keeps the others', () => {
    const broken = JSON.stringify({ ...JSON.parse(levelText('tutorial')), id: 'broken', par: 'soon' });
    const { levels, errors } = parseLevelFiles({ '/levels/broken.json': broken, '/levels/tutorial.json': levelText('tutorial') });
    expect(levels.map((l) => l.id)).toEqual(['tutorial']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('levels/broken.json: par');
  });

  it('ships every levels/*.json already parsed at build time, exactly as parsing it in the page would give', async () => {
    const dir = new URL('../../levels/', import.meta.url);
    const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [`/levels/${f}`, readFileSync(new URL(f, dir), 'utf8')]));
    const parsed = parseLevelFiles(files);
    expect(parsed.errors).toEqual([]);
    const shipped = builtInLevelLibrary();
    expect(await shipped.loadAll()).toStrictEqual(parsed.levels);
    // The title's cards are the same levels' names and figures, in the same order, without the
    // briefs; those come in one download of their own, the same words as the files'.
    expect(shipped.cards()).toStrictEqual(parsed.levels.map(levelFrontOf));
    expect(shipped.cards().every((c) => c.brief === undefined)).toBe(true);
    expect(await shipped.briefs()).toStrictEqual(Object.fromEntries(parsed.levels.map((l) => [l.id, levelBriefOf(l)])));
    expect(await shipped.load('tutorial')).toStrictEqual(parsed.levels.find((l) => l.id === 'tutorial'));
  });

  it('refuses a level the game does not ship, and keeps a level loaded once', async () => {
    const shipped = builtInLevelLibrary();
    await expect(shipped.load('no-such-level')).rejects.toThrow('no-such-level');
    await expect(shipped.load('__proto__')).rejects.toThrow('__proto__');
    expect(await shipped.load('north')).toBe(await shipped.load('north'));
  });
});
