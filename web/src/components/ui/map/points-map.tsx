import 'leaflet/dist/leaflet.css'
import { Box, Text } from '@mantine/core'
import type { LatLngBoundsExpression } from 'leaflet'
import { useEffect, type ReactNode } from 'react'
import { CircleMarker, MapContainer, Polyline, Popup, TileLayer, Tooltip, useMap } from 'react-leaflet'
import { tileConfig } from '@/lib/map-config'
import { WorldBasemap } from './world-basemap'

export interface MapPoint {
  id: string
  lat: number
  lng: number
  label: string
  color?: string
  popup?: ReactNode
}

interface PointsMapProps {
  points: MapPoint[]
  height?: number
  /** Accessible description of what the map shows. */
  label: string
  /** A line through these points, in order (an engineer's day); the map fits it too. */
  track?: MapPoint[]
}

function bounds(points: MapPoint[]): LatLngBoundsExpression {
  const lats = points.map((p) => p.lat)
  const lngs = points.map((p) => p.lng)
  const pad = points.length === 1 ? 0.05 : 0.02
  return [
    [Math.min(...lats) - pad, Math.min(...lngs) - pad],
    [Math.max(...lats) + pad, Math.max(...lngs) + pad],
  ]
}

/**
 * Leaflet measures its container when created; inside tabs, lazy chunks or a
 * grid that settles later that size is wrong, so measure again and fit.
 */
function FitToPoints({ points, maxZoom }: { points: MapPoint[]; maxZoom: number }) {
  const map = useMap()
  const key = points.map((p) => `${p.lat},${p.lng}`).join(';')
  useEffect(() => {
    const fit = () => {
      map.invalidateSize()
      map.fitBounds(bounds(points), { maxZoom, padding: [24, 24] })
    }
    fit()
    const timer = setTimeout(fit, 200)
    return () => clearTimeout(timer)
    // Refit only when the points themselves change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key, maxZoom])
  return null
}

/** Markers on a map; uses the configured tiles, or the offline world outline. */
export function PointsMap({ points: markers, height = 280, label, track = [] }: PointsMapProps) {
  const points = track.length > 0 ? [...markers, ...track] : markers
  const tiles = tileConfig()
  // The offline outline only has country borders: show a region, not a street.
  const maxZoom = tiles.url ? 15 : 5
  if (points.length === 0) {
    return (
      <Box h={height} bg="gray.1" style={{ borderRadius: 8, display: 'grid', placeItems: 'center' }}>
        <Text size="sm" c="dimmed">
          No coordinates to show on a map
        </Text>
      </Box>
    )
  }
  return (
    <Box role="region" aria-label={label} h={height}>
      <MapContainer
        bounds={bounds(points)}
        boundsOptions={{ maxZoom }}
        maxZoom={tiles.url ? 18 : 8}
        scrollWheelZoom={false}
        style={{ height: '100%', width: '100%', background: '#dbe9f6' }}
      >
        {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : <WorldBasemap />}
        <FitToPoints points={points} maxZoom={maxZoom} />
        {track.length > 1 ? <Polyline positions={track.map((p) => [p.lat, p.lng])} pathOptions={{ color: '#e8590c', weight: 4, opacity: 0.85 }} /> : null}
        {markers.map((p) => (
          <CircleMarker
            key={p.id}
            center={[p.lat, p.lng]}
            radius={8}
            pathOptions={{ color: '#fff', weight: 2, fillColor: p.color ?? '#1c7ed6', fillOpacity: 0.95 }}
          >
            <Tooltip>{p.label}</Tooltip>
            {p.popup ? <Popup>{p.popup}</Popup> : null}
          </CircleMarker>
        ))}
      </MapContainer>
    </Box>
  )
}
