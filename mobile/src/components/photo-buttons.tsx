/** "Take photo" (the camera; the phone's pictures when there is none) and "From library". */
import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { pickPhoto, type PhotoSource, type PickedPhoto } from "@/lib/files/pick-photo";
import { space } from "@/theme";

import { Button, Notice } from "./ui";

export function PhotoButtons({
  onPicked,
  takeLabel = "Take photo",
  testID = "photo",
  disabled,
}: {
  onPicked: (photo: PickedPhoto) => Promise<unknown> | void;
  takeLabel?: string;
  testID?: string;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState<PhotoSource | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (source: PhotoSource) => {
    setBusy(source);
    setProblem(null);
    try {
      const photo = await pickPhoto(source);
      if (photo) await onPicked(photo);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <View>
      <View style={styles.row}>
        <View style={styles.button}>
          <Button
            label={takeLabel}
            variant="secondary"
            busy={busy === "camera"}
            disabled={disabled || busy !== null}
            onPress={() => void pick("camera")}
            testID={`${testID}-camera`}
          />
        </View>
        <View style={styles.button}>
          <Button
            label="From library"
            variant="secondary"
            busy={busy === "library"}
            disabled={disabled || busy !== null}
            onPress={() => void pick("library")}
            testID={`${testID}-library`}
          />
        </View>
      </View>
      {problem ? <Notice title="Could not add the photo" detail={problem} tone="danger" testID={`${testID}-problem`} /> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", gap: space.sm, marginVertical: space.sm },
  button: { flex: 1 },
});
