import type { components } from './schema.gen'

/** A named schema of the API, e.g. `Schema<'CustomerRead'>`. */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K]
