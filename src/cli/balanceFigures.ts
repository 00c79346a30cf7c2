import type { Command, CommandType } from '../engine';

/**
 * The balance command's figures, pure: win rates and readiness-day quantiles per level and bot,
 * the expert's order mix, the checks and the table. Kept apart from the command so tests can
 * use them without starting a balance run.
 */
export interface GameResult { seed: string; won: boolean; day: number; readinessDay: number | null; reason: string | null; ms: number; mix: OrderMix }

/** Orders by what they are for: the plan a bot chose, as counts (the balance prints shares). */
export interface OrderMix { airlift: number; preposition: number; diplomacy: number; enablers: number; other: number }
const MIX_OF: Partial<Record<CommandType, keyof OrderMix>> = {
  airlift: 'airlift', preposition: 'preposition',
  summit: 'diplomacy', reassure: 'diplomacy', commit: 'diplomacy',
  allocate: 'enablers', surge: 'enablers',
};

export function orderMix(orders: readonly Command[]): OrderMix {
  const mix: OrderMix = { airlift: 0, preposition: 0, diplomacy: 0, enablers: 0, other: 0 };
  for (const o of orders) mix[MIX_OF[o.type] ?? 'other']++;
  return mix;
}

export interface BotFigures {
  games: number;
  wins: number;
  winRate: number;
  /** over the games won */
  min: number | null; p25: number | null; median: number | null; p75: number | null; max: number | null;
  /** over every game, a lost one counting as never ready: null when half or more are lost */
  medianAll: number | null;
  losses: Record<string, number>;
  /** the first ten seeds lost, to replay with npm run sim */
  lostSeeds: string[];
  /** share of each purpose among all the bot's orders, in percent */
  mix: Record<keyof OrderMix, number>;
  msPerGame: number;
}

export interface LevelFigures { title: string; par: number; deadline: number; bots: Record<string, BotFigures> }

/** Nearest-rank quantile of a sorted list (p in 0..1). */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function figuresOf(games: readonly GameResult[]): BotFigures {
  const won = games.filter((g) => g.won).map((g) => g.readinessDay!).sort((a, b) => a - b);
  const all = games.map((g) => (g.won ? g.readinessDay! : Infinity)).sort((a, b) => a - b);
  const med = quantile(all, 0.5);
  const losses: Record<string, number> = {};
  for (const g of games) if (!g.won) losses[g.reason ?? 'unknown'] = (losses[g.reason ?? 'unknown'] ?? 0) + 1;
  const ms = games.reduce((t, g) => t + g.ms, 0);
  const total: OrderMix = { airlift: 0, preposition: 0, diplomacy: 0, enablers: 0, other: 0 };
  for (const g of games) for (const k of Object.keys(total) as Array<keyof OrderMix>) total[k] += g.mix[k];
  const orders = Object.values(total).reduce((t, x) => t + x, 0);
  const mix = { ...total };
  for (const k of Object.keys(mix) as Array<keyof OrderMix>) mix[k] = orders ? Math.round((total[k] / orders) * 1000) / 10 : 0;
  return {
    games: games.length,
    wins: won.length,
    winRate: games.length ? Math.round((won.length / games.length) * 1000) / 1000 : 0,
    min: quantile(won, 0), p25: quantile(won, 0.25), median: quantile(won, 0.5), p75: quantile(won, 0.75), max: quantile(won, 1),
    medianAll: med === null || !Number.isFinite(med) ? null : med,
    losses,
    lostSeeds: games.filter((g) => !g.won).map((g) => g.seed).slice(0, 10),
    mix,
    msPerGame: games.length ? Math.round((ms / games.length) * 10) / 10 : 0,
  };
}

export interface Check { level: string; what: string; ok: boolean; detail: string }

/**
 * The balance requirements, checked on the figures. Without US enablers (--no-us) the checks are
 * those the design sets (docs/design.md section 3): the full campaign is won on at most half the seeds (the guarantee rests on
 * the US), and Across Administrations stays winnable by a European plan.
 */
export function checksOf(levels: Record<string, LevelFigures>, noUs = false): Check[] {
  const out: Check[] = [];
  if (noUs) {
    const full = levels['forty-thousand']?.bots.expert;
    if (full) out.push({ level: 'forty-thousand', what: 'without the US, expert wins at most half the seeds', ok: full.wins * 2 <= full.games, detail: `${full.wins}/${full.games}` });
    const across = levels['across-administrations']?.bots.expert;
    if (across) out.push({ level: 'across-administrations', what: 'without the US, a European plan still wins', ok: across.wins > 0, detail: `${across.wins}/${across.games}` });
    return out;
  }
  for (const [id, lf] of Object.entries(levels)) {
    const { expert, greedy, random } = lf.bots;
    if (expert) {
      out.push({ level: id, what: 'expert median ≤ par', ok: expert.medianAll !== null && expert.medianAll <= lf.par, detail: `median ${expert.medianAll ?? 'lost'}, par ${lf.par}` });
      // Moscow picks its moments and the guarantee is tested: the expert may lose the odd seed.
      out.push({ level: id, what: 'expert wins at least 80% of seeds', ok: expert.wins * 5 >= expert.games * 4, detail: `${expert.games - expert.wins} seed(s) lost${expert.lostSeeds.length ? ': ' + expert.lostSeeds.join(' ') : ''}` });
    }
    if (greedy) out.push({ level: id, what: 'greedy median > par', ok: greedy.medianAll === null || greedy.medianAll > lf.par, detail: `median ${greedy.medianAll ?? 'lost'}, par ${lf.par}` });
    if (random) out.push({ level: id, what: 'random loses almost always', ok: random.winRate <= 0.02, detail: `${random.wins} win(s) in ${random.games}` });
    if (greedy && id === 'tutorial') out.push({ level: id, what: 'greedy wins every seed', ok: greedy.wins === greedy.games, detail: `${greedy.wins}/${greedy.games}` });
    if (greedy && id === 'forty-thousand') out.push({ level: id, what: 'greedy wins some seeds, not all', ok: greedy.wins > 0 && greedy.wins < greedy.games, detail: `${greedy.wins}/${greedy.games}` });
  }
  return out;
}

const cell = (v: number | null, w: number) => String(v ?? '—').padStart(w);

export function tableOf(id: string, lf: LevelFigures): string {
  const lines = [`${id} — ${lf.title} (par ${lf.par}, deadline ${lf.deadline})`];
  lines.push('  bot      games   wins   win%    min   p25   med   p75   max   med(all)  ms/game  losses');
  for (const [bot, f] of Object.entries(lf.bots)) {
    const losses = Object.entries(f.losses).map(([k, v]) => `${k} ${v}`).join(', ') || '—';
    lines.push(`  ${bot.padEnd(7)} ${cell(f.games, 6)} ${cell(f.wins, 6)} ${(f.winRate * 100).toFixed(1).padStart(6)}  ${cell(f.min, 5)} ${cell(f.p25, 5)} ${cell(f.median, 5)} ${cell(f.p75, 5)} ${cell(f.max, 5)}   ${cell(f.medianAll, 8)}  ${f.msPerGame.toFixed(1).padStart(7)}  ${losses}`);
  }
  return lines.join('\n');
}
