/** What each role controls, in words, for the handover screen, the briefing and the handouts. */
import type { Team } from '../../session/turns';
import { STAFF_COST } from '../../engine';
import type { Level } from '../../levels/schema';
import { t } from '../../i18n';
import { nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';

/** The orders a team gives, one line each with their staff cost. */
export function roleDuties(level: Level, team: Team): string[] {
  const out: string[] = [];
  if (team.roles.includes('lead')) {
    out.push(
      t('duty.exercise', { n: STAFF_COST.exercise }), t('duty.preposition', { n: STAFF_COST.preposition }),
      t('duty.plan', { n: STAFF_COST.plan }), t('duty.protocol', { n: STAFF_COST.protocol }),
      t('duty.summit', { n: STAFF_COST.summit }), t('duty.reassure', { n: STAFF_COST.reassure }), t('duty.commit', { n: STAFF_COST.commit }),
    );
  }
  const nations = team.roles.filter((r) => level.nations.some((n) => n.id === r));
  if (nations.length) {
    out.push(t('duty.forces', { nations: nations.map(nationName).join(', ') }));
    out.push(t('duty.activate', { n: STAFF_COST.activate }), t('duty.move', { n: STAFF_COST.move }), t('duty.airlift', { n: STAFF_COST.airlift }));
  }
  if (team.roles.includes('us')) {
    out.push(t('duty.allocate', { n: STAFF_COST.allocate }), t('duty.surge', { n: STAFF_COST.surge }));
  }
  return out;
}

/** The formations a team of ministers commands (for its handout). */
export function teamFormations(level: Level, team: Team): Array<{ nation: string; name: string; strength: number; notice: number; hr: boolean; threshold: number }> {
  return level.nations.filter((n) => team.roles.includes(n.id)).flatMap((n) => n.roster.map((f) => ({
    nation: n.id, name: lt(level).formation(f.id), strength: f.strength, notice: f.notice, hr: f.hr, threshold: f.threshold,
  })));
}
