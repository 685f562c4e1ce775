/**
 * How far the phone is from the customer, computed on the phone (haversine) from the
 * customer's address coordinates. The server stores its own distance and flags a
 * check-in outside its radius; the phone only warns and never blocks.
 */

/** The server's default radius (docs/decisions/0023): the phone warns beyond it. */
export const CHECK_IN_RADIUS_M = 300;

const EARTH_RADIUS_M = 6_371_008.8;

export interface Point {
  latitude: number;
  longitude: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres. */
export function haversineMetres(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface AddressLike {
  kind?: string | null;
  latitude?: number | string | null;
  longitude?: number | string | null;
}

const toNumber = (value: number | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === "") return null;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? number : null;
};

/** The customer's place: the billing address when it has coordinates, else any address that has. */
export function customerPoint(customer: { addresses?: AddressLike[] | null } | null | undefined): Point | null {
  const addresses = customer?.addresses ?? [];
  const located = addresses
    .map((address) => ({ kind: address.kind, latitude: toNumber(address.latitude), longitude: toNumber(address.longitude) }))
    .filter((address): address is { kind: string | null | undefined; latitude: number; longitude: number } =>
      address.latitude !== null && address.longitude !== null,
    );
  const chosen = located.find((address) => address.kind === "billing") ?? located[0];
  return chosen ? { latitude: chosen.latitude, longitude: chosen.longitude } : null;
}

export interface DistanceCheck {
  /** Metres to the customer; null when the customer has no coordinates or the phone no position. */
  distanceM: number | null;
  /** Beyond the radius: the phone warns (the server will flag it), the check-in still goes. */
  outside: boolean;
}

export function checkDistance(phone: Point | null, customer: Point | null, radiusM = CHECK_IN_RADIUS_M): DistanceCheck {
  if (!phone || !customer) return { distanceM: null, outside: false };
  const distanceM = haversineMetres(phone, customer);
  return { distanceM, outside: distanceM > radiusM };
}

/** "120 m", "1.4 km", "36 km". */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} m`;
  const km = metres / 1000;
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** What the check-in screen says about the distance. */
export function distanceWarning(check: DistanceCheck, radiusM = CHECK_IN_RADIUS_M): string | null {
  if (check.distanceM === null || !check.outside) return null;
  return `You are ${formatDistance(check.distanceM)} from the customer (more than ${radiusM} m). You can still check in; the visit will be flagged for review.`;
}
