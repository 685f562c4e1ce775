import { useLocalSearchParams, useRouter } from "expo-router";

import { EmptyState, Screen } from "@/components/ui";
import { ContactForm } from "@/features/customers/components/contact-form";
import { useContact, useEditContact } from "@/features/customers/hooks/use-customers";

export default function EditContactScreen() {
  const { contactId } = useLocalSearchParams<{ customerId: string; contactId: string }>();
  const contact = useContact(contactId);
  const editContact = useEditContact();
  const router = useRouter();
  if (contact.data === null) return <EmptyState message="This contact is not on this phone." />;
  if (!contact.data) return null;
  const current = contact.data.data;
  return (
    <Screen>
      <ContactForm
        key={`${current.id}-${current.version}`}
        contact={current}
        submitLabel="Save changes"
        onSubmit={async (fields) => {
          await editContact(current, fields);
          router.back();
        }}
      />
    </Screen>
  );
}
