import { SafeAreaView } from "react-native-safe-area-context";
import { StyleSheet } from "react-native";

import { Screen } from "@/components/ui";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { colors } from "@/theme";

export default function SignInScreen() {
  return (
    <SafeAreaView style={styles.safe}>
      <Screen>
        <SignInForm />
      </Screen>
    </SafeAreaView>
  );
}

const styles = StyleSheet.create({ safe: { flex: 1, backgroundColor: colors.background } });
