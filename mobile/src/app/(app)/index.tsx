import { OfflineBanner } from "@/components/offline-banner";
import { Heading, Screen } from "@/components/ui";

export default function MyDayScreen() {
  return (
    <Screen>
      <OfflineBanner />
      <Heading>My day</Heading>
    </Screen>
  );
}
