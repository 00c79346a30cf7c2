import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { watch } from '../watch';
import { createModal } from './modal';
import { displayControls, soundControls } from './settingsControls';

export function createSettingsDialog(store: GameStore, actions: Actions): HTMLDialogElement {
  const modal = createModal('settings', t('settings.title'), () => actions.toggle('settingsOpen', false));
  modal.body.append(soundControls(store, actions, 'set'), displayControls(store, actions, 'set'));
  watch(store, (s) => [s.ui.settingsOpen], (s) => modal.sync(s.ui.settingsOpen));
  return modal.el;
}
