import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen } from "@testing-library/react-native";
import { Pressable, Text } from "react-native";

import { migrate } from "@/lib/sql";

import { memorySessionStorage, signedInSession } from "../../../test/services";
import { sequentialIds } from "../../../test/fake-server";
import { SqlJsDatabase } from "../../../test/sql-js-database";
import { ServicesProvider, useServices } from "./sync-provider";

function Started() {
  const services = useServices();
  return <Text>Signed in as {services.auth.session?.email}</Text>;
}

function renderApp(openDatabase: () => Promise<SqlJsDatabase>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ServicesProvider
        dependencies={{
          openDatabase,
          sessionStorage: memorySessionStorage(signedInSession),
          newId: sequentialIds(),
          fetcher: async () => new Response(JSON.stringify({ items: [] }), { status: 200 }),
          reachable: () => async () => false,
        }}
        config={{ schemas: {}, kinds: [], appliers: {} }}
        fallback={<Text>Opening…</Text>}
        failure={(error, retry) => (
          <Pressable accessibilityRole="button" onPress={retry}>
            <Text>Cannot start: {error.message}</Text>
          </Pressable>
        )}
      >
        <Started />
      </ServicesProvider>
    </QueryClientProvider>,
  );
}

describe("the app's start when its database will not open", () => {
  it("says why instead of waiting for ever, and Try again starts it", async () => {
    const db = await SqlJsDatabase.open();
    let opens = 0;
    const view = renderApp(async () => {
      opens += 1;
      if (opens === 1) throw new Error("The app is open in another tab or window");
      await migrate(db);
      return db;
    });

    fireEvent.press(await screen.findByText("Cannot start: The app is open in another tab or window"));

    expect(await screen.findByText("Signed in as eng1@example.com")).toBeTruthy();
    expect(opens).toBe(2);
    view.unmount();
  });
});
