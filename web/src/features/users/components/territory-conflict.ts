import type { ConflictSetup } from '@/components/forms/conflict-types'
import { territoryName, useTerritories, type Territory } from '@/lib/lookups/territories'
import { getTerritory, useSaveTerritory, type TerritoryUpdate } from '../api/save-territory'

export interface TerritoryFormValues {
  name: string
  region: string
  parent_id: string | null
  postal_prefixes: string[]
}

export const territoryToValues = (t?: Territory): TerritoryFormValues => ({
  name: t?.name ?? '',
  region: t?.region ?? '',
  parent_id: t?.parent_id ?? null,
  postal_prefixes: t?.postal_prefixes ?? [],
})

/** The fields as the request body carries them. */
export const territoryComparable = (v: TerritoryFormValues) => ({ ...v, name: v.name.trim(), region: v.region.trim() })

/** How the territory edit resolves a 412: its fields, labelled as in the form, the parent by name. */
export function useTerritoryConflict(territoryId: string, onSaved: () => void): ConflictSetup<TerritoryFormValues> {
  const save = useSaveTerritory()
  const territories = useTerritories()
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'region', label: 'Region' },
      { key: 'parent_id', label: 'Parent territory', format: (v) => territoryName(territories.data, String(v)) },
      { key: 'postal_prefixes', label: 'Postal code prefixes' },
    ],
    comparable: territoryComparable,
    latest: async () => {
      const { data, etag } = await getTerritory(territoryId)
      return { values: territoryComparable(territoryToValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ territoryId, etag, update: body as TerritoryUpdate }),
    onSaved,
  }
}
