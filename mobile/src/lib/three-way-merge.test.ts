import { defaultChoice, mergeKind, resolvedBody, sameValue, theirsOnly, threeWayMerge, unresolved } from "./three-way-merge";

const base = { person_name: "Asha Rao", phone: null, notes: "old", tags: ["a"], estimated_value: "100.00" };

describe("threeWayMerge", () => {
  it("with the base known: a field only the engineer changed defaults to their own value", () => {
    const [field] = threeWayMerge({ phone: "+91 1" }, base, base);
    expect(field).toEqual({ key: "phone", kind: "mine", mine: "+91 1", theirs: null });
    expect(defaultChoice(field!.kind)).toBe("mine");
  });

  it("with the base known: a field only the other person changed keeps their value", () => {
    const [field] = threeWayMerge({ notes: "old" }, { ...base, notes: "new" }, base);
    expect(field!.kind).toBe("theirs");
    expect(defaultChoice(field!.kind)).toBe("theirs");
  });

  it("both changing a field to different values is a conflict with no default", () => {
    const [field] = threeWayMerge({ estimated_value: "200.00" }, { ...base, estimated_value: "300.00" }, base);
    expect(field!.kind).toBe("conflict");
    expect(defaultChoice(field!.kind)).toBeNull();
  });

  it("both holding the same value is no conflict, with or without the base", () => {
    expect(threeWayMerge({ tags: ["a", "b"] }, { ...base, tags: ["a", "b"] }, base)[0]!.kind).toBe("same");
    expect(threeWayMerge({ tags: ["a", "b"] }, { ...base, tags: ["a", "b"] })[0]!.kind).toBe("same");
    expect(threeWayMerge({ notes: "old" }, base, base)[0]!.kind).toBe("untouched");
  });

  it("without the base every field sent counts as changed by the engineer: a different saved value must be chosen", () => {
    const fields = threeWayMerge({ notes: "mine", phone: "+91 1" }, { ...base, notes: "theirs" });
    expect(fields.map((field) => [field.key, field.kind])).toEqual([
      ["notes", "conflict"],
      ["phone", "conflict"],
    ]);
  });

  it("lists only the fields the edit sent, in its order", () => {
    const fields = threeWayMerge({ phone: "1", person_name: "Asha" }, base, base);
    expect(fields.map((field) => field.key)).toEqual(["phone", "person_name"]);
  });

  it("compares by value; a missing field and null are alike", () => {
    expect(sameValue({ a: 1, b: null }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [1, 2])).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
    expect(mergeKind(undefined, null, { value: null })).toBe("untouched");
  });
});

describe("resolving", () => {
  const fields = threeWayMerge(
    { notes: "mine", phone: "+91 1", person_name: "Asha" },
    { ...base, notes: "theirs", person_name: "Asha" },
    base,
  );

  it("waits for a choice on every conflict", () => {
    expect(unresolved(fields, { phone: "mine" })).toEqual(["notes"]);
    expect(unresolved(fields, { notes: "theirs" })).toEqual([]);
  });

  it("sends only the fields where the engineer keeps their value", () => {
    expect(resolvedBody(fields, { notes: "mine", phone: "mine", person_name: "theirs" })).toEqual({ notes: "mine", phone: "+91 1" });
    expect(resolvedBody(fields, { notes: "theirs", phone: "theirs" })).toEqual({});
  });
});

describe("theirsOnly", () => {
  it("names the fields only the other person changed, not the record's version or times", () => {
    const saved = { ...base, id: "r1", version: 8, updated_at: "2026-12-01T10:00:00Z", notes: "new", tags: ["b"] };
    const held = { ...base, id: "r1", version: 7, updated_at: "2026-11-30T10:00:00Z" };
    expect(theirsOnly({ notes: "mine", phone: "+91 1" }, saved, held)).toEqual(["tags"]);
  });

  it("is unknown without the base", () => {
    expect(theirsOnly({ phone: "+91 1" }, { ...base, notes: "new" }, null)).toEqual([]);
  });
});
