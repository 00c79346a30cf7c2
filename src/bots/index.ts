import type { Bot } from './botTypes';
import { expertBot } from './expert';
import { greedyBot } from './greedy';
import { randomBot } from './random';

export type { Bot };
export const BOTS: Record<string, Bot> = { greedy: greedyBot, random: randomBot, expert: expertBot };
