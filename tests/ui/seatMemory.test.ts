import { describe, expect, it } from 'vitest';
import { asSeatMemory } from '../../src/ui/live/seatMemory';

const KEY = 'abcdefghij0123456789_-';
const student = { role: 'student', code: 'ABCD2345', game: 3, team: 7, key: KEY, reconnect: 'tok' };
const facilitator = { role: 'facilitator', code: 'ABCD2345', token: KEY };

describe('seat memory read back from the tab', () => {
  it('accepts a student seat and a facilitator seat as they were written', () => {
    expect(asSeatMemory(student)).toEqual(student);
    expect(asSeatMemory(facilitator)).toEqual(facilitator);
    const { reconnect: _r, ...noReconnect } = student;
    expect(asSeatMemory(noReconnect)).toEqual(noReconnect);
  });

  it('refuses anything else: wrong role, extra or missing fields, values out of range', () => {
    for (const bad of [
      null, 'text', [student], {},
      { ...student, role: 'teacher' },
      { ...student, extra: 1 },
      { ...facilitator, game: 0 },
      { ...student, game: 12 }, { ...student, game: 1.5 }, { ...student, team: -1 }, { ...student, team: 16 },
      { ...student, code: 'ABCD234O' }, { ...student, code: 'abcd2345' },
      { ...student, key: 'short' }, { ...facilitator, token: `${KEY}!` },
      { ...student, reconnect: 'x'.repeat(201) }, { ...student, reconnect: 5 },
      (({ key: _k, ...rest }) => rest)(student),
    ]) expect(asSeatMemory(bad)).toBeNull();
  });
});
