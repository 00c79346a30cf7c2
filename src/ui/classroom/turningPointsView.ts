/**
 * The debrief's turning points (classroom/turningPoints.ts) in words, each with its "What if?"
 * button, and the team comparison's list of where teams' decisions differed and what followed
 * (classroom/teamDiff.ts). The rules that find them are pure; this only words and lays them out.
 */
import type { TurningPoint, TurningReason } from '../../classroom/turningPoints';
import type { DayDifference } from '../../classroom/teamDiff';
import { num, t } from '../../i18n';
import { commandText, factText, nationName, rungName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import { h } from '../dom';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

export function reasonText(r: TurningReason, level: Level): string {
  const L = lt(level);
  switch (r.k) {
    case 'close':
      return r.deterred
        ? t('kit.tp.closeDeterred', { card: L.card(r.card).title, axis: L.axis(r.axis), margin: r.margin })
        : t('kit.tp.closeLanded', { card: L.card(r.card).title, axis: L.axis(r.axis), margin: -r.margin });
    case 'paused': return t('kit.tp.paused', { nation: nationName(r.nation), will: r.will });
    case 'willBelow': return t('kit.tp.willBelow', { card: L.card(r.card).title, nation: nationName(r.nation), from: r.from, to: r.to, formations: r.formations.map((f) => L.formation(f)).join(', ') });
    case 'unityBelow': return t('kit.tp.unityBelow', { card: L.card(r.card).title, from: r.from, to: r.to, needed: r.needed });
    case 'cut': return t('kit.tp.cut', { card: L.card(r.card).title, effect: factText(r.fact, level) });
  }
}

/** The review's turning points: one row per day, with its reasons and a branch button. */
export function turningPointsSection(points: readonly TurningPoint[], level: Level, canBranch: (p: TurningPoint) => boolean, onBranch: (p: TurningPoint) => void): HTMLElement {
  return h('section', { class: 'rev-section rev-turning', attrs: { 'aria-labelledby': 'rev-turning-title' } },
    h('h3', { attrs: { id: 'rev-turning-title' }, text: t('kit.tp.title') }),
    h('p', { class: 'hint', text: t('kit.tp.intro') }),
    points.length === 0 ? h('p', { text: t('kit.tp.none') }) : h('ol', { class: 'turning-points' }, ...points.map((p) =>
      h('li', { class: 'turning-point', attrs: { 'data-turning-day': p.day } },
        h('div', { class: 'tp-head' },
          h('strong', { class: 'tp-day', text: t('kit.tp.day', { day: p.day }) }),
          canBranch(p) ? h('button', { class: 'small no-print', attrs: { type: 'button', 'data-key': `branch-from:${p.day}`, 'data-branch-day': p.branchDay }, text: t('kit.tp.whatIf', { day: p.branchDay }), on: { click: () => onBranch(p) } }) : null),
        h('ul', { class: 'tp-reasons' }, ...p.reasons.map((r) => h('li', { text: reasonText(r, level) })))))));
}

/** The comparison's decision differences: day by day, each team's own orders and what followed. */
export function differencesSection(diffs: readonly DayDifference[], names: readonly string[], level: Level): HTMLElement {
  const L = lt(level);
  return h('section', { class: 'rev-section cmp-diffs', attrs: { 'aria-labelledby': 'cmp-diffs-title' } },
    h('h3', { attrs: { id: 'cmp-diffs-title' }, text: t('kit.diff.title') }),
    h('p', { class: 'hint', text: t('kit.diff.intro') }),
    diffs.length === 0 ? h('p', { text: t('kit.diff.none') }) : h('table', { class: 'rev-table cmp-diff-table' },
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: t('rev.colDay') }), ...names.map((n) => h('th', { attrs: { scope: 'col' }, text: n })))),
      h('tbody', {}, ...diffs.map((d) => h('tr', { attrs: { 'data-diff-day': d.day } },
        h('th', { attrs: { scope: 'row' }, class: 'fig', text: String(d.day) }),
        ...d.teams.map((tm) => h('td', {},
          tm.own.length ? h('ul', { class: 'diff-orders' }, ...tm.own.map((c) => h('li', { text: commandText(c, level) }))) : h('p', { class: 'hint', text: d.ordersDiffer ? t('kit.diff.nothingElse') : t('kit.diff.sameOrders') }),
          tm.ready === null ? h('p', { class: 'hint', text: t('kit.diff.over') }) : h('p', { class: 'diff-followed' },
            ...tm.events.map((e) => h('span', { class: e.deterred ? 'deterred' : 'landed', text: t(e.deterred ? 'kit.diff.deterred' : 'kit.diff.landed', { card: L.card(e.card).title, margin: Math.abs(e.margin) }) })),
            h('span', { text: t('kit.diff.figures', { ready: num(tm.ready), rung: rungName(tm.ladder ?? 0) }) })))))))));
}
