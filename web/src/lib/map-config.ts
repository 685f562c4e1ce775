/**
 * The map's tile source. Set VITE_MAP_TILE_URL at build time (a `{z}/{x}/{y}`
 * template, or "none"); a browser may override it with the localStorage key
 * `sales.map.tiles` (tests set "none", as tile servers are unreachable there).
 * Without tiles, an offline outline of the world's countries is the basemap.
 */
const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
const DEFAULT_ATTRIBUTION = '&copy; OpenStreetMap contributors'

export interface TileConfig {
  url: string | null
  attribution: string
}

export function tileConfig(): TileConfig {
  const override = globalThis.localStorage?.getItem('sales.map.tiles')
  const configured = override ?? (import.meta.env.VITE_MAP_TILE_URL as string | undefined) ?? DEFAULT_TILES
  const url = configured === 'none' || configured === '' ? null : configured
  const attribution = (import.meta.env.VITE_MAP_ATTRIBUTION as string | undefined) ?? DEFAULT_ATTRIBUTION
  return { url, attribution }
}
