/**
 * Grid clustering for maps: at a zoom level, points whose Web Mercator pixel
 * positions fall in the same square cell are drawn as one cluster (at their
 * mean position, with their count). O(n) per zoom level, no dependency;
 * enough for tens of thousands of points.
 */

export interface GeoPoint {
  id: string
  lat: number
  lng: number
}

export interface Cluster<P extends GeoPoint> {
  /** Stable for the same cell and zoom. */
  key: string
  lat: number
  lng: number
  count: number
  members: P[]
  /** South-west and north-east corners of the members. */
  bounds: [[number, number], [number, number]]
}

const TILE = 256
const MAX_LAT = 85.05112878

/** A point's position in pixels of the whole world map at `zoom` (256 px tiles, Web Mercator). */
export function project(lat: number, lng: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat))
  const sin = Math.sin((clamped * Math.PI) / 180)
  const x = ((lng + 180) / 360) * size
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size
  return [x, y]
}

interface Cell<P> {
  cx: number
  cy: number
  members: P[]
  lat: number
  lng: number
  s: number
  w: number
  n: number
  e: number
  mergedInto?: Cell<P>
}

function absorb<P>(into: Cell<P>, other: Cell<P>) {
  into.members.push(...other.members)
  into.lat += other.lat
  into.lng += other.lng
  into.s = Math.min(into.s, other.s)
  into.n = Math.max(into.n, other.n)
  into.w = Math.min(into.w, other.w)
  into.e = Math.max(into.e, other.e)
  other.mergedInto = into
}

/**
 * The clusters of `points` at `zoom`, each cell `cellSize` pixels square;
 * biggest first. A cluster sits at its members' mean position, so two in
 * neighbouring cells can land on top of each other: those closer than
 * half a cell are merged (the bigger absorbs the smaller).
 */
export function clusterPoints<P extends GeoPoint>(points: readonly P[], zoom: number, cellSize = 60): Cluster<P>[] {
  const cells = new Map<string, Cell<P>>()
  const z = Math.max(0, Math.round(zoom))
  for (const point of points) {
    const [x, y] = project(point.lat, point.lng, z)
    const cx = Math.floor(x / cellSize)
    const cy = Math.floor(y / cellSize)
    const key = `${cx}:${cy}`
    const cell = cells.get(key)
    if (cell) absorb(cell, { cx, cy, members: [point], lat: point.lat, lng: point.lng, s: point.lat, n: point.lat, w: point.lng, e: point.lng })
    else cells.set(key, { cx, cy, members: [point], lat: point.lat, lng: point.lng, s: point.lat, n: point.lat, w: point.lng, e: point.lng })
  }
  const centre = (c: Cell<P>) => project(c.lat / c.members.length, c.lng / c.members.length, z)
  const bySize = [...cells.values()].sort((a, b) => b.members.length - a.members.length || a.cx - b.cx || a.cy - b.cy)
  for (const cell of bySize) {
    if (cell.mergedInto) continue
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const other = (dx || dy) && cells.get(`${cell.cx + dx}:${cell.cy + dy}`)
        if (!other || other.mergedInto || other === cell) continue
        const [ax, ay] = centre(cell)
        const [bx, by] = centre(other)
        if (Math.hypot(ax - bx, ay - by) < cellSize / 2) absorb(cell, other)
      }
    }
  }
  const clusters: Cluster<P>[] = []
  for (const cell of bySize) {
    if (cell.mergedInto) continue
    const count = cell.members.length
    clusters.push({
      key: `${z}:${cell.cx}:${cell.cy}`,
      lat: cell.lat / count,
      lng: cell.lng / count,
      count,
      members: cell.members,
      bounds: [
        [cell.s, cell.w],
        [cell.n, cell.e],
      ],
    })
  }
  return clusters.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

/** Corners enclosing every point (with a little padding), for fitting a map to them. */
export function pointsBounds(points: readonly GeoPoint[]): [[number, number], [number, number]] {
  let s = Infinity
  let w = Infinity
  let n = -Infinity
  let e = -Infinity
  for (const p of points) {
    s = Math.min(s, p.lat)
    n = Math.max(n, p.lat)
    w = Math.min(w, p.lng)
    e = Math.max(e, p.lng)
  }
  const pad = points.length === 1 ? 0.05 : 0.02
  return [
    [s - pad, w - pad],
    [n + pad, e + pad],
  ]
}
