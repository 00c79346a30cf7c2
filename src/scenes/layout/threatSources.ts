/**
 * Where an axis's pressure comes from, when the level names it: "Kaliningrad", "Belarus and
 * Pskov", "Transnistria", "Black Sea". The generic North / East / South axes name no place and
 * keep their fixed bearings (axisGeometry.ts). Coordinates are the hostile side's seat of power
 * or garrison, in degrees.
 */
const PLACES: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/kaliningrad/i, 20.5, 54.7],
  [/pskov/i, 28.33, 57.82],
  [/narva|st\.? petersburg/i, 29.5, 59.5],
  [/transnistria|tiraspol/i, 29.6, 46.84],
  [/crimea|sevastopol/i, 34.1, 45.0],
  [/black sea/i, 31.8, 44.2],
  [/belarus|minsk/i, 27.56, 53.9],
  // Pressure on Western Ukraine comes over the Belarusian border from Brest and Pinsk, not from
  // the east: its arrow and its threats belong west of Kyiv.
  [/western ukraine|volhynia/i, 25.9, 52.0],
  [/bryansk/i, 34.36, 53.25],
];

/** The places named in an axis's name, averaged (lon, lat), or null when it names none. */
export function namedSource(name: string): [number, number] | null {
  const hits = PLACES.filter(([re]) => re.test(name));
  if (hits.length === 0) return null;
  const lon = hits.reduce((s, [, x]) => s + x, 0) / hits.length;
  const lat = hits.reduce((s, [, , y]) => s + y, 0) / hits.length;
  return [lon, lat];
}
