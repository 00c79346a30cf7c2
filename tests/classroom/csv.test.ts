/** The review's exports: the daily figures as CSV, readable by any spreadsheet, headers in the game's language. */
import { describe, expect, it } from 'vitest';
import { credibilityAll, indexLevel, newGame } from '../../src/engine';
import { csvField, csvLine, figuresCsv } from '../../src/classroom/csv';
import { reviewFromLog } from '../../src/classroom/review';
import { english, setLanguage } from '../../src/i18n';
import UK from '../../src/i18n/lang/uk';
import { rungName } from '../../src/i18n/engineText';
import { reviewCsv } from '../../src/ui/classroom/reviewView';
import { shippedLevel } from '../helpers/shipped';
import { playClassroom } from './play';

describe('CSV of the daily figures', () => {
  it('quotes only what needs quoting, doubling quotes (RFC 4180)', () => {
    expect(csvField(40000)).toBe('40000');
    expect(csvField('gray zone')).toBe('gray zone');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine([1, 'x,y', 'z'])).toBe('1,"x,y",z');
  });

  it('has one row per day from day 0, plain integers, a column per axis and per nation, CRLF line ends', () => {
    const level = shippedLevel('tutorial');
    const g = playClassroom(level, 'csv').store.getState().session!;
    const r = reviewFromLog(level, g.log);
    const csv = figuresCsv(r, {
      day: 'day', ready: 'ready', core: 'core', rung: 'rung', rungName: 'escalation', unity: 'unity', resilience: 'resilience',
      deterred: 'deterred', landed: 'landed', credibility: ['cred east'], will: ['will PL', 'will DE', 'will GB'],
    }, (n) => `rung ${n}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv.trimEnd().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['day', 'ready', 'core', 'rung', 'escalation', 'unity', 'resilience', 'cred east', 'will PL', 'will DE', 'will GB', 'deterred', 'landed']);
    expect(rows).toHaveLength(r.days.length + 1);
    expect(rows[1]![0]).toBe('0');
    rows.slice(1).forEach((row, i) => {
      const d = r.days[i]!;
      expect(row).toEqual([d.day, d.ready, d.core, d.ladder, `rung ${d.ladder}`, d.unity, d.resilience, ...d.credibility, ...d.will, d.deterred, d.landed].map(String));
    });
    const last = rows[rows.length - 1]!;
    expect(Number(last[1])).toBeGreaterThanOrEqual(level.win.troops);
    expect(rows.slice(1).reduce((n, row) => n + Number(row[11]) + Number(row[12]), 0)).toBe(r.events.length);
  });

  it('names its columns and rungs in the interface language (numbers stay plain)', () => {
    const level = shippedLevel('tutorial');
    const g = playClassroom(level, 'csv-uk').store.getState().session!;
    const r = reviewFromLog(level, g.log);
    try {
      setLanguage(UK);
      const csv = reviewCsv(r, level);
      const [head, first] = csv.split('\r\n');
      expect(head).toBe('день,готові війська,сертифіковане ядро,щабель ескалації,ескалація,єдність,стійкість України,переконливість: Схід,воля: Польща,воля: Німеччина,воля: Велика Британія,стримано подій,не стримано подій');
      // Day 0's credibility is the engine's on the starting state: unity 70 already reads as resolve.
      const start = credibilityAll(newGame(level, 'csv-uk'), indexLevel(level)).map((c) => c.total);
      expect(start).toEqual([4]);
      expect(first).toBe(`0,0,0,0,${rungName(0)},${level.start.unity},${level.start.resilience},${start[0]},85,60,75,0,0`);
      expect(rungName(0)).toBe('сіра зона');
    } finally {
      setLanguage(english());
    }
    expect(reviewCsv(r, level).split('\r\n')[0]).toMatch(/^day,ready troops,certified core,escalation rung,escalation,unity,Ukraine resilience,credibility East,will Poland/);
  });
});
