/** Where the signed-in session lives on a phone: the OS keychain / keystore. */
import * as SecureStore from "expo-secure-store";

const KEY = "sales-field.session";

export const sessionStorage = {
  load: () => SecureStore.getItemAsync(KEY),
  save: (value: string) => SecureStore.setItemAsync(KEY, value),
  clear: () => SecureStore.deleteItemAsync(KEY),
};
