import * as Location from "expo-location";

export interface Position {
  latitude: number;
  longitude: number;
  /** Metres, when the phone says. */
  accuracy: number | null;
}

/**
 * Where the phone is, for a capture (a lead, a quote). Never blocks the capture: no permission, no
 * fix within a few seconds, or no location service means no position.
 */
export async function currentPosition(timeoutMs = 8_000): Promise<Position | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const permission = await Location.requestForegroundPermissionsAsync();
    if (!permission.granted) return null;
    const fix = await Promise.race([
      Location.getCurrentPositionAsync({ accuracy: Location.Accuracy.Balanced }),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      }),
    ]);
    return fix
      ? { latitude: fix.coords.latitude, longitude: fix.coords.longitude, accuracy: fix.coords.accuracy ?? null }
      : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
