/**
 * Phaser adds a `visibilitychange` listener to the document for every game it starts and never
 * removes it (its VisibilityHandler has no teardown; it runs in Game.start, once the textures are
 * ready, right after the config's postBoot), and it sets window.onblur/onfocus. Each listener
 * holds the whole destroyed game, so every game started leaked one (224 → 264 listeners over 40
 * start/quit cycles). This records the document listeners added between `start` and the end of
 * that task so that `release` can take them off again when the map is destroyed.
 */
type Added = [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined];

export interface ListenerRecorder {
  /** record from now to the end of the current task (a microtask later the document is left alone) */
  start(): void;
  /** remove every listener recorded, and Phaser's window.onblur/onfocus if still in place */
  release(): void;
}

export function documentListenerRecorder(): ListenerRecorder {
  const added: Added[] = [];
  let stop: (() => void) | null = null;
  let blur: Window['onblur'] = null;
  let focus: Window['onfocus'] = null;
  let recorded = false;
  return {
    start() {
      if (stop) return;
      const own = Object.prototype.hasOwnProperty.call(document, 'addEventListener');
      const previous = document.addEventListener;
      const before = { blur: window.onblur, focus: window.onfocus };
      document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        if (listener) added.push([type, listener, options]);
        return previous.call(this, type, listener as EventListenerOrEventListenerObject, options);
      } as typeof document.addEventListener;
      stop = () => {
        // Put back exactly what was there: an own property (someone's wrapper) or the prototype's.
        if (own) document.addEventListener = previous;
        else delete (document as { addEventListener?: unknown }).addEventListener;
        if (window.onblur !== before.blur) blur = window.onblur;
        if (window.onfocus !== before.focus) focus = window.onfocus;
        recorded = true;
      };
      queueMicrotask(() => { stop?.(); });
    },
    release() {
      if (stop && !recorded) stop();
      for (const [type, listener, options] of added.splice(0)) document.removeEventListener(type, listener, options);
      if (blur && window.onblur === blur) window.onblur = null;
      if (focus && window.onfocus === focus) window.onfocus = null;
    },
  };
}
