import { useLocalSearchParams, useRouter } from "expo-router";

import { Screen } from "@/components/ui";
import { ContactForm } from "@/features/customers/components/contact-form";
import { useAddContact } from "@/features/customers/hooks/use-customers";

export default function NewContactScreen() {
  const { customerId } = useLocalSearchParams<{ customerId: string }>();
  const addContact = useAddContact(customerId);
  const router = useRouter();
  return (
    <Screen>
      <ContactForm
        onSubmit={async (input) => {
          await addContact(input);
          router.back();
        }}
      />
    </Screen>
  );
}
