import * as Device from "expo-device";
import { Platform } from "react-native";

/** What the login report shows for this device, e.g. "Pixel 8 (Android 16)". */
export function deviceName(): string {
  if (Platform.OS === "web") return "Sales Field web";
  const model = Device.modelName ?? Device.deviceName ?? "Phone";
  const os = [Device.osName, Device.osVersion].filter(Boolean).join(" ");
  return os ? `${model} (${os})` : model;
}
