import { canMove, indexLevel, winProgress } from '../engine';
import type { GameStore } from '../store/gameStore';
import type { GameSession } from '../session/session';
import { t } from '../i18n';
import { lt } from '../i18n/levelText';
import { h, swap } from './dom';
import { formationFacts, kindsText } from './lists/formationFacts';
import { eventFacts } from './threats/eventFacts';
import { watch } from './watch';

/**
 * The hover card for the map: the map reports what the pointer is over (ui.hover, page pixels) and
 * this shows its facts as DOM text. Keyboard users get the same facts in the order panel.
 */
export function createTooltip(store: GameStore): HTMLElement {
  const el = h('div', { class: 'tooltip', attrs: { role: 'tooltip', id: 'map-tooltip' } });
  el.hidden = true;
  watch(store, (s) => [s.ui.hover, s.session?.state, s.ui.screen, s.settings.showIntel], (s) => {
    const hov = s.ui.hover;
    const g = s.session;
    const lines = hov && g && s.ui.screen === 'game' ? describeHover(g, hov.kind, hov.id, s.settings.showIntel) : null;
    el.hidden = !lines;
    if (!lines || !hov) return;
    swap(el, [h('strong', { text: lines.title }), h('dl', {}, ...lines.facts.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]))]);
    // Keep the card on screen: flip it to the left or above the pointer near the edges.
    const pad = 14;
    const w = el.offsetWidth;
    const ht = el.offsetHeight;
    const x = hov.x + pad + w > window.innerWidth ? hov.x - pad - w : hov.x + pad;
    const y = hov.y + pad + ht > window.innerHeight ? hov.y - pad - ht : hov.y + pad;
    el.style.left = `${Math.max(0, x)}px`;
    el.style.top = `${Math.max(0, y)}px`;
  });
  return el;
}

function describeHover(g: GameSession, kind: string, id: string, showIntel: boolean): { title: string; facts: Array<[string, string]> } | null {
  const ix = indexLevel(g.level);
  const st = g.state;
  switch (kind) {
    case 'formation': {
      const fi = ix.formation.get(id);
      if (fi === undefined) return null;
      return { title: lt(g.level).formation(ix.formations[fi]!.id), facts: [...formationFacts(st, ix, fi, [...g.log, ...g.todayLog]), ...stackFact(g, st.formations[fi]!.node)] };
    }
    case 'node': {
      const ni = ix.node.get(id);
      if (ni === undefined) return null;
      const n = g.level.nodes[ni]!;
      const here = st.formations.filter((f) => f.node === ni && f.status !== 'moving').length;
      return {
        title: lt(g.level).node(n.id),
        facts: [
          [t('facts.kind'), kindsText(n.kinds)],
          [t('facts.stagesFor'), n.axes.length ? n.axes.map((a) => lt(g.level).axis(a)).join(', ') : t('facts.notStaging')],
          [t('facts.formationsHere'), String(here)],
          ...stackFact(g, ni),
        ],
      };
    }
    case 'axis': {
      const a = winProgress(st, ix).axes.find((x) => x.id === id);
      const def = g.level.axes[ix.axis.get(id) ?? -1];
      if (!a || !def) return null;
      return { title: t('axis.title', { name: lt(g.level).axis(def.id) }), facts: [[t('facts.credibility'), t('facts.credOf', { credibility: a.credibility, bar: a.bar })], [t('facts.about'), lt(g.level).axisDescription(def.id)]] };
    }
    case 'event': return eventFacts(g, id, showIntel);
    default: return null;
  }
}

/** Where two or more units could leave together, the hover says so and how (a Ctrl-drag). */
function stackFact(g: GameSession, node: number): Array<[string, string]> {
  if (g.viewOnly) return [];
  const n = g.state.formations.filter((f) => f.node === node && canMove(f)).length;
  return n >= 2 ? [[t('facts.stackReady'), t('facts.stackReadyValue', { n })]] : [];
}
