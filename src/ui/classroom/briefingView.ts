/**
 * The briefing for a level: the situation, the guarantee being built (its figures), the learning
 * goals and what each role controls; then one printable handout per role, each meant to fit one
 * page (classroom.css prints only the handouts asked for).
 */
import { defaultSetup, type Team } from '../../session/turns';
import { t } from '../../i18n';
import { nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { closeBriefing, currentSeed, offeredSeed, offeredTeams, openGuide } from './navigation';
import { briefsHandout, facilitatorSheet, roleHandout } from './handouts';
import { fullLevelOf } from '../../levels/formats';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { printNow } from './reviewView';
import { roleDuties } from './roles';
import { teamName } from './teamNames';
import { classView } from './viewFrame';
import { createLessonClock, refreshLessonClocks } from './lessonClock';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them


export function createBriefingView(store: GameStore, actions: Actions): HTMLElement {
  const view = classView('briefing', t('brief.title'), () => closeBriefing(actions));
  let shown: Level | null = null;
  const clock = createLessonClock(() => shown);
  watch(store, (s) => [s.ui.classroom.view, s.ui.classroom.briefingLevel, s.session?.classroom], (s) => {
    const open = s.ui.classroom.view === 'briefing';
    view.show(open);
    if (!open) return;
    const g = s.session;
    const level = s.levels.find((l) => l.id === s.ui.classroom.briefingLevel) ?? g?.level ?? s.levels[0];
    if (!level) return;
    shown = level;
    const teams = g?.classroom && g.level.id === level.id ? g.classroom.teams
      : offeredTeams(level.id) ?? defaultSetup(level).teams;
    const L = lt(level);
    swap(view.body, [
      h('div', { class: 'briefing-screen' },
        h('p', { class: 'rev-sub', text: L.title }),
        clock,
        h('div', { class: 'buttons no-print' },
          h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'print-handouts' }, text: t('brief.printAll'), on: { click: () => printHandouts(view.body, null) } }),
          ...teams.map((team) => h('button', { attrs: { type: 'button', 'data-key': `print-handout:${team.id}` }, text: t('brief.printOne', { team: teamName(team) }), on: { click: () => printHandouts(view.body, team.id) } })),
          h('button', { attrs: { type: 'button', 'data-key': 'print-handout:briefs' }, text: t('kit.sheet.printBriefs'), on: { click: () => printHandouts(view.body, 'briefs') } }),
          h('button', { attrs: { type: 'button', 'data-key': 'print-handout:facilitator' }, text: t('kit.sheet.print'), on: { click: () => printHandouts(view.body, 'facilitator') } })),
        h('div', { class: 'buttons no-print' },
          h('button', { attrs: { type: 'button', 'data-key': 'print-briefing' }, text: t('brief.printBriefing'), on: { click: () => printNow('briefing') } }),
          h('button', { attrs: { type: 'button', 'data-key': 'brief-guide' }, text: t('guide.open'), on: { click: () => openGuide(actions, 'briefing') } })),
        h('section', { class: 'brief-section' }, h('h3', { text: t('brief.situation') }), h('p', { class: 'brief-text', text: L.briefing })),
        h('section', { class: 'brief-section' }, h('h3', { text: t('brief.guarantee') }), guaranteeList(level)),
        h('section', { class: 'brief-section' }, h('h3', { text: t('brief.goals') }), h('ul', {}, ...goalsOf(level).map((x) => h('li', { text: x })))),
        h('section', { class: 'brief-section' },
          h('h3', { text: t('brief.roles') }),
          h('div', { class: 'role-cards' }, ...teams.map((team) => h('div', { class: 'role-card' },
            h('h4', { text: teamName(team) }),
            h('p', { class: 'hint', text: t('class.teamStaff', { n: team.perDay }) }),
            h('ul', {}, ...roleDuties(level, team).map((x) => h('li', { text: x }))))))),
        L.notes.length ? h('section', { class: 'brief-section' }, h('h3', { text: t('rev.learning') }),
          ...L.notes.map((n) => h('div', { class: 'rev-learning' }, h('h4', { text: n.title }), h('p', { text: n.text })))) : null),
      h('div', { class: 'handouts' },
        ...teams.map((team) => roleHandout(level, team, guaranteeList(level))),
        briefsHandout(level),
        facilitatorSheet(level, g && g.level.id === level.id ? g.seed : offeredSeed(level.id) ?? currentSeed(), fullLevelOf(s.levels, level).id)),
    ]);
    refreshLessonClocks();
  });
  return view.el;
}

/** Print the handouts of one team, the briefs or the facilitator's sheet; or every team's and the briefs (never the answers). */
function printHandouts(body: HTMLElement, team: string | null): void {
  for (const el of body.querySelectorAll<HTMLElement>('.handout')) el.classList.toggle('print-me', team === null ? el.dataset.team !== 'facilitator' : el.dataset.team === team);
  printNow('handouts');
}

function goalsOf(level: Level): string[] {
  const own = lt(level).goals;
  return [...own, t('brief.goalGeneral1'), t('brief.goalGeneral2')];
}

/** The guarantee in figures: what must be true on the readiness day, and by when. */
function guaranteeList(level: Level): HTMLElement {
  const L = lt(level);
  return h('ul', { class: 'guarantee' },
    h('li', { text: t('brief.gTroops', { troops: level.win.troops }) }),
    h('li', { text: t('brief.gCore', { core: level.win.core, days: level.win.coreDeployDays }) }),
    h('li', { text: t('brief.gAxes', { axes: level.axes.map((a) => t('brief.gAxis', { axis: L.axis(a.id), bar: a.bar })).join('; ') }) }),
    h('li', { text: t('brief.gDeadline', { deadline: level.deadline, par: level.par }) }),
    h('li', { text: t('brief.gLose', { floor: level.unityFloor }) }),
    h('li', { text: t('brief.gNations', { nations: level.nations.map((n) => nationName(n.id)).join(', ') }) }));
}
