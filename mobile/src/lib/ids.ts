/**
 * Client-generated ids. Records made on the phone carry their final id from the
 * start, so an offline lead, its activities and the outbox items that create them
 * all agree before the server has seen any of them.
 *
 * UUIDv7 (RFC 9562): a 48-bit millisecond timestamp then random bits, the same
 * kind the server makes, so ids sort by creation on both sides.
 */
export type RandomBytes = (length: number) => Uint8Array;

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

export function uuidv7(randomBytes: RandomBytes, now: number = Date.now()): string {
  const bytes = randomBytes(16);
  if (bytes.length !== 16) throw new Error("uuidv7 needs 16 random bytes");
  let time = Math.floor(now);
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const text = hex(bytes);
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
