import Constants from "expo-constants";
import { useState } from "react";
import { Platform, StyleSheet, View } from "react-native";

import { Button, Heading, Muted, Notice, TextField } from "@/components/ui";
import { t } from "@/i18n";
import { ApiError, NetworkError } from "@/lib/api/problem";
import { space } from "@/theme";

import { UnsentWritesError, useSignIn } from "../hooks/use-sign-in";

/**
 * The server URL to suggest: `?server=` on the web, EXPO_PUBLIC_API_URL when set, and
 * in Expo Go the computer serving the app (the API usually runs beside it on port 8000).
 */
function defaultServer(): string {
  if (Platform.OS === "web" && typeof window !== "undefined") {
    const fromQuery = new URLSearchParams(window.location.search).get("server");
    if (fromQuery) return fromQuery;
  }
  if (process.env.EXPO_PUBLIC_API_URL) return process.env.EXPO_PUBLIC_API_URL;
  const devHost = Constants.expoConfig?.hostUri?.split(":")[0];
  if (Platform.OS !== "web" && devHost) return `http://${devHost}:8000`;
  return "http://127.0.0.1:8000";
}

export function SignInForm({ initialEmail }: { initialEmail?: string }) {
  const [serverUrl, setServerUrl] = useState(defaultServer);
  const [email, setEmail] = useState(initialEmail ?? "");
  const [password, setPassword] = useState("");
  const signIn = useSignIn();

  const error = signIn.error;
  const fieldError = (field: string) =>
    error instanceof ApiError ? (error.problem.fieldErrors.find((item) => item.field === field)?.message ?? null) : null;

  return (
    <View style={styles.form}>
      <Heading>{t("signIn.title")}</Heading>
      <Muted style={styles.subtitle}>{t("signIn.subtitle")}</Muted>
      {error instanceof UnsentWritesError ? (
        <View style={styles.unsent}>
          <Notice
            tone="warning"
            title={error.message}
            detail={`Sign in as ${error.owner} to send them, or discard them to continue as ${email}.`}
            testID="sign-in-error"
          />
          <Button
            label="Discard them and sign in"
            variant="danger"
            onPress={() => signIn.mutate({ serverUrl, email, password, discardOthersWrites: true })}
          />
        </View>
      ) : error instanceof NetworkError ? (
        <Notice title={t("signIn.offline", { server: serverUrl })} testID="sign-in-error" />
      ) : error instanceof ApiError ? (
        <Notice title={error.problem.title} detail={error.problem.detail} testID="sign-in-error" />
      ) : error ? (
        <Notice title={error.message} testID="sign-in-error" />
      ) : null}
      <TextField
        label={t("signIn.server")}
        value={serverUrl}
        onChangeText={setServerUrl}
        autoCapitalize="none"
        autoCorrect={false}
        keyboardType="url"
        testID="server-url"
      />
      <TextField
        label={t("signIn.email")}
        value={email}
        onChangeText={setEmail}
        autoCapitalize="none"
        autoComplete="email"
        keyboardType="email-address"
        error={fieldError("email")}
        testID="email"
      />
      <TextField
        label={t("signIn.password")}
        value={password}
        onChangeText={setPassword}
        secureTextEntry
        error={fieldError("password")}
        testID="password"
        onSubmitEditing={() => signIn.mutate({ serverUrl, email, password })}
      />
      <Button
        label={t("signIn.submit")}
        busy={signIn.isPending}
        disabled={!email || !password || !serverUrl}
        onPress={() => signIn.mutate({ serverUrl, email, password })}
        testID="sign-in"
      />
    </View>
  );
}

const styles = StyleSheet.create({
  form: { width: "100%", maxWidth: 420, alignSelf: "center", paddingTop: space.xl },
  subtitle: { marginBottom: space.lg },
  unsent: { marginBottom: space.md, gap: space.sm },
});
