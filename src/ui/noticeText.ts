/**
 * Words the store's text-as-data (notices, refusals) in the current language, at the moment it is
 * shown: a language change rewords what is on screen instead of leaving it in the old language.
 */
import { t } from '../i18n';
import { catalogText } from '../i18n/catalogs';
import { commandText, refusalText } from '../i18n/engineText';
import type { Level } from '../levels/schema';
import { isStoreRefusal, type NoticeParams, type NoticeText, type OrderRefusal } from '../store/gameStore';

export function noticeText(n: NoticeText): string {
  if ('plain' in n) return n.plain;
  if ('ui' in n) return t(n.ui, wordParams(n.params));
  if ('catalog' in n) return catalogText(n.catalog, n.key, n.params);
  if ('order' in n) return commandText(n.order, n.level);
  return orderRefusalText(n.refusal, n.level);
}

/** Why an order was not taken: the store's own reasons, or the engine's refusal in the current language. */
export function orderRefusalText(r: OrderRefusal, level: Level | null): string {
  if (isStoreRefusal(r)) return r.code === 'noGame' ? t('notices.noGame') : catalogText('replay', 'watching');
  return level ? refusalText(r, level) : r.text;
}

function wordParams(params: NoticeParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = typeof v === 'object' ? noticeText(v) : v;
  return out;
}
