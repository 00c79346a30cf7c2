/**
 * An event resolving, as a card on its axis that turns over: the front shows the contest
 * (credibility against resolve), the back the verdict and what it did. DOM over the map, animated
 * by moments.css (the page's policy allows no inline styles: places are set through the CSSOM).
 * It never blocks play: the cards take no input but a click, which dismisses one; any key or
 * press on the map clears them all (as it finishes the glides). Several events queue: one card
 * at a time on each axis, the axes side by side. With reduced motion the cards appear already
 * turned, without movement (base.css and the media query in moments.css).
 */
import type { LogEntry } from '../engine';
import { t } from '../i18n';
import { factText } from '../i18n/engineText';
import { lt } from '../i18n/levelText';
import type { Level } from '../levels/schema';

type EventEntry = Extract<LogEntry, { t: 'event' }>;

/** How long a card stays (the turn starts at 0.7 s and takes half a second). */
export const FLIP_LIFE_MS = 3400;
const LEAVE_MS = 260;

export interface FlipCard {
  /** where on the map's screen, in CSS pixels */
  x: number;
  y: number;
  axis: string;
  title: string;
  contest: string;
  deterred: boolean;
  verdict: string;
  effect: string;
}

/** A fired event's card, its words in the current language. Pure but for the catalog. */
export function flipCardOf(e: EventEntry, level: Level, at: readonly [number, number]): FlipCard {
  const L = lt(level);
  const effects = e.effects.map((f) => factText(f, level)).filter((s) => s.length > 0);
  return {
    x: at[0],
    y: at[1],
    axis: L.axis(e.axis),
    title: L.card(e.card).title,
    contest: e.deterrable ? t('flip.contest', { credibility: e.credibility.total, resolve: e.resolve.total }) : t('flip.cannotDeter'),
    deterred: e.deterred,
    verdict: t(e.deterred ? 'mapText.deterred' : 'mapText.notDeterred'),
    effect: effects.length ? effects.join(' ') : t('flip.noEffect'),
  };
}

export class EventFlips {
  private readonly host: HTMLElement;
  private readonly queues = new Map<string, FlipCard[]>();
  private readonly showing = new Map<string, { el: HTMLElement; timer: ReturnType<typeof setTimeout> }>();
  private readonly leaving = new Set<ReturnType<typeof setTimeout>>();
  private shownAt = 0;
  /**
   * The host's size, kept by a ResizeObserver: the cards go up in the same task as End day, after
   * the lists and the HUD have changed, and reading clientWidth there would make the browser lay
   * out the whole page at once, inside that task (about half of End day's main-thread time).
   */
  private size: { w: number; h: number } | null = null;
  private readonly resizes: ResizeObserver | null;

  constructor(parent: HTMLElement) {
    this.host = document.createElement('div');
    this.host.className = 'event-flips';
    // The day's report and the announcer say the same in words; the cards are for the eye.
    this.host.setAttribute('aria-hidden', 'true');
    this.host.dataset.eventFlips = '';
    parent.append(this.host);
    this.resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) this.size = { w: box.width, h: box.height };
    });
    this.resizes?.observe(this.host);
  }

  /** The host's size: the observer's, or (before its first report) read once from the page. */
  private hostSize(): { w: number; h: number } {
    this.size ??= { w: this.host.clientWidth, h: this.host.clientHeight };
    return this.size;
  }

  /** Queue the day's cards: each axis shows its own one after another. */
  show(cards: readonly FlipCard[]): void {
    if (cards.length) this.shownAt = performance.now();
    for (const c of cards) {
      const q = this.queues.get(c.axis) ?? [];
      q.push(c);
      this.queues.set(c.axis, q);
    }
    for (const axis of this.queues.keys()) if (!this.showing.has(axis)) this.next(axis);
  }

  private next(axis: string): void {
    const card = this.queues.get(axis)?.shift();
    if (!card) {
      this.queues.delete(axis);
      return;
    }
    const el = this.cardElement(card);
    el.addEventListener('click', () => this.dismiss(axis));
    this.host.append(el);
    this.showing.set(axis, { el, timer: setTimeout(() => this.dismiss(axis), FLIP_LIFE_MS) });
  }

  private dismiss(axis: string): void {
    const s = this.showing.get(axis);
    if (!s) return;
    clearTimeout(s.timer);
    this.showing.delete(axis);
    s.el.classList.add('leaving');
    const gone = setTimeout(() => { s.el.remove(); this.leaving.delete(gone); }, LEAVE_MS);
    this.leaving.add(gone);
    this.next(axis);
  }

  private cardElement(c: FlipCard): HTMLElement {
    const div = (cls: string, text?: string) => {
      const d = document.createElement('div');
      d.className = cls;
      if (text !== undefined) d.textContent = text;
      return d;
    };
    const el = div('event-flip');
    el.dataset.verdict = c.deterred ? 'deterred' : 'landed';
    el.title = t('flip.dismiss');
    const front = div('flip-face flip-front');
    front.append(div('flip-axis', c.axis), div('flip-title', c.title), div('flip-contest', c.contest));
    const back = div('flip-face flip-back');
    back.append(div('flip-axis', c.axis), div('flip-verdict', c.verdict), div('flip-title', c.title), div('flip-contest', c.contest), div('flip-effect', c.effect));
    const inner = div('flip-inner');
    inner.append(front, back);
    el.append(inner);
    // Keep the whole card on the map: its centre at least half a card from each edge.
    const { w: W, h: H } = this.hostSize();
    const halfW = 130;
    const halfH = 80;
    const x = W > 2 * halfW ? Math.min(Math.max(c.x, halfW), W - halfW) : W / 2;
    const y = H > 2 * halfH ? Math.min(Math.max(c.y, halfH), H - halfH) : H / 2;
    el.style.setProperty('left', `${Math.round(x)}px`);
    el.style.setProperty('top', `${Math.round(y)}px`);
    return el;
  }

  /**
   * A key or a press skips the cards — but not ones that this very key put up (E ends the day and
   * shows its cards before the map hears the key), so only cards older than a moment go.
   */
  skip(): void {
    if (this.showing.size === 0) return;
    if (performance.now() - this.shownAt < 150) return;
    this.finishAll();
  }

  /** Clear every card and the queue (a new day, leaving the map). */
  finishAll(): void {
    for (const s of this.showing.values()) { clearTimeout(s.timer); s.el.remove(); }
    this.showing.clear();
    this.queues.clear();
    for (const g of this.leaving) clearTimeout(g);
    this.leaving.clear();
    this.host.replaceChildren();
  }

  get busy(): boolean {
    return this.showing.size > 0;
  }

  dispose(): void {
    this.finishAll();
    this.resizes?.disconnect();
    this.host.remove();
  }
}
