import type { FeatureCollection } from 'geojson'
import { useEffect, useState } from 'react'
import { GeoJSON, Pane } from 'react-leaflet'

let cached: Promise<FeatureCollection> | null = null

async function loadCountries(): Promise<FeatureCollection> {
  const [{ feature }, topo] = await Promise.all([
    import('topojson-client'),
    import('world-atlas/countries-110m.json'),
  ])
  const topology = topo.default as unknown as Parameters<typeof feature>[0]
  const countries = (topology.objects as Record<string, Parameters<typeof feature>[1]>).countries
  if (!countries) throw new Error('world-atlas has no countries layer')
  return feature(topology, countries) as unknown as FeatureCollection
}

/** Country outlines bundled with the app: a basemap that needs no network. */
export function WorldBasemap() {
  const [data, setData] = useState<FeatureCollection | null>(null)
  useEffect(() => {
    let alive = true
    cached ??= loadCountries()
    cached.then((d) => alive && setData(d)).catch(() => undefined)
    return () => {
      alive = false
    }
  }, [])
  if (!data) return null
  // Its own pane under the markers: the outline loads after them.
  return (
    <Pane name="basemap" style={{ zIndex: 250 }}>
      <GeoJSON data={data} interactive={false} style={{ color: '#94a3b8', weight: 0.8, fillColor: '#f8fafc', fillOpacity: 1 }} />
    </Pane>
  )
}
