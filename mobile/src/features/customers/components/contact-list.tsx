import { Linking, StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Body, Button, Card, EmptyState, Muted, Title } from "@/components/ui";
import type { LocalRecord } from "@/lib/local-records";
import { colors, space } from "@/theme";

import type { Contact } from "../api/customers";

export function ContactList({ contacts, onEdit }: { contacts: LocalRecord<Contact>[]; onEdit?: (contact: Contact) => void }) {
  if (contacts.length === 0) return <EmptyState message="No contacts yet." />;
  return (
    <View>
      {contacts.map(({ data: contact, isPending }) => (
        <Card key={contact.id} testID={`contact-${contact.id}`}>
          <View style={styles.header}>
            <Title>{contact.name}</Title>
            <WriteStateBadge entityId={contact.id} isPending={isPending} />
          </View>
          {contact.title ? <Muted>{contact.title}</Muted> : null}
          {contact.phone ? (
            <Body style={styles.link} onPress={() => void Linking.openURL(`tel:${contact.phone}`)}>
              {contact.phone}
            </Body>
          ) : null}
          {contact.email ? (
            <Body style={styles.link} onPress={() => void Linking.openURL(`mailto:${contact.email}`)}>
              {contact.email}
            </Body>
          ) : null}
          {onEdit ? (
            <View style={styles.actions}>
              <Button label="Edit" variant="secondary" onPress={() => onEdit(contact)} testID={`edit-contact-${contact.id}`} />
            </View>
          ) : null}
        </Card>
      ))}
    </View>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  link: { color: colors.primary, marginTop: space.xs },
  actions: { flexDirection: "row", justifyContent: "flex-end", marginTop: space.xs },
});
