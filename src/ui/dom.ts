/**
 * A small element builder. The game renders level and replay text, which may come from a shared
 * file, so every string goes in through textContent or setAttribute, never as markup.
 */
export type Child = Node | string | number | null | undefined | false;

type Handlers = { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };

export interface Props {
  class?: string;
  text?: string;
  /** attributes; true sets an empty attribute, false/null/undefined leave it out */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Handlers;
  /**
   * CSS properties, set through the CSSOM (el.style): a `style` attribute is inline style, which
   * the page's Content-Security-Policy refuses, while the CSSOM is allowed.
   */
  style?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.attrs) {
    for (const [name, v] of Object.entries(props.attrs)) {
      if (v === false || v === null || v === undefined) continue;
      el.setAttribute(name, v === true ? '' : String(v));
    }
  }
  if (props.style) {
    for (const [name, v] of Object.entries(props.style)) el.style.setProperty(name, v);
  }
  if (props.on) {
    for (const [type, fn] of Object.entries(props.on)) el.addEventListener(type, fn as EventListener);
  }
  if (props.text !== undefined) el.textContent = props.text;
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/**
 * Replace a container's children without losing the keyboard focus: a panel re-rendered after an
 * order must leave the player on the same button (matched by data-key), or on the container when
 * that button is gone, never on <body>.
 */
export function swap(container: HTMLElement, children: Child[]): void {
  const active = document.activeElement;
  const hadFocus = active instanceof HTMLElement && container.contains(active);
  const key = hadFocus ? (active as HTMLElement).dataset.key : undefined;
  container.replaceChildren();
  append(container, children);
  if (!hadFocus) return;
  const again = key ? container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
  if (again && !again.hasAttribute('disabled')) again.focus({ preventScroll: true });
  else focusFallback(container);
}

function focusFallback(container: HTMLElement): void {
  const first = container.querySelector<HTMLElement>('button:not([disabled]), input, select, [tabindex="-1"]');
  (first ?? container).focus({ preventScroll: true });
}
