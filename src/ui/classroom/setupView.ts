/**
 * Classroom set-up (the facilitator, before the lesson): the level and the seed every team
 * shares, the group's name, the facilitator's PIN, and the teams: the coalition lead, one or more
 * teams of ministers (the facilitator assigns each guarantor to one), the US liaison, each with
 * its staff actions per day. Starting checks the set-up (session/turns.ts) and says what is wrong.
 */
import { checkSeed } from '../../session/seed';
import { startClassroomGame } from '../../store/classroomActions';
import { checkSetup, defaultSetup, MAX_STAFF, type ClassroomSetup, type SetupProblem } from '../../session/turns';
import { t } from '../../i18n';
import { nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import { formatsOf, fullLevelOf, fullLevels } from '../../levels/formats';
import type { Level } from '../../levels/schema';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { currentSeed, offerTeams, openBriefing, openGuide } from './navigation';
import { teamName } from './teamNames';
import { classView } from './viewFrame';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

export function createSetupView(store: GameStore, actions: Actions): HTMLElement {
  const view = classView('setup', t('setup.title'), () => actions.classroomUi({ view: null }));
  let level: Level | null = null;
  let setup: ClassroomSetup | null = null;
  let groups = 1;
  // By default the red bot plays Moscow; ticked, a team of the class does.
  const moscow = h('input', { attrs: { type: 'checkbox', id: 'class-moscow', 'aria-describedby': 'class-moscow-hint' } });
  const seed = h('input', { attrs: { type: 'text', id: 'class-seed', maxlength: 32, autocomplete: 'off', spellcheck: 'false' } });
  const group = h('input', { attrs: { type: 'text', id: 'class-group', maxlength: 40, autocomplete: 'off', placeholder: t('setup.groupPlaceholder') } });
  const pin = h('input', { attrs: { type: 'password', id: 'class-pin', inputmode: 'numeric', maxlength: 8, autocomplete: 'new-password', 'aria-describedby': 'class-pin-hint' } });
  const levelSelect = h('select', { attrs: { id: 'class-level' } });
  // The lesson length picks the level file: the 50-minute cut or the full level (90 minutes).
  let minutes = 50;
  const formatBox = h('fieldset', { class: 'setup-format' });
  const groupsSelect = h('select', { attrs: { id: 'class-groups' } });
  const teamsBox = h('div', { class: 'setup-teams' });
  const errors = h('ul', { class: 'setup-errors', attrs: { role: 'alert' } });

  const rebuildTeams = () => {
    if (!level) return;
    const kept = setup;
    setup = defaultSetup(level, groups, moscow.checked);
    // Keep the staff numbers the teacher already typed for teams that still exist.
    if (kept) for (const tm of setup.teams) { const old = kept.teams.find((x) => x.id === tm.id); if (old) tm.perDay = old.perDay; }
    renderTeams();
  };

  const renderTeams = () => {
    if (!level || !setup) return;
    const s = setup;
    const ministers = s.teams.filter((x) => x.id.startsWith('ministers-'));
    swap(teamsBox, [
      h('table', { class: 'setup-table' },
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: t('setup.colTeam') }), h('th', { attrs: { scope: 'col' }, text: t('setup.colStaff') }))),
        h('tbody', {}, ...s.teams.map((tm) => {
          const input = h('input', { attrs: { type: 'number', min: 0, max: MAX_STAFF, value: tm.perDay, id: `staff-${tm.id}`, 'data-staff': tm.id, 'aria-label': t('setup.staffFor', { team: teamName(tm) }) } });
          input.addEventListener('input', () => { tm.perDay = Math.trunc(Number(input.value)); });
          return h('tr', {}, h('th', { attrs: { scope: 'row' }, text: teamName(tm) }), h('td', {}, input));
        }))),
      ministers.length > 1 ? h('fieldset', { class: 'assign' },
        h('legend', { text: t('setup.assign') }),
        ...level.nations.map((n) => {
          const sel = h('select', { attrs: { id: `assign-${n.id}`, 'data-assign': n.id } },
            ...ministers.map((m, i) => h('option', { attrs: { value: m.id }, text: t('setup.ministersN', { n: i + 1 }) })));
          sel.value = ministers.find((m) => m.roles.includes(n.id))?.id ?? ministers[0]!.id;
          sel.addEventListener('change', () => {
            for (const m of ministers) m.roles = m.roles.filter((r) => r !== n.id);
            ministers.find((m) => m.id === sel.value)!.roles.push(n.id);
            renderTeams();
          });
          return h('div', { class: 'field inline' }, h('label', { attrs: { for: `assign-${n.id}` }, text: nationName(n.id) }), sel);
        })) : null,
    ]);
  };

  const problemText = (p: SetupProblem): string => {
    switch (p.code) {
      case 'pin': return t('setup.errPin');
      case 'noLead': return t('setup.errLead');
      case 'noUs': return t('setup.errUs');
      case 'nationTwice': return t('setup.errTwice', { nation: nationName(p.nation) });
      case 'nationMissing': return t('setup.errMissing', { nation: nationName(p.nation) });
      case 'emptyTeam': return t('setup.errEmpty', { team: p.team });
      case 'moscowTwice': return t('setup.errMoscowTwice');
      case 'moscowShared': return t('setup.errMoscowShared');
      case 'staff': return t('setup.errStaff', { max: MAX_STAFF });
    }
  };

  const start = () => {
    if (!level || !setup) return;
    const c = checkSeed(seed.value);
    const problems: string[] = c.ok ? [] : [c.error];
    const full: ClassroomSetup = { ...setup, pin: pin.value, group: group.value.trim() };
    problems.push(...checkSetup(level, { ...full, teams: full.teams.filter((x) => x.roles.length > 0) }).map(problemText));
    swap(errors, problems.map((p) => h('li', { text: p })));
    if (problems.length || !c.ok) return;
    // The PIN leaves the page here: the game keeps a salted digest of it, the field is emptied.
    pin.value = '';
    startClassroomGame(actions, level, c.seed, full, randomSalt());
  };

  /** The level file for the chosen level and lesson length (the nearest format there is). */
  const chooseLevel = () => {
    const all = store.getState().levels;
    const full = all.find((l) => l.id === levelSelect.value) ?? null;
    if (!full) { level = null; return; }
    const formats = formatsOf(all, full);
    const pick = formats.find((f) => f.minutes === minutes) ?? formats[formats.length - 1]!;
    minutes = pick.minutes;
    level = pick.level;
    renderFormats(formats);
  };
  const renderFormats = (formats: Array<{ minutes: number; level: Level }>) => {
    swap(formatBox, [
      h('legend', { text: t('kit.format') }),
      ...formats.map((f) => {
        const radio = h('input', { attrs: { type: 'radio', name: 'class-format', id: `class-format-${f.minutes}`, value: f.minutes, 'data-format': f.minutes, 'aria-describedby': `class-format-${f.minutes}-hint` } });
        radio.checked = f.minutes === minutes;
        radio.addEventListener('change', () => { if (radio.checked) { minutes = f.minutes; chooseLevel(); groups = 1; setup = null; fillGroups(); rebuildTeams(); } });
        return h('div', { class: 'field check' }, radio,
          h('label', { attrs: { for: `class-format-${f.minutes}` }, text: t('kit.minutes', { minutes: f.minutes }) }),
          h('small', { class: 'hint', attrs: { id: `class-format-${f.minutes}-hint` }, text: t('kit.formatHint', { minutes: f.minutes, deadline: f.level.deadline, par: f.level.par }) }));
      }),
      level?.format ? h('p', { class: 'hint', text: t('kit.formatStaff') }) : null,
    ]);
  };

  levelSelect.addEventListener('change', () => {
    chooseLevel();
    groups = 1;
    setup = null;
    fillGroups();
    rebuildTeams();
  });
  moscow.addEventListener('change', () => rebuildTeams());
  groupsSelect.addEventListener('change', () => {
    groups = Number(groupsSelect.value);
    // A lesson format's staff is split among the minister teams: split it again for the new number.
    if (level?.format) setup = null;
    rebuildTeams();
  });
  const fillGroups = () => {
    if (!level) return;
    swap(groupsSelect, level.nations.map((_, i) => h('option', { attrs: { value: i + 1 }, text: String(i + 1) })));
    groupsSelect.value = String(groups);
  };

  view.body.append(h('form', { class: 'setup-form', on: { submit: (ev) => { ev.preventDefault(); start(); } } },
    h('p', { class: 'hint', text: t('setup.intro') }),
    h('div', { class: 'setup-grid' },
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-level' }, text: t('setup.level') }), levelSelect, formatBox),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-seed' }, text: t('title.seed') }), seed,
        h('small', { class: 'hint', text: t('setup.seedHint') })),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-group' }, text: t('setup.group') }), group,
        h('small', { class: 'hint', text: t('setup.groupHint') })),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-pin' }, text: t('setup.pin') }), pin,
        h('small', { class: 'hint', attrs: { id: 'class-pin-hint' }, text: t('setup.pinHint') }))),
    h('div', { class: 'field inline' }, h('label', { attrs: { for: 'class-groups' }, text: t('setup.groups') }), groupsSelect),
    h('div', { class: 'field check' }, moscow, h('label', { attrs: { for: 'class-moscow' }, text: t('setup.moscow') }),
      h('small', { class: 'hint', attrs: { id: 'class-moscow-hint' }, text: t('setup.moscowHint') })),
    teamsBox,
    errors,
    h('div', { class: 'buttons' },
      h('button', { class: 'primary big', attrs: { type: 'submit', 'data-key': 'class-start' }, text: t('setup.start') }),
      h('button', { attrs: { type: 'button', 'data-key': 'class-setup-briefing' }, text: t('setup.briefing'), on: { click: () => {
        if (!level || !setup) return;
        const typed = checkSeed(seed.value);
        offerTeams(level.id, setup.teams.filter((x) => x.roles.length > 0), typed.ok ? typed.seed : null);
        openBriefing(actions, level.id, 'setup');
      } } }),
      h('button', { attrs: { type: 'button', 'data-key': 'class-setup-guide' }, text: t('guide.open'), on: { click: () => openGuide(actions, 'setup') } }))));

  watch(store, (s) => [s.ui.classroom.view, s.levels], (s) => {
    const open = s.ui.classroom.view === 'setup';
    const wasHidden = view.el.hidden;
    view.show(open);
    if (!open || !wasHidden) return;
    // Opened afresh: the title's seed and level, the first level by default.
    const fulls = fullLevels(s.levels);
    swap(levelSelect, fulls.map((l) => h('option', { attrs: { value: l.id }, text: lt(l).title })));
    // The level asked for (a briefing's), else the one already chosen (back from the guide), else the first.
    const asked = s.levels.find((l) => l.id === s.ui.classroom.briefingLevel);
    const wanted = asked ?? level ?? fulls[0];
    if (!level || level.id !== wanted?.id) {
      if (asked) minutes = asked.format?.minutes ?? 90;
      levelSelect.value = wanted ? fullLevelOf(s.levels, wanted).id : '';
      const before = level;
      chooseLevel();
      if (level !== before) { groups = 1; setup = null; }
    } else {
      levelSelect.value = fullLevelOf(s.levels, level).id;
      renderFormats(formatsOf(s.levels, fullLevelOf(s.levels, level)));
    }
    if (!seed.value) seed.value = currentSeed();
    swap(errors, []);
    fillGroups();
    if (!setup) rebuildTeams();
    else renderTeams();
  });
  return view.el;
}

/** A fresh salt for the PIN's digest, from the browser's crypto generator. */
function randomSalt(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
