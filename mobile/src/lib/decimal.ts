/**
 * Exact decimal arithmetic on the API's decimal strings ("1250.50", "0.0001"): a value
 * is an integer of units and a scale (digits after the point), so nothing is ever
 * approximated by a float. Rounding is half away from zero, the server's rule
 * (decision 0004), to a given number of places.
 */
export interface Dec {
  units: bigint;
  scale: number;
}

const POW10: bigint[] = [1n];
const pow10 = (n: number): bigint => {
  for (let i = POW10.length; i <= n; i += 1) POW10.push(POW10[i - 1]! * 10n);
  return POW10[n]!;
};

/** "12.5" -> 125 at scale 1; throws on anything that is not a plain decimal. */
export function dec(value: string | number): Dec {
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) throw new Error(`Not a decimal: ${value}`);
  const fraction = match[3] ?? "";
  const units = BigInt(`${match[2] || "0"}${fraction}`);
  return { units: match[1] === "-" ? -units : units, scale: fraction.length };
}

export const ZERO: Dec = { units: 0n, scale: 0 };

export const isDecimal = (value: string): boolean => /^\d+(\.\d+)?$/.test(value.trim());

function aligned(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, scale] = aligned(a, b);
  return { units: x - y, scale };
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** a / 10^n, exactly. */
export function shift(a: Dec, n: number): Dec {
  return { units: a.units, scale: a.scale + n };
}

export function compare(a: Dec, b: Dec): number {
  const [x, y] = aligned(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Rounded half away from zero to `places` digits. */
export function round(a: Dec, places: number): Dec {
  if (a.scale <= places) return { units: a.units * pow10(places - a.scale), scale: places };
  const divisor = pow10(a.scale - places);
  const negative = a.units < 0n;
  const magnitude = negative ? -a.units : a.units;
  let kept = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) kept += 1n;
  return { units: negative ? -kept : kept, scale: places };
}

/** The value as a decimal string with exactly `places` digits ("1250.50"). */
export function toFixed(a: Dec, places: number): string {
  const { units } = round(a, places);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, "0");
  const text = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${text}` : text;
}

/** The shortest plain form ("2.5", "18", "0.0001"): how the API prints rates and quantities. */
export function toPlain(a: Dec): string {
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return toFixed({ units, scale }, scale);
}

export function sum(values: Dec[]): Dec {
  return values.reduce(add, ZERO);
}
