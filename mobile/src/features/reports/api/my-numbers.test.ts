import { barShare, isDue, MAX_AGE_MS, ownTarget, type KeptNumbers, type Target } from "./my-numbers";

const kept = (at: number): KeptNumbers => ({ at, numbers: { targets: [], pipeline: [], week: null } });

describe("when the numbers are asked for again", () => {
  const now = 1_000_000_000;

  it("asks when the phone has none, or a pull brought records newer than they were counted from", () => {
    expect(isDue(null, null, now)).toBe(true);
    expect(isDue(kept(now - 1_000), now - 500, now)).toBe(true);
  });

  it("keeps them after the last pull, until they are too old", () => {
    expect(isDue(kept(now - 1_000), now - 5_000, now)).toBe(false);
    expect(isDue(kept(now - 1_000), null, now)).toBe(false);
    expect(isDue(kept(now - MAX_AGE_MS - 1), null, now)).toBe(true);
  });
});

describe("the numbers shown", () => {
  const target = (id: string, engineerId: string) => ({ id, engineer_id: engineerId }) as Target;

  it("are the person's own target, or the first when who they are is not known yet", () => {
    const targets = [target("t1", "someone"), target("t2", "me")];
    expect(ownTarget(targets, "me")?.id).toBe("t2");
    expect(ownTarget(targets, null)?.id).toBe("t1");
    expect(ownTarget(targets, "nobody")).toBeNull();
  });

  it("fill the bar from the percent, full past the target, empty without one", () => {
    expect(barShare("87.5")).toBe(87.5);
    expect(barShare("104.5")).toBe(100);
    expect(barShare(null)).toBe(0);
    expect(barShare("n/a")).toBe(0);
  });
});
