import { Stack, useLocalSearchParams, useRouter } from "expo-router";
import { Linking, StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Body, Button, EmptyState, Heading, Muted, Notice, Screen, Title } from "@/components/ui";
import { distinctAddresses, navigationUrl } from "@/features/customers/api/customers";
import { ContactList } from "@/features/customers/components/contact-list";
import { TimelineList } from "@/features/customers/components/timeline-list";
import { useCustomer } from "@/features/customers/hooks/use-customers";
import { CustomerOrders } from "@/features/sales-orders/components/customer-orders";
import { space } from "@/theme";

export default function CustomerScreen() {
  const { customerId } = useLocalSearchParams<{ customerId: string }>();
  const router = useRouter();
  const { data, refetch, isFetching, refreshError } = useCustomer(customerId);
  const customer = data?.customer?.data;
  if (data && !customer) return <EmptyState message="This customer is not on this phone." />;
  if (!customer) return null;
  return (
    <Screen onRefresh={() => void refetch()} refreshing={isFetching}>
      <Stack.Screen options={{ title: customer.name }} />
      {refreshError ? (
        <Notice tone="info" title="Showing the copy on this phone" detail={refreshError.message} />
      ) : null}
      <View style={styles.header}>
        <Heading style={styles.name}>{customer.name}</Heading>
        <WriteStateBadge entityId={customer.id} />
      </View>
      {customer.industry ? <Muted>{customer.industry}</Muted> : null}
      {customer.phone ? <Body onPress={() => void Linking.openURL(`tel:${customer.phone}`)}>{customer.phone}</Body> : null}
      <View style={styles.logActivity}>
        <Button
          label="Log call or meeting"
          onPress={() =>
            router.push({ pathname: "/activities/new", params: { customerId, customerName: customer.name } })
          }
          testID="customer-log-activity"
        />
      </View>

      <Title style={styles.section}>Address</Title>
      {customer.addresses.length === 0 ? <Muted>No address on file.</Muted> : null}
      {distinctAddresses(customer.addresses).map(({ address, kinds }) => (
        <View key={address.id} style={styles.address}>
          <Muted>{kinds.join(" & ")}</Muted>
          <Body>{[address.line1, address.line2].filter(Boolean).join(", ")}</Body>
          <Body>{[address.city, address.state, address.postal_code].filter(Boolean).join(", ")}</Body>
          <Button label="Navigate" variant="secondary" onPress={() => void Linking.openURL(navigationUrl(address))} />
        </View>
      ))}

      <View style={styles.sectionHeader}>
        <Title>Contacts</Title>
        <Button
          label="Add contact"
          variant="secondary"
          testID="add-contact"
          onPress={() => router.push({ pathname: "/customers/[customerId]/new-contact", params: { customerId } })}
        />
      </View>
      <ContactList
        contacts={data?.contacts ?? []}
        onEdit={(contact) =>
          router.push({ pathname: "/customers/[customerId]/contacts/[contactId]", params: { customerId, contactId: contact.id } })
        }
      />

      <Title style={styles.section}>Orders</Title>
      <CustomerOrders
        customerId={customerId}
        onOpenQuote={(quoteId) => router.push({ pathname: "/quotes/[quoteId]", params: { quoteId } })}
      />

      <Title style={styles.section}>Timeline</Title>
      <TimelineList events={data?.timeline ?? []} />
    </Screen>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start", gap: space.sm },
  name: { flexShrink: 1 },
  section: { marginTop: space.lg, marginBottom: space.sm },
  sectionHeader: {
    marginTop: space.lg,
    marginBottom: space.sm,
    flexDirection: "row",
    justifyContent: "space-between",
    alignItems: "center",
  },
  address: { gap: space.xs, marginBottom: space.sm },
  logActivity: { marginTop: space.md },
});
