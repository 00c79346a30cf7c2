import { describe, expect, it } from 'vitest';
import { parseLevelFiles } from '../../src/app/levelRegistry';
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
});
