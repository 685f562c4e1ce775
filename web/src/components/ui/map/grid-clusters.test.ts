import { describe, expect, it } from 'vitest'
import { clusterPoints, pointsBounds, project } from './grid-clusters'

const delhi = [
  { id: 'd1', lat: 28.61, lng: 77.21 },
  { id: 'd2', lat: 28.62, lng: 77.23 },
  { id: 'd3', lat: 28.6, lng: 77.19 },
]
const mumbai = [
  { id: 'm1', lat: 19.07, lng: 72.87 },
  { id: 'm2', lat: 19.08, lng: 72.88 },
]

describe('project', () => {
  it('puts the map origin at the top left and the equator in the middle', () => {
    expect(project(0, -180, 0)).toEqual([0, 128])
    const [x, y] = project(0, 0, 1)
    expect(x).toBeCloseTo(256)
    expect(y).toBeCloseTo(256)
    // Beyond Web Mercator's limit the position is clamped, not infinite.
    expect(Number.isFinite(project(90, 0, 3)[1])).toBe(true)
  })
})

describe('clusterPoints', () => {
  const points = [...delhi, ...mumbai]

  it('groups nearby points into one cluster per city when zoomed out, biggest first', () => {
    const clusters = clusterPoints(points, 5)
    expect(clusters.map((c) => c.count)).toEqual([3, 2])
    const [first] = clusters
    expect(first!.members.map((m) => m.id).sort()).toEqual(['d1', 'd2', 'd3'])
    expect(first!.lat).toBeCloseTo(28.61)
    expect(first!.lng).toBeCloseTo(77.21)
    expect(first!.bounds).toEqual([
      [28.6, 77.19],
      [28.62, 77.23],
    ])
  })

  it('puts everything in one cluster when one cell covers the world', () => {
    expect(clusterPoints(points, 0, 256).map((c) => c.count)).toEqual([5])
  })

  it('splits clusters as the map zooms in, until each point stands alone', () => {
    const counts = [5, 8, 12, 16].map((zoom) => clusterPoints(points, zoom).length)
    expect(counts[0]).toBe(2)
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!)
    expect(counts[counts.length - 1]).toBe(5)
  })

  it('keeps every point exactly once', () => {
    for (const zoom of [0, 4, 9, 14]) {
      const ids = clusterPoints(points, zoom).flatMap((c) => c.members.map((m) => m.id))
      expect(ids.sort()).toEqual(points.map((p) => p.id).sort())
    }
  })

  it('merges clusters of neighbouring cells that would be drawn on top of each other', () => {
    // Either side of a cell border at zoom 0 (x = 180 px): one cluster, not two overlapping.
    const across = [
      { id: 'w', lat: 20, lng: 73.1 },
      { id: 'e', lat: 20, lng: 73.2 },
    ]
    expect(project(20, 73.1, 0)[0]).toBeLessThan(180)
    expect(project(20, 73.2, 0)[0]).toBeGreaterThan(180)
    expect(clusterPoints(across, 0).map((c) => c.count)).toEqual([2])
    // Far enough apart, they stay two.
    expect(clusterPoints([...delhi, ...mumbai], 5).map((c) => c.count)).toEqual([3, 2])
  })

  it('keeps points at the same place together at any zoom', () => {
    const same = [
      { id: 'a', lat: 12.97, lng: 77.59 },
      { id: 'b', lat: 12.97, lng: 77.59 },
    ]
    expect(clusterPoints(same, 18).map((c) => c.count)).toEqual([2])
  })

  it('clusters 50,000 points quickly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: String(i), lat: 8 + ((i * 7919) % 2800) / 100, lng: 68 + ((i * 104729) % 2900) / 100 }))
    const started = performance.now()
    const clusters = clusterPoints(many, 5)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(50_000)
    expect(clusters.length).toBeLessThan(1000)
  })
})

describe('pointsBounds', () => {
  it('encloses the points with padding', () => {
    const [[s, w], [n, e]] = pointsBounds(mumbai)
    expect([s, w, n, e].map((v) => v.toFixed(2))).toEqual(['19.05', '72.85', '19.10', '72.90'])
  })
})
