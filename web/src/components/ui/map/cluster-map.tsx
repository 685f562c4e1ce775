import 'leaflet/dist/leaflet.css'
import { Box, Text } from '@mantine/core'
import { divIcon, type LatLngBounds } from 'leaflet'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { CircleMarker, MapContainer, Marker, Popup, TileLayer, Tooltip, useMap, useMapEvents } from 'react-leaflet'
import { tileConfig } from '@/lib/map-config'
import { clusterPoints, pointsBounds, type Cluster, type GeoPoint } from './grid-clusters'
import { WorldBasemap } from './world-basemap'

export interface LabelledPoint extends GeoPoint {
  label: string
}

interface ClusterMapProps<P extends LabelledPoint> {
  points: P[]
  /** What a single point's popup shows. */
  popup: (point: P) => ReactNode
  height?: number
  /** Accessible description of what the map shows. */
  label: string
}

/** Members listed in the popup of a cluster that cannot be split further. */
const LISTED = 12

function clusterIcon(count: number) {
  const size = Math.round(28 + Math.min(24, Math.log10(count) * 10))
  return divIcon({
    className: '',
    iconSize: [size, size],
    html: `<div style="width:${size}px;height:${size}px;border-radius:50%;display:grid;place-items:center;background:rgba(28,126,214,.85);color:#fff;font:600 12px/1 system-ui,sans-serif;border:2px solid #fff;box-shadow:0 0 0 4px rgba(28,126,214,.25)">${count.toLocaleString('en-IN')}</div>`,
  })
}

/** Fits the map to the points once each time the set of points changes. */
function FitOnce({ points, maxZoom }: { points: GeoPoint[]; maxZoom: number }) {
  const map = useMap()
  useEffect(() => {
    if (points.length === 0) return
    const fit = () => {
      map.invalidateSize()
      map.fitBounds(pointsBounds(points), { maxZoom, padding: [24, 24] })
    }
    fit()
    // Lazy chunks and grids settle after the first layout: measure again.
    const timer = setTimeout(fit, 200)
    return () => clearTimeout(timer)
  }, [map, points, maxZoom])
  return null
}

function ClusterMarker<P extends LabelledPoint>({ cluster, popup, atMaxZoom }: { cluster: Cluster<P>; popup: ClusterMapProps<P>['popup']; atMaxZoom: boolean }) {
  const map = useMap()
  const [[s, w], [n, e]] = cluster.bounds
  const splittable = !atMaxZoom && (s !== n || w !== e)
  const title = `${cluster.count} customers here`
  return (
    <Marker
      position={[cluster.lat, cluster.lng]}
      icon={clusterIcon(cluster.count)}
      title={splittable ? `${title}: zoom in` : title}
      eventHandlers={splittable ? { click: () => map.fitBounds(cluster.bounds, { padding: [32, 32] }) } : {}}
    >
      {splittable ? null : (
        <Popup>
          {cluster.members.slice(0, LISTED).map((p) => (
            <div key={p.id}>{popup(p)}</div>
          ))}
          {cluster.count > LISTED ? <Text size="xs">and {cluster.count - LISTED} more</Text> : null}
        </Popup>
      )}
    </Marker>
  )
}

/** Draws the clusters of the visible part of the map, again after each move or zoom. */
function ClusterLayer<P extends LabelledPoint>({ points, popup }: Pick<ClusterMapProps<P>, 'points' | 'popup'>) {
  const map = useMap()
  const [view, setView] = useState<{ zoom: number; bounds: LatLngBounds }>(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }))
  useMapEvents({ moveend: () => setView({ zoom: map.getZoom(), bounds: map.getBounds() }) })
  const clusters = useMemo(() => clusterPoints(points, view.zoom), [points, view.zoom])
  const around = view.bounds.pad(0.25)
  const atMaxZoom = view.zoom >= map.getMaxZoom()
  return (
    <>
      {clusters
        .filter((c) => around.contains([c.lat, c.lng]))
        .map((c) =>
          c.count === 1 ? (
            <CircleMarker
              key={c.members[0]!.id}
              center={[c.lat, c.lng]}
              radius={7}
              pathOptions={{ color: '#fff', weight: 2, fillColor: '#1c7ed6', fillOpacity: 0.95 }}
            >
              <Tooltip>{c.members[0]!.label}</Tooltip>
              <Popup>{popup(c.members[0]!)}</Popup>
            </CircleMarker>
          ) : (
            <ClusterMarker key={c.key} cluster={c} popup={popup} atMaxZoom={atMaxZoom} />
          ),
        )}
    </>
  )
}

/** Many points on a map, clustered per zoom level; uses the configured tiles or the offline outline. */
export function ClusterMap<P extends LabelledPoint>({ points, popup, height = 560, label }: ClusterMapProps<P>) {
  const tiles = tileConfig()
  const maxZoom = tiles.url ? 18 : 8
  const fitZoom = tiles.url ? 15 : 5
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
        bounds={pointsBounds(points)}
        boundsOptions={{ maxZoom: fitZoom }}
        maxZoom={maxZoom}
        scrollWheelZoom={false}
        style={{ height: '100%', width: '100%', background: '#dbe9f6' }}
      >
        {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : <WorldBasemap />}
        <FitOnce points={points} maxZoom={fitZoom} />
        <ClusterLayer points={points} popup={popup} />
      </MapContainer>
    </Box>
  )
}
