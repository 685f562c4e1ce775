import { checkDistance, CHECK_IN_RADIUS_M, customerPoint, distanceWarning, formatDistance, haversineMetres } from "./distance";

// Metres per degree of latitude on the mean-radius sphere.
const METRES_PER_DEGREE = (Math.PI * 6_371_008.8) / 180;
const CUSTOMER = { latitude: 28.6139, longitude: 77.209 };
const north = (metres: number) => ({ latitude: CUSTOMER.latitude + metres / METRES_PER_DEGREE, longitude: CUSTOMER.longitude });

describe("distance to the customer", () => {
  it("measures great-circle distances", () => {
    expect(haversineMetres(CUSTOMER, CUSTOMER)).toBe(0);
    // New Delhi to Mumbai is about 1,150 km as the crow flies.
    expect(haversineMetres(CUSTOMER, { latitude: 19.076, longitude: 72.8777 }) / 1000).toBeCloseTo(1153, -1);
    expect(haversineMetres(CUSTOMER, north(250))).toBeCloseTo(250, 3);
  });

  it("warns just beyond the 300 m radius and not within it", () => {
    expect(CHECK_IN_RADIUS_M).toBe(300);
    const inside = checkDistance(north(299), CUSTOMER);
    const outside = checkDistance(north(301), CUSTOMER);
    expect(inside.outside).toBe(false);
    expect(distanceWarning(inside)).toBeNull();
    expect(outside.outside).toBe(true);
    expect(distanceWarning(outside)).toBe(
      "You are 301 m from the customer (more than 300 m). You can still check in; the visit will be flagged for review.",
    );
    expect(checkDistance(north(1_400), CUSTOMER, 2_000).outside).toBe(false);
  });

  it("says nothing when the customer or the phone has no position", () => {
    expect(checkDistance(null, CUSTOMER)).toEqual({ distanceM: null, outside: false });
    expect(checkDistance(CUSTOMER, null)).toEqual({ distanceM: null, outside: false });
    expect(distanceWarning({ distanceM: null, outside: false })).toBeNull();
  });

  it("takes the billing address's coordinates, else any address that has them", () => {
    expect(
      customerPoint({
        addresses: [
          { kind: "shipping", latitude: 19.1, longitude: 72.9 },
          { kind: "billing", latitude: "28.6139", longitude: "77.2090" },
        ],
      }),
    ).toEqual(CUSTOMER);
    expect(customerPoint({ addresses: [{ kind: "billing", latitude: null, longitude: null }, { kind: "site", latitude: 1, longitude: 2 }] })).toEqual({
      latitude: 1,
      longitude: 2,
    });
    expect(customerPoint({ addresses: [{ kind: "billing", latitude: null, longitude: 77 }] })).toBeNull();
    expect(customerPoint(null)).toBeNull();
  });

  it("formats metres and kilometres", () => {
    expect(formatDistance(42.4)).toBe("42 m");
    expect(formatDistance(1_440)).toBe("1.4 km");
    expect(formatDistance(36_400)).toBe("36 km");
  });
});
