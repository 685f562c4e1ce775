import * as Crypto from "expo-crypto";

import { uuidv7 } from "./ids";

/** The app's id source: the platform's cryptographic random generator. */
export function newId(): string {
  return uuidv7((length) => Crypto.getRandomBytes(length));
}
