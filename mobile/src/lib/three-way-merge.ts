/**
 * A three-way comparison of one record's fields, for a queued edit the server
 * refused with 412 (someone else saved the record first): `base` is what the
 * local copy held when the edit was made, `mine` what the edit sent, `theirs`
 * what the server holds now. The same rule as the web's
 * (web/src/lib/three-way-merge.ts). The outbox does not keep the base: the
 * caller passes the server's copy the phone still holds when it is the very
 * version the edit was made on. Without it every field the edit sent counts as
 * changed by the engineer, and one the server now holds differently may have
 * been changed by the other person too: the engineer chooses.
 */

/** How one field changed on each side since `base`. */
export type MergeKind =
  /** Neither side changed it. */
  | "untouched"
  /** Only the engineer changed it: their value is kept unless they say otherwise. */
  | "mine"
  /** Only the other person changed it: their value stands, nothing to send. */
  | "theirs"
  /** Both hold the same value: already saved as the engineer wants. */
  | "same"
  /** Both changed it to different values: the engineer must choose. */
  | "conflict";

export type Values = Record<string, unknown>;

export interface MergedField {
  key: string;
  kind: MergeKind;
  mine: unknown;
  theirs: unknown;
}

export type Choice = "mine" | "theirs";

/** Structural equality of JSON values; a missing field and null are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue((a as Values)[key], (b as Values)[key]));
  }
  return false;
}

/** How a field changed; `base` undefined means unknown (the edit changed it, theirs may have too). */
export function mergeKind(mine: unknown, theirs: unknown, base?: { value: unknown }): MergeKind {
  if (sameValue(mine, theirs)) return base && sameValue(mine, base.value) ? "untouched" : "same";
  if (!base) return "conflict";
  const mineChanged = !sameValue(mine, base.value);
  const theirsChanged = !sameValue(theirs, base.value);
  if (mineChanged && !theirsChanged) return "mine";
  if (!mineChanged) return "theirs";
  return "conflict";
}

/**
 * Every field the edit sent (the keys of `mine`, in its order), compared with the
 * server's copy now and, when known, the copy the edit was made on.
 */
export function threeWayMerge(mine: Values, theirs: Values, base?: Values | null): MergedField[] {
  return Object.keys(mine).map((key) => ({
    key,
    kind: mergeKind(mine[key], theirs[key], base ? { value: base[key] } : undefined),
    mine: mine[key],
    theirs: theirs[key],
  }));
}

/** The choice a field starts with: the engineer's own change where only they made one; none where both did. */
export function defaultChoice(kind: MergeKind): Choice | null {
  if (kind === "mine") return "mine";
  if (kind === "conflict") return null;
  return "theirs";
}

/** The fields the engineer must still choose for. */
export function unresolved(fields: readonly MergedField[], choices: Partial<Record<string, Choice | null>>): string[] {
  return fields.filter((field) => field.kind === "conflict" && !choices[field.key]).map((field) => field.key);
}

/**
 * The PATCH body of a resolution: only the fields where the engineer keeps their
 * value. A field that takes the saved value needs no write.
 */
export function resolvedBody(fields: readonly MergedField[], choices: Partial<Record<string, Choice | null>>): Values {
  const body: Values = {};
  for (const field of fields) {
    if ((field.kind === "mine" || field.kind === "conflict") && choices[field.key] === "mine") body[field.key] = field.mine;
  }
  return body;
}

/** What every record carries: it changes with any save and is nobody's edit. */
const RECORD_METADATA = new Set(["id", "created_at", "updated_at", "version"]);

/**
 * The fields the other person changed that the edit did not touch: they are kept
 * as saved, whatever the engineer chooses. Unknown without the base.
 */
export function theirsOnly(mine: Values, theirs: Values, base?: Values | null): string[] {
  if (!base) return [];
  return Object.keys(theirs).filter((key) => !RECORD_METADATA.has(key) && !(key in mine) && !sameValue(theirs[key], base[key]));
}
