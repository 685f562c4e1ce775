import { StyleSheet, View } from "react-native";

import { Body, EmptyState, Muted } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import type { LocalRecord } from "@/lib/local-records";
import { colors, space } from "@/theme";

import type { TimelineEvent } from "../api/customers";

export function TimelineList({ events }: { events: LocalRecord<TimelineEvent>[] }) {
  if (events.length === 0) return <EmptyState message="Nothing has happened with this customer yet." />;
  return (
    <View>
      {events.map(({ data: event }) => (
        <View key={event.id} style={styles.event} testID={`timeline-${event.id}`}>
          <Body>{event.title}</Body>
          <Muted>
            {formatDateTime(event.occurred_at)}
            {event.actor_label ? ` · ${event.actor_label}` : ""}
          </Muted>
        </View>
      ))}
    </View>
  );
}

const styles = StyleSheet.create({
  event: { borderLeftWidth: 2, borderLeftColor: colors.border, paddingLeft: space.md, marginBottom: space.md },
});
