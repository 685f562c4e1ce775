/**
 * A three-way comparison of one record's fields, for an edit that hit a 412:
 * `base` is what the form started from, `mine` what the user submitted,
 * `theirs` what is stored now. Values are compared as the PATCH body carries
 * them (trimmed text, null for empty, decimal strings), so a field counts as
 * changed exactly when the form would send it.
 */

/** How one field changed on each side since `base`. */
export type MergeKind =
  /** Neither side changed it. */
  | 'untouched'
  /** Only the user changed it: keep theirs only if the user says so. */
  | 'mine'
  /** Only the other person changed it: their value stands, nothing to send. */
  | 'theirs'
  /** Both changed it to the same value: already stored as the user wants. */
  | 'same'
  /** Both changed it to different values: the user must choose. */
  | 'conflict'

export interface MergedField<K extends string = string> {
  key: K
  kind: MergeKind
  base: unknown
  mine: unknown
  theirs: unknown
}

export type Values = Record<string, unknown>

/** Structural equality of JSON-like values (strings, numbers, booleans, null, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameValue(item, b[i]))
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Values)[k] !== undefined)
    const kb = Object.keys(b).filter((k) => (b as Values)[k] !== undefined)
    if (ka.length !== kb.length) return false
    return ka.every((k) => sameValue((a as Values)[k], (b as Values)[k]))
  }
  return false
}

export function mergeKind(base: unknown, mine: unknown, theirs: unknown): MergeKind {
  const mineChanged = !sameValue(mine, base)
  const theirsChanged = !sameValue(theirs, base)
  if (!mineChanged && !theirsChanged) return 'untouched'
  if (mineChanged && !theirsChanged) return 'mine'
  if (!mineChanged) return 'theirs'
  return sameValue(mine, theirs) ? 'same' : 'conflict'
}

/** Every field of `keys`, in that order, with how it changed on each side. */
export function threeWayMerge<K extends string>(keys: readonly K[], base: Values, mine: Values, theirs: Values): MergedField<K>[] {
  return keys.map((key) => ({
    key,
    kind: mergeKind(base[key], mine[key], theirs[key]),
    base: base[key],
    mine: mine[key],
    theirs: theirs[key],
  }))
}

export type Choice = 'mine' | 'theirs'

/** The choice a field starts with: the user's own change where only they made one; none where both did. */
export function defaultChoice(kind: MergeKind): Choice | null {
  if (kind === 'mine') return 'mine'
  if (kind === 'conflict') return null
  return 'theirs'
}

/**
 * The PATCH body of a resolution: only the fields where the user keeps their
 * value. A field that takes the stored value needs no write.
 */
export function resolvedBody(fields: readonly MergedField[], choices: Partial<Record<string, Choice | null>>): Values {
  const body: Values = {}
  for (const f of fields) {
    if ((f.kind === 'mine' || f.kind === 'conflict') && choices[f.key] === 'mine') body[f.key] = f.mine
  }
  return body
}

/** The fields of `next` that differ from `base`: the body of a PATCH that overwrites nothing it did not change. */
export function changedValues(base: Values, next: Values): Values {
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => !sameValue(value, base[key])))
}
