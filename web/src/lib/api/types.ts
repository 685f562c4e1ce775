import type { components, paths } from './schema.gen'

/** A named schema of the API, e.g. `Schema<'CustomerRead'>`. */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K]

/** The allowed `?sort=` values of a list endpoint, e.g. `SortOf<'/api/v1/customers'>`. */
export type SortOf<P extends keyof paths> = paths[P] extends {
  get: { parameters: { query?: { sort?: infer S } } }
}
  ? NonNullable<S>
  : never
