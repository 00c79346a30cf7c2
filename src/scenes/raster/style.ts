/**
 * The map's look in one place: an operations-room palette (docs/design.md section 13) — calm dark land
 * and sea, NATO blue for the coalition, orange for Moscow's pressure (the colour-blind-safe pair of
 * src/symbols PALETTE) — and the two typefaces the page ships.
 */
import { PALETTE } from '../../symbols/symbolKeys';

export const SANS = '"IBM Plex Sans", system-ui, sans-serif';
export const MONO = '"IBM Plex Mono", ui-monospace, monospace';

export const COLORS = {
  sea: '#0a1620',
  seaDeep: '#08121a',
  land: '#1b252f',
  /** guarantor and other allied states: a touch lighter than neutral land */
  allied: '#1f2a35',
  /** the protected party, subtly lifted toward the coalition's blue */
  ukraine: '#243647',
  /** Russia and Belarus: a darker, warmer tone, the side the pressure comes from */
  hostile: '#1e1b1e',
  coast: '#3b5163',
  border: '#5d6f80',
  ukraineBorder: '#7f9bb4',
  countryLabel: '#6f8293',
  seaLabel: '#3f6a8c',
  hostileLabel: '#8a6f62',
  occupiedHatch: 'rgba(214, 138, 82, 0.55)',
  occupiedTint: 'rgba(120, 88, 70, 0.28)',
  occupiedLabel: '#e0a274',
  breakawayHatch: 'rgba(196, 150, 110, 0.4)',
  breakawayLabel: '#b99a7e',
  road: '#7b8996',
  rail: '#b8c4cf',
  sea_route: '#4f94c8',
  air: '#8fcdf0',
  nodeFill: '#9fb0c0',
  nodeInk: '#0b1117',
  hubFill: '#e8ecef',
  label: '#c7d1da',
  hubLabel: '#eef2f5',
  halo: 'rgba(8, 13, 18, 0.92)',
  friendly: PALETTE.friendly,
  friendlyDark: PALETTE.friendlyDark,
  hostileInk: PALETTE.hostile,
  plate: 'rgba(9, 14, 20, 0.88)',
  route: '#e9f5fd',
} as const;

/** Allied states of the game: the guarantors plus the NATO and EU members on the map. */
export const ALLIED = new Set([
  'POL', 'EST', 'LVA', 'LTU', 'FIN', 'SWE', 'NOR', 'DNK', 'FRA', 'DEU', 'GBR', 'ROU', 'SVK', 'CZE', 'HUN', 'BGR',
  'NLD', 'BEL', 'LUX', 'AUT', 'SVN', 'HRV', 'ITA', 'MNE', 'ALB', 'MKD', 'CHE',
]);
export const HOSTILE = new Set(['RUS', 'BLR']);

export function countryFill(id: string): string {
  if (id === 'UKR') return COLORS.ukraine;
  if (HOSTILE.has(id)) return COLORS.hostile;
  return ALLIED.has(id) ? COLORS.allied : COLORS.land;
}

export function font(weight: 400 | 600, px: number, mono = false): string {
  return `${mono ? 500 : weight} ${px}px ${mono ? MONO : SANS}`;
}
