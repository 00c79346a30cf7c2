/**
 * The English of the classroom's own screens: the facilitator guide, the sources page, the kit
 * (handouts, lesson clock, turning points) and the national briefs. They belong to the English
 * catalogue, but only those screens show them, so they load with those screens' code (each
 * module that words them imports this one) and the title and a first game never download them.
 * A translation carries all of them in its own file, as before.
 */
import { UI_EN } from './lang/en';
import { UI_EN_BRIEFS } from './en.briefs';
import { UI_EN_GUIDE } from './en.guide';
import { UI_EN_KIT } from './en.kit';
import { UI_EN_SOURCES } from './en.sources';

export const UI_EN_SCREENS = { ...UI_EN_SOURCES, ...UI_EN_KIT, ...UI_EN_GUIDE, ...UI_EN_BRIEFS } as const;

/** Every English interface string: the start-up catalogue and the screens' (for the tests of translations). */
export const UI_EN_ALL = { ...UI_EN, ...UI_EN_SCREENS } as const;

Object.assign(UI_EN, UI_EN_SCREENS);
