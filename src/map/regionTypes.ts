/**
 * Types of assets/map/region.json, the pre-projected map of the play area.
 *
 * Everything is already in map units (a fixed design space of `width` × `height`, origin top-left,
 * y down), so a renderer only scales one transform and never projects a coastline at run time.
 * Coordinates are integers stored as flat arrays [x0, y0, x1, y1, ...] because Phaser's Graphics
 * and earcut both want flat number arrays, and flat arrays are the smallest JSON.
 */

/** A closed ring as a flat coordinate list; the first point is NOT repeated at the end. */
export type FlatRing = number[];

/** An open polyline as a flat coordinate list [x0, y0, x1, y1, ...]. */
export type FlatLine = number[];

/** One polygon: the first ring is the outer boundary, any further rings are holes. */
export type FlatPolygon = FlatRing[];

/** The parameters of d3-geo's geoConicConformal, enough to project lon/lat identically at run time. */
export interface ConicConformalParams {
  type: 'conicConformal';
  /** Standard parallels in degrees. */
  parallels: [number, number];
  /** d3 rotate in degrees: [-centralMeridian, 0]; only a longitude rotation is supported. */
  rotate: [number, number];
  /** d3 center in degrees (relative to the rotated graticule). */
  center: [number, number];
  scale: number;
  translate: [number, number];
}

export interface RegionCountry {
  /** ISO 3166-1 alpha-3 code ('UKR', 'POL'...); Kosovo uses the common user-assigned 'XKX'. */
  id: string;
  /** English short name. */
  name: string;
  /**
   * A point well inside the visible part of the country, for its name label (pole of inaccessibility
   * of its largest visible part, kept 45 units from the view edge when the country allows it).
   */
  label: [number, number];
  /**
   * Area of the country's visible part (inside the width × height view), in square map units.
   * 0 for a country drawn only in the clip margin (e.g. Turkey); renderers should skip labels of
   * slivers (say, area < 2000: Shetland for the UK, Liechtenstein, Kosovo).
   */
  area: number;
  /** Polygons clipped a little outside the view, so no false edge shows at the border of the view. */
  rings: FlatPolygon[];
}

export interface OccupiedArea {
  /** Stable key: 'crimea' or 'east-south'. */
  id: string;
  /** English description for tooltips and the legend. */
  name: string;
  rings: FlatPolygon[];
}

/**
 * A Russian-backed breakaway region inside a country whose internationally recognised territory it
 * remains (Transnistria, Moldova): drawn as a light hatch over that country, never as a border.
 */
export interface BreakawayArea {
  /** Stable key: 'transnistria'. */
  id: string;
  /** English description for tooltips and the legend. */
  name: string;
  /** ISO alpha-3 of the country it belongs to ('MDA'). */
  country: string;
  rings: FlatPolygon[];
}

export interface RegionAsset {
  /** Bumped when the shape of this file changes. */
  version: number;
  /** Where the data comes from and what was changed in it (for the credits screen). */
  source: string;
  width: number;
  height: number;
  projection: ConicConformalParams;
  /** Sorted by id. Crimea is part of Ukraine here (internationally recognised borders). */
  countries: RegionCountry[];
  /** International land borders only. */
  borders: FlatLine[];
  /** Lines where land meets the sea. Like everything else, clipped a little outside the view. */
  coast: FlatLine[];
  /** Territory of Ukraine under Russian occupation; drawn as a hatch over Ukraine. */
  occupied: OccupiedArea[];
  /** Breakaway regions, drawn over the country they belong to. */
  breakaway: BreakawayArea[];
}
