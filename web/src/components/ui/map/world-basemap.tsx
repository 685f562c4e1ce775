import type { FeatureCollection } from 'geojson'
import { useEffect, useState } from 'react'
import { GeoJSON } from 'react-leaflet'

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
  return (
    <GeoJSON
      data={data}
      interactive={false}
      style={{ color: '#94a3b8', weight: 0.8, fillColor: '#f1f5f9', fillOpacity: 1 }}
    />
  )
}
