import type { LevelIndex } from './levelIndex';
import { EN, type RefusalCode } from './messages/en';
import { levelNames, render } from './messages/format';

/**
 * Why an order cannot be given. Each refusal has a stable code (for tests, translations and the
 * UI's disabled buttons), parameters that name things by id, and an English sentence a player can
 * act on (built on first read: bots ask about many orders and read few refusals). Translations
 * render the same code and parameters with their own catalog.
 */
export interface Refusal {
  code: RefusalCode;
  params: Record<string, string | number>;
  readonly text: string;
}

export type { RefusalCode };

export function refuse(ix: LevelIndex, code: RefusalCode, params: Record<string, string | number> = {}): Refusal {
  return { code, params, get text() { return render(EN.refusal, { key: code, params }, EN, levelNames(ix)); } };
}

/** A role as message parameters: the lead, the US liaison, the facilitator, or a nation's minister. */
export function roleParams(role: string): Record<string, string> {
  return role === 'lead' || role === 'us' || role === 'facilitator' || role === 'moscow' ? { role } : { role: 'minister', nation: role };
}

/** The English templates of every refusal, by code. */
export const REFUSAL_TEXT = EN.refusal;
