import { isLanguageCode } from '../i18n';

/**
 * Player settings, remembered in localStorage. Storage may be full, disabled or hold garbage
 * (an old version, a hand edit): every read falls back to the defaults field by field and every
 * write failure is reported, never thrown.
 */
export interface Settings {
  volume: number;
  muted: boolean;
  ambient: boolean;
  reducedMotion: boolean;
  /** 1 = normal; up to 1.6 for a projector */
  textScale: number;
  /** show the intel estimate (credibility vs resolve) on event markers */
  showIntel: boolean;
  /** the tutorial's "next step" tips */
  tips: boolean;
  renderer: 'auto' | 'webgl' | 'canvas';
  /** the interface language (a file in src/i18n/lang/) */
  lang: string;
  /** for a projector: the speedrun timer hidden, text large, the map given most of the screen */
  presentation: boolean;
  /** the right panel (coach, orders, threats, day reports) folded away: the map takes its width */
  panelCollapsed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  volume: 0.7, muted: false, ambient: true, reducedMotion: false, textScale: 1, showIntel: true, tips: true, renderer: 'auto', lang: 'en', presentation: false, panelCollapsed: false,
};

/** Presentation mode's text size at least (a projector at the back of a classroom). */
export const PRESENTATION_TEXT_SCALE = 1.3;

/** The text size the page and the map are drawn at: the setting, raised in presentation mode. */
export function shownTextScale(s: Pick<Settings, 'textScale' | 'presentation'>): number {
  return s.presentation ? Math.max(s.textScale, PRESENTATION_TEXT_SCALE) : s.textScale;
}

const KEY = 'guarantor.settings.v1';

/** `defaults` lets the page start from what the system asks for (e.g. reduced motion) on a first visit. */
export function readSettings(storage: Pick<Storage, 'getItem'> | null, defaults: Settings = DEFAULT_SETTINGS): Settings {
  let raw: unknown = null;
  try {
    const text = storage?.getItem(KEY);
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const num = (v: unknown, lo: number, hi: number, d: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : d);
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const d = defaults;
  return {
    volume: num(o.volume, 0, 1, d.volume),
    muted: bool(o.muted, d.muted),
    ambient: bool(o.ambient, d.ambient),
    reducedMotion: bool(o.reducedMotion, d.reducedMotion),
    textScale: num(o.textScale, 0.8, 1.6, d.textScale),
    showIntel: bool(o.showIntel, d.showIntel),
    tips: bool(o.tips, d.tips),
    renderer: o.renderer === 'webgl' || o.renderer === 'canvas' || o.renderer === 'auto' ? o.renderer : d.renderer,
    lang: isLanguageCode(o.lang) ? o.lang : d.lang,
    presentation: bool(o.presentation, d.presentation),
    panelCollapsed: bool(o.panelCollapsed, d.panelCollapsed),
  };
}

/** Keep the settings; on failure the storage error's name (QuotaExceededError...) for the message. */
export function writeSettings(storage: Pick<Storage, 'setItem'> | null, s: Settings): string | null {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
    return null;
  } catch (e) {
    return (e as Error).name;
  }
}
