import { UUID_PATTERN, uuidv7 } from "./ids";

describe("uuidv7", () => {
  const zeros = (length: number) => new Uint8Array(length);
  const ones = (length: number) => new Uint8Array(length).fill(0xff);

  it("puts the millisecond time first, then the version and variant", () => {
    const id = uuidv7(zeros, 0x0190a1b2c3d4);
    expect(id).toBe("0190a1b2-c3d4-7000-8000-000000000000");
    expect(uuidv7(ones, 0x0190a1b2c3d4)).toBe("0190a1b2-c3d4-7fff-bfff-ffffffffffff");
  });

  it("makes ids that sort by creation time", () => {
    const random = (length: number) => Uint8Array.from({ length }, () => Math.floor(Math.random() * 256));
    const earlier = uuidv7(random, 1_700_000_000_000);
    const later = uuidv7(random, 1_700_000_000_001);
    expect(earlier < later).toBe(true);
    expect(earlier).toMatch(UUID_PATTERN);
  });
});
