import type { Team } from '../../session/turns';
import { t } from '../../i18n';
import { nationCode, nationName } from '../../i18n/engineText';

/** A team by the roles it holds: "Coalition lead", "Ministers: Poland, Germany", "US liaison". */
export function teamName(team: Team): string {
  const parts: string[] = [];
  if (team.roles.includes('lead')) parts.push(t('role.lead'));
  if (team.roles.includes('moscow')) parts.push(t('role.moscow'));
  const nations = team.roles.filter((r) => r !== 'lead' && r !== 'us' && r !== 'moscow');
  if (nations.length === 1) parts.push(t('role.minister', { nation: nationName(nations[0]!) }));
  else if (nations.length > 1) parts.push(t('role.ministers', { nations: nations.map(nationName).join(', ') }));
  if (team.roles.includes('us')) parts.push(t('role.us'));
  return parts.join(' + ') || team.id;
}

/** Whose order this role gives, as a short tag: "Lead", "PL", "US". */
export function roleTag(role: string): string {
  if (role === 'lead') return t('role.leadShort');
  if (role === 'us') return t('role.usShort');
  if (role === 'facilitator') return t('role.facilitatorShort');
  if (role === 'moscow') return t('role.moscowShort');
  return nationCode(role);
}
