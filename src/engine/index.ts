/**
 * GUARANTOR's rules engine: pure, deterministic, no I/O. Everything the game, the CLI, the bots
 * and the tests need goes through these exports.
 */
export * from './ids';
export type * from './state';
export type * from './log';
export type { Command, CommandType } from './commands';
export { COMMAND_TYPES, STAFF_COST } from './commands';
export { newGame, soloPools, type GameOptions } from './newGame';
export { applyCommand, commitPlan, evaluateCommand, type CommandResult } from './applyCommand';
export { endDay } from './endDay';
export { resolveDay } from './resolveDay';
export { hashState } from './hash';
export { indexLevel, otherEnd, airLinkBetween, type LevelIndex, type FormationDef } from './levelIndex';
export { credibilityOf, credibilityAll, resolveOf, resolveRange, provocationOf, type Credibility, type Resolve } from './credibility';
export { contestOf, pressureOf, CONTEST_TERMS, type Contest, type ContestTerm } from './contest';
export { outlookOf, eventOutlook, type Outlook } from './outlook';
export { cardCost, redBudgetLeft } from './rules/moscow';
export { closingFigures, winProgress, type DayFigures as ClosingFigures, type WinProgress } from './outcome';
export { warningDays } from './events';
export * from './selectors';
export { readyTroopsAt } from './select/readyAt';
export { airliftEquipmentWait } from './select/airliftWait';
export { threatOutlook, threatOutlooks, type ThreatOutlook, type ThreatVerdict } from './select/threatOutlook';
export { orderCost } from './select/orderCost';
export { moscowHand, moscowBudget, type MoscowCard } from './select/moscowHand';
export { landingCost, type LandingCost } from './select/landingCost';
export { planSurfaceRoute, surfaceSearch } from './routes';
export { refuse, roleParams, REFUSAL_TEXT, type Refusal, type RefusalCode } from './refusals';
export { EN, type Catalog } from './messages/en';
export { fill, render, levelNames, type NameBook } from './messages/format';
export { msg, type Message } from './messages/message';
export { isRefusal, type OrderPlan, type RuleAnswer } from './rules/orderPlan';
export { thousands } from './format';
export { GAME_VERSION } from './version';
export { DEFAULT_RULES } from './defaultRules';
export { scoreOf, gradeOf, type Score, type Grade } from './score';
export { eventPattern, type DayMark } from './select/eventPattern';
export { needsAttention, quietDays, type QuietStretch } from './select/quietDays';
export { describeEntry, describeCommand, effectText, entryMessage, effectMessage, commandMessage, MILESTONE_TEXT, END_TEXT } from './describe';
export { makeReplay, verifyReplay, replayOptions, resultDifference, REPLAY_FORMAT, REPLAY_FORMAT_VERSION, type Replay, type Verdict } from './replay';
