import { OfflineBanner } from "@/components/offline-banner";
import { Heading, Screen } from "@/components/ui";

export default function MyDayScreen() {
  return (
    <Screen testID="my-day">
      <OfflineBanner />
      <Heading>My day</Heading>
    </Screen>
  );
}
