/**
 * Lambert conformal conic projection, written out so the browser bundle needs no d3-geo.
 *
 * It follows d3-geo's geoConicConformal step for step (rotate → raw conic → scale/translate with
 * the same center handling and the same clamping near the pole), so a node placed at real lon/lat
 * lands on exactly the spot where tools/build-map.ts drew the coastlines with d3.
 * Pure and dependency-free: safe in the engine, the CLI and tests.
 */
import type { ConicConformalParams } from './regionTypes';

export type Project = (lon: number, lat: number) => [number, number];
export type Unproject = (x: number, y: number) => [number, number];

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;
const HALF_PI = Math.PI / 2;
const TAU = Math.PI * 2;
// d3's epsilon: latitudes closer than this to the pole are clamped instead of going to infinity.
const EPSILON = 1e-6;

interface Raw {
  forward(x: number, y: number): [number, number];
  inverse(x: number, y: number): [number, number];
}

function tany(y: number): number {
  return Math.tan((HALF_PI + y) / 2);
}

/** The conic on the unit sphere, parallels in radians (d3's conicConformalRaw). */
function conicConformalRaw(y0: number, y1: number): Raw {
  const cy0 = Math.cos(y0);
  const n = y0 === y1 ? Math.sin(y0) : Math.log(cy0 / Math.cos(y1)) / Math.log(tany(y1) / tany(y0));
  // n = 0 would be Mercator in d3; the map never uses parallels symmetric about the equator.
  if (!n) throw new Error('conicConformal: parallels symmetric about the equator are not supported');
  const f = (cy0 * Math.pow(tany(y0), n)) / n;
  return {
    forward(x, y) {
      let yy = y;
      if (f > 0) {
        if (yy < -HALF_PI + EPSILON) yy = -HALF_PI + EPSILON;
      } else if (yy > HALF_PI - EPSILON) {
        yy = HALF_PI - EPSILON;
      }
      const r = f / Math.pow(tany(yy), n);
      return [r * Math.sin(n * x), f - r * Math.cos(n * x)];
    },
    inverse(x, y) {
      const fy = f - y;
      const r = Math.sign(n) * Math.sqrt(x * x + fy * fy);
      let l = Math.atan2(x, Math.abs(fy)) * Math.sign(fy);
      if (fy * n < 0) l -= Math.PI * Math.sign(x) * Math.sign(fy);
      return [l / n, 2 * Math.atan(Math.pow(f / r, 1 / n)) - HALF_PI];
    },
  };
}

/** Longitude rotation with d3's wrap into [-π, π]. */
function rotateLambda(lambda: number, delta: number): number {
  let l = lambda + delta;
  if (Math.abs(l) > Math.PI) l -= Math.round(l / TAU) * TAU;
  return l;
}

interface Prepared {
  raw: Raw;
  k: number;
  dx: number;
  dy: number;
  deltaLambda: number;
}

function prepare(params: ConicConformalParams): Prepared {
  if (params.type !== 'conicConformal') throw new Error(`unsupported projection type ${String(params.type)}`);
  if (params.rotate[1] % 360 !== 0) throw new Error('only a longitude rotation is supported');
  const raw = conicConformalRaw(params.parallels[0] * RAD, params.parallels[1] * RAD);
  const k = params.scale;
  // d3 recenter(): the center point (not rotated) must land on translate.
  const c = raw.forward((params.center[0] % 360) * RAD, (params.center[1] % 360) * RAD);
  const dx = params.translate[0] - k * c[0];
  const dy = params.translate[1] + k * c[1];
  // d3 stores the rotation as (degrees % 360) in radians, then reduces it modulo τ.
  const deltaLambda = ((params.rotate[0] % 360) * RAD) % TAU;
  return { raw, k, dx, dy, deltaLambda };
}

/** lon/lat in degrees → map units (x right, y down), identical to d3's projection([lon, lat]). */
export function makeProjection(params: ConicConformalParams): Project {
  const { raw, k, dx, dy, deltaLambda } = prepare(params);
  return (lon, lat) => {
    const lambda = deltaLambda ? rotateLambda(lon * RAD, deltaLambda) : lon * RAD;
    const p = raw.forward(lambda, lat * RAD);
    return [dx + k * p[0], dy - k * p[1]];
  };
}

/** Map units → lon/lat in degrees (d3's projection.invert), e.g. to show the coordinates under the pointer. */
export function makeInverseProjection(params: ConicConformalParams): Unproject {
  const { raw, k, dx, dy, deltaLambda } = prepare(params);
  return (x, y) => {
    const p = raw.inverse((x - dx) / k, (dy - y) / k);
    const lambda = deltaLambda ? rotateLambda(p[0], -deltaLambda) : p[0];
    return [lambda * DEG, p[1] * DEG];
  };
}
