/** In a browser there is no keychain: the session lives in this origin's localStorage. */
const KEY = "sales-field.session";

export const sessionStorage = {
  load: async () => globalThis.localStorage?.getItem(KEY) ?? null,
  save: async (value: string) => globalThis.localStorage?.setItem(KEY, value),
  clear: async () => globalThis.localStorage?.removeItem(KEY),
};
