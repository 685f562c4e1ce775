/**
 * Photos and receipts of a record as thumbnails: the phone's own copy while the
 * upload waits (marked Pending), the server's thumbnail once it has the file.
 */
import { Image, ScrollView, StyleSheet, Text, View } from "react-native";

import { useServerImage, type ShownFile } from "@/lib/files/hooks";
import { colors, font, radius, space } from "@/theme";

import { WriteStateBadge } from "./write-state-badge";

const SIZE = 88;

function Thumbnail({ file }: { file: ShownFile }) {
  const server = useServerImage(file.localUri ? null : file.thumbnailPath);
  const uri = file.localUri ?? server.data ?? null;
  return (
    <View style={styles.item} testID={`file-${file.id}`}>
      {uri ? (
        <Image source={{ uri }} style={styles.image} accessibilityLabel={file.name} testID={`file-image-${file.id}`} />
      ) : (
        <View style={[styles.image, styles.placeholder]}>
          <Text style={styles.placeholderText} numberOfLines={2}>
            {file.contentType === "application/pdf" ? "PDF" : "Photo"}
          </Text>
        </View>
      )}
      <View style={styles.badge}>
        <WriteStateBadge entityId={file.id} />
      </View>
    </View>
  );
}

export function PhotoStrip({ files, testID }: { files: ShownFile[]; testID?: string }) {
  if (files.length === 0) return null;
  return (
    <ScrollView horizontal showsHorizontalScrollIndicator={false} contentContainerStyle={styles.strip} testID={testID}>
      {files.map((file) => (
        <Thumbnail key={file.id} file={file} />
      ))}
    </ScrollView>
  );
}

const styles = StyleSheet.create({
  strip: { gap: space.sm, paddingVertical: space.xs },
  item: { width: SIZE },
  image: { width: SIZE, height: SIZE, borderRadius: radius.sm, backgroundColor: colors.background },
  placeholder: { alignItems: "center", justifyContent: "center", borderWidth: 1, borderColor: colors.border },
  placeholderText: { color: colors.muted, fontSize: font.small },
  badge: { marginTop: space.xs },
});
