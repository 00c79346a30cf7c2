/**
 * Loads the map's code (mountMap.ts and Phaser) without one long task: Phaser's modules are
 * evaluated in stages (tools/phaserStages.ts), each in a task of its own, before the map's own
 * module, which then evaluates only what is left. The code itself was preloaded (app/idlePrefetch.ts).
 */
import { stages } from 'virtual:phaser-stages';
import { nextTask } from '../schedule/slices';

export async function loadMountMap(): Promise<typeof import('./mountMap')> {
  for (const stage of stages) {
    await stage();
    await nextTask();
  }
  return import('./mountMap');
}
