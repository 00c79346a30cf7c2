/**
 * The printed handouts of a level: one page per role (the theatre map with its hubs and links,
 * the role's orders and means, how an event is decided), the national briefs of the level's
 * guarantors and the United States on a page of their own, and the facilitator's sheet for a
 * seed (the events it will play, what deters each, what wins the level). Paper only: the
 * briefing screen prints them (classroom.css, kit.css).
 */
import type { Team } from '../../session/turns';
import { indexLevel, newGame, pressureOf, resolveRange } from '../../engine';
import { PRESSURE_KEY } from '../threats/contestTerms';
import { t, type UiKey } from '../../i18n';
import { nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import { h } from '../dom';
import { CREDIBILITY_TERMS } from '../orders/orderPanel';
import { roleDuties, teamFormations } from './roles';
import { teamName } from './teamNames';
import { theatreMapFigure } from './theatreMapSvg';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

/** Guarantors (and the US) with a national brief in the catalog. */
const BRIEFED = ['PL', 'EE', 'LV', 'LT', 'FI', 'SE', 'NO', 'DK', 'FR', 'DE', 'GB', 'US'] as const;
type Briefed = (typeof BRIEFED)[number];
const briefed = (id: string): id is Briefed => (BRIEFED as readonly string[]).includes(id);

/** More formations than this on one page: the map is drawn smaller and the list in three columns. */
const CROWDED_FORCES = 12;

/** A minister team holding this many governments or fewer has their briefs on its own page. */
const BRIEFS_ON_PAGE = 2;

function head(level: Level, title: string): HTMLElement {
  return h('header', { class: 'handout-head' },
    h('p', { class: 'handout-game', text: `${t('app.name')} · ${lt(level).title}` }),
    h('h2', { text: title }));
}

function hubList(level: Level): HTMLElement {
  const L = lt(level);
  const hubs = level.nodes.filter((n) => n.axes.length > 0).length;
  return h('section', { class: `handout-hubs${hubs > 8 ? ' many' : ''}` },
    h('h3', { text: t('kit.hubs') }),
    h('ul', {}, ...level.nodes.filter((n) => n.axes.length > 0).map((n) =>
      h('li', { text: t('kit.hubLine', { hub: L.node(n.id), axes: n.axes.map((a) => L.axis(a)).join(', ') }) }))));
}

export function howDecided(): HTMLElement {
  return h('section', { class: 'handout-decided' },
    h('h3', { text: t('kit.decided') }),
    h('p', { text: t('kit.decidedText') }),
    h('p', { text: t('kit.decidedCredibility', { terms: CREDIBILITY_TERMS.map(([, label]) => t(label).toLowerCase()).join(' + ') }) }),
    h('p', { text: t('kit.decidedResolve') }),
    h('p', { class: 'handout-key', text: t('kit.decidedHint') }));
}

function briefRows(ids: readonly Briefed[], named = true): HTMLElement {
  return h('dl', { class: 'nat-briefs' }, ...ids.flatMap((id) => [
    named ? h('dt', { text: id === 'US' ? t('kit.usBrief') : nationName(id) }) : null,
    h('dd', {},
      h('p', {}, h('strong', { text: `${t('nat.interest')}: ` }), t(`nat.${id}.interest`)),
      h('p', {}, h('strong', { text: `${t('nat.redLine')}: ` }), t(`nat.${id}.redLine`)),
      h('p', {}, h('strong', { text: `${t('nat.pressure')}: ` }), t(`nat.${id}.pressure`))),
  ]));
}

/** One role's page. */
export function roleHandout(level: Level, team: Team, guarantee: HTMLElement): HTMLElement {
  const L = lt(level);
  const forces = teamFormations(level, team);
  const nations = team.roles.filter(briefed);
  const isUs = team.roles.includes('us');
  const isLead = team.roles.includes('lead');
  // A minister of many guarantors has a long list of forces: a smaller map keeps it one page.
  const crowded = forces.length > CROWDED_FORCES;
  return h('article', { class: `handout handout-role${crowded ? ' handout-crowded' : ''}`, attrs: { 'data-team': team.id } },
    head(level, t('brief.handoutFor', { team: teamName(team) })),
    theatreMapFigure(level, team.id),
    h('div', { class: 'handout-grid' },
      h('div', { class: 'handout-col' },
        h('section', {}, h('h3', { text: t('brief.situation') }), h('p', { text: L.summary })),
        h('section', {}, h('h3', { text: t('brief.guarantee') }), guarantee),
        hubList(level)),
      h('div', { class: 'handout-col' },
        h('section', {},
          h('h3', { text: t('brief.yourOrders') }),
          h('p', { text: t('class.teamStaff', { n: team.perDay }) }),
          h('ul', {}, ...roleDuties(level, team).map((x) => h('li', { text: x })))),
        howDecided())),
    forces.length ? h('section', {},
      h('h3', { text: t('brief.yourForces') }),
      h('p', { class: 'handout-key', text: nations.length > BRIEFS_ON_PAGE ? `${t('brief.forcesKey')}. ${t('kit.seeBriefs')}` : t('brief.forcesKey') }),
      h('ul', { class: 'handout-forces' }, ...forces.map((f) => h('li', {},
        h('span', { text: `${f.hr ? '★ ' : ''}${f.name}` }), ' ',
        h('span', { class: 'fig', text: t('brief.forceFigures', { strength: f.strength, notice: f.notice, will: f.threshold }) }))))) : null,
    nations.length && nations.length <= BRIEFS_ON_PAGE ? h('section', {}, h('h3', { text: t('kit.yourGovernments') }), briefRows(nations)) : null,
    isUs ? h('section', { class: 'handout-pair' },
      h('div', {},
        h('h3', { text: t('brief.yourEnablers') }),
        h('ul', { class: 'handout-enablers' }, ...(['isr', 'airlift', 'missileDefence', 'cyber', 'training', 'munitions', 'surge'] as const).map((k) =>
          h('li', { text: t('brief.enabler', { name: t(`brief.en.${k}`), n: level.enablers[k] }) })))),
      h('div', {}, h('h3', { text: t('kit.usBrief') }), briefRows(['US'], false))) : null,
    isLead ? h('section', {},
      h('h3', { text: t('brief.yourCoalition') }),
      h('ul', { class: 'handout-will' }, ...level.nations.map((n) => h('li', { text: t('brief.willStart', { nation: nationName(n.id), will: n.will }) })))) : null);
}

/** The national briefs of the level's guarantors and of the United States. */
export function briefsHandout(level: Level): HTMLElement {
  const ids = [...level.nations.map((n) => n.id).filter(briefed), 'US' as const];
  return h('article', { class: 'handout handout-briefs', attrs: { 'data-team': 'briefs' } },
    head(level, t('nat.title')),
    h('p', { class: 'handout-key', text: t('nat.intro') }),
    briefRows(ids));
}

/** The facilitator's sheet for a seed: the events it plays, what deters each, what wins. */
export function facilitatorSheet(level: Level, seed: string, full: string): HTMLElement {
  const L = lt(level);
  const ix = indexLevel(level);
  const start = newGame(level, seed);
  // Moscow's hand as the seed dealt it (each card on the day it is due) and what is scheduled.
  const events = [...start.events, ...start.hand].map((e) => ({ card: e.card, day: e.day })).sort((a, b) => a.day - b.day || a.card - b.card);
  const answer = `kit.answer.${full}`;
  return h('article', { class: 'handout handout-sheet', attrs: { 'data-team': 'facilitator' } },
    head(level, t('kit.sheet.title')),
    h('p', { class: 'sheet-game', text: t('kit.sheet.game', { level: L.title, seed, deadline: level.deadline, par: level.par }) }),
    h('section', {},
      h('h3', { text: t('kit.sheet.events') }),
      h('p', { class: 'handout-key', text: t('kit.sheet.eventsHint', { ladder: ix.rules.ladderResolve }) }),
      events.length === 0 ? h('p', { text: t('kit.sheet.none') }) : h('table', { class: 'sheet-events' },
        h('thead', {}, h('tr', {},
          h('th', { text: t('kit.sheet.colDay') }), h('th', { text: t('kit.sheet.colEvent') }), h('th', { text: t('kit.sheet.colAxis') }), h('th', { text: t('kit.sheet.colDeter') }))),
        h('tbody', {}, ...events.map((e) => {
          const card = level.deck[e.card]!;
          const range = resolveRange({ ...start, day: e.day }, ix, card.severity, ix.axis.get(card.axis) ?? 0);
          return h('tr', {},
            h('td', { class: 'fig', text: String(e.day) }),
            h('td', { text: `${L.card(card.id).title} (${t(PRESSURE_KEY[pressureOf(card)])})` }),
            h('td', { text: L.axis(card.axis) }),
            h('td', { class: 'fig', text: card.deterrable ? t('kit.sheet.deter', { min: range.min, max: range.max }) : t('kit.sheet.undeterrable') }));
        })))),
    isAnswerKey(answer) ? h('section', {}, h('h3', { text: t('kit.sheet.answers') }), h('p', { text: t(answer) })) : null,
    isGuideLevel(full) ? h('section', {},
      h('h3', { text: t('guide.injectLabel') }), h('p', { text: t(`guide.level.${full}.inject`) }),
      h('h3', { text: t('guide.questionsLabel') }),
      h('ol', {}, ...([1, 2, 3] as const).map((i) => h('li', { text: t(`guide.level.${full}.q${i}`) })))) : null);
}

const GUIDED = ['tutorial', 'north', 'air-bridge', 'south', 'across-administrations', 'forty-thousand'] as const;
const isGuideLevel = (id: string): id is (typeof GUIDED)[number] => (GUIDED as readonly string[]).includes(id);
const ANSWERS = ['kit.answer.tutorial', 'kit.answer.north', 'kit.answer.air-bridge', 'kit.answer.south', 'kit.answer.across-administrations', 'kit.answer.forty-thousand'] as const;
const isAnswerKey = (k: string): k is UiKey => (ANSWERS as readonly string[]).includes(k);
