/**
 * The one formatting rule for money and dates, the same as the web dashboard's
 * (web/src/lib/format.ts):
 *
 * - money: the decimal string itself (never a float), rounded half-up to the
 *   currency's minor units (INR/USD 2, JPY 0), Indian digit grouping for every
 *   currency, the currency's symbol in front: ₹12,34,567.50, $3,84,000.00, ¥1,500;
 * - dates `29 Nov 2026`, date-times `29 Nov 2026, 14:05`, in the phone's local time.
 *
 * Month names and digit grouping are written out here rather than taken from Intl
 * locale data, which differs between Hermes on the phone, browsers and Node.
 */
const SYMBOLS: Record<string, string> = { INR: "₹", USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "¥", AUD: "A$", SGD: "S$" };
const MINOR_UNITS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, IDR: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

/** Digits after the decimal point for a currency (ISO 4217 minor units). */
export function minorUnits(currency: string): number {
  const known = MINOR_UNITS[currency];
  if (known !== undefined) return known;
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? `${currency} `;
}

/** 1234567 -> 12,34,567 (the last three digits, then pairs). */
export function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  const tail = digits.slice(-3);
  return `${head.replace(/\B(?=(\d{2})+(?!\d))/g, ",")},${tail}`;
}

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?$/;

/** Rounds a decimal string half-up (away from zero) to `places` digits, exactly. */
export function roundDecimal(
  value: string,
  places: number,
): { negative: boolean; whole: string; fraction: string } | null {
  const match = DECIMAL.exec(value.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return null;
  const negative = match[1] === "-";
  const whole = match[2] || "0";
  const fraction = match[3] ?? "";
  const kept = (fraction + "0".repeat(places)).slice(0, places);
  let scaled = BigInt(whole + kept);
  if ((fraction[places] ?? "0") >= "5") scaled += 1n;
  const text = scaled.toString().padStart(places + 1, "0");
  return {
    negative: negative && scaled !== 0n,
    whole: places > 0 ? text.slice(0, -places) : text,
    fraction: places > 0 ? text.slice(-places) : "",
  };
}

/** ₹12,34,567.50 from "1234567.5" and "INR"; "—" for no amount. */
export function formatMoney(amount: string | null | undefined, currency: string | null | undefined = "INR"): string {
  const code = currency || "INR";
  if (amount === null || amount === undefined || amount.trim() === "") return "—";
  const rounded = roundDecimal(amount, minorUnits(code));
  if (!rounded) return `${amount} ${code}`;
  const number = groupIndian(rounded.whole) + (rounded.fraction ? `.${rounded.fraction}` : "");
  return `${rounded.negative ? "-" : ""}${currencySymbol(code)}${number}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // A bare YYYY-MM-DD is a calendar date, not a UTC instant: keep it local.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dayMonthYear = (date: Date) => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
const hourMinute = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** 29 Nov 2026 */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "—";
  const date = toDate(value);
  return date ? dayMonthYear(date) : String(value);
}

/** Nov 2026: a month from any of its days. */
export function formatMonth(value: string | Date | null | undefined): string {
  if (!value) return "—";
  const date = toDate(value);
  return date ? `${MONTHS[date.getMonth()]} ${date.getFullYear()}` : String(value);
}

/** 14:05 today, else 29 Nov 2026, 14:05: when something was last known. */
export function formatSince(value: number | string | Date, now: Date = new Date()): string {
  const date = toDate(typeof value === "number" ? new Date(value) : value);
  if (!date) return String(value);
  return dayMonthYear(date) === dayMonthYear(now) ? hourMinute(date) : `${dayMonthYear(date)}, ${hourMinute(date)}`;
}

/** 29 Nov 2026, 14:05 (local time) */
export function formatDateTime(value: string | Date | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = toDate(typeof value === "number" ? new Date(value) : value);
  return date ? `${dayMonthYear(date)}, ${hourMinute(date)}` : String(value);
}

/** 14:05 (local time) */
export function formatTime(value: string | Date | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = toDate(typeof value === "number" ? new Date(value) : value);
  return date ? hourMinute(date) : String(value);
}

/** Sunday, 29 Nov 2026: a day heading. */
export function formatWeekday(value: Date): string {
  return `${WEEKDAYS[value.getDay()]}, ${dayMonthYear(value)}`;
}

/** 90 -> "1 h 30 min", 45 -> "45 min", 120 -> "2 h". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
