/**
 * My numbers on My day, through the app's real services (the local copy on sql.js)
 * and a fake API: the figures the dashboard gives, no target, the last numbers kept
 * for offline with their time, and a server that fails.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import { NUMBERS_KEY, type KeptNumbers, type Target } from "../api/my-numbers";
import { MyNumbers } from "./my-numbers";

const ME = "0190a000-0000-7000-8000-00000000e001";

const target = (extra: Partial<Target> = {}) =>
  ({
    id: "0190a000-0000-7000-8000-0000000000t1",
    subject: "engineer",
    engineer_id: ME,
    team_id: null,
    territory_id: null,
    subject_name: "Arun Kumar",
    period: "month",
    period_start: "2026-11-01",
    period_end: "2026-11-30",
    currency: "INR",
    revenue: "500000.00",
    revenue_actual: "437500.50",
    revenue_percent: "87.5",
    quantity: "20",
    quantity_actual: "12",
    quantity_percent: "60.0",
    visits: 25,
    visits_actual: 18,
    visits_percent: "72.0",
    notes: null,
    ...extra,
  }) as Target;

const dashboard = (extra: Record<string, unknown> = {}) => ({
  window: { start: "2026-11-01", end: "2026-11-30" },
  previous_window: { start: "2026-10-01", end: "2026-10-30" },
  pipeline: [],
  pipeline_totals: [{ currency: "INR", deals: 7, amount: "1250000.00", weighted_amount: "625000.50" }],
  sales: [],
  cash: [],
  overdue: [],
  targets: [
    target(),
    // A quarter's target is not this month's.
    target({ id: "0190a000-0000-7000-8000-0000000000t2", period: "quarter", revenue_percent: "40.0" }),
  ],
  today: null,
  this_week: {
    week: { start: "2026-11-30", end: "2026-12-06" },
    visits_planned: 5,
    visits_done: 3,
    visits_unplanned: 1,
  },
  ...extra,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** The API as far as this card asks it; `answer` decides each dashboard read. */
function fakeApi(answer: () => Response | Promise<Response>) {
  const reads: string[] = [];
  const fetcher = async (input: Request | string) => {
    const url = new URL(typeof input === "string" ? input : input.url);
    if (url.pathname !== "/api/v1/dashboard") return json(404, { title: "Not found", status: 404 });
    reads.push(url.pathname);
    return answer();
  };
  return { fetcher: fetcher as typeof fetch, reads };
}

// The first answer of a file may be slow on a busy machine; waitFor's 1 s is not enough then.
const SLOW = { timeout: 15_000 };

const offline = () => {
  throw new TypeError("Network request failed");
};

async function render(answer: () => Response | Promise<Response>, kept?: KeptNumbers) {
  const api = fakeApi(answer);
  const built = await buildServices({ fetcher: api.fetcher });
  if (kept) await built.services.records.setMeta(NUMBERS_KEY, JSON.stringify(kept));
  renderWithServices(<MyNumbers userId={ME} />, built.services, built.queryClient);
  return { ...built, reads: api.reads };
}

// Yesterday afternoon, local time: long enough ago to be asked for again.
const yesterday = () => {
  const day = new Date();
  day.setDate(day.getDate() - 1);
  day.setHours(14, 5, 0, 0);
  return day;
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const written = (day: Date) => `${day.getDate()} ${MONTHS[day.getMonth()]} ${day.getFullYear()}, 14:05`;

const keptFrom = (at: Date): KeptNumbers => ({
  at: at.getTime(),
  numbers: { targets: [target()], pipeline: dashboard().pipeline_totals, week: dashboard().this_week },
});

describe("My numbers", () => {
  it("shows this month's attainment with its bar, the open pipeline and the week's visits", async () => {
    const { reads, queryClient } = await render(() => json(200, dashboard()));

    await waitFor(() => expect(screen.getByTestId("target-percent")).toHaveTextContent("87.5%"), SLOW);
    expect(screen.getByTestId("month-target")).toHaveTextContent("Target · Nov 2026", { exact: false });
    expect(screen.getByTestId("target-revenue")).toHaveTextContent("₹4,37,500.50 of ₹5,00,000.00 booked");
    expect(screen.getByTestId("attainment-bar").props.accessibilityValue).toEqual({ min: 0, max: 100, now: 88 });
    expect(screen.getByTestId("target-units")).toHaveTextContent("Units 12 of 20 (60.0%)");
    expect(screen.getByTestId("target-visits")).toHaveTextContent("Visits 18 of 25 (72.0%)");
    const pipeline = screen.getByTestId("pipeline-INR");
    expect(pipeline).toHaveTextContent("₹12,50,000.00", { exact: false });
    expect(pipeline).toHaveTextContent("Weighted ₹6,25,000.50 · 7 deals", { exact: false });
    expect(screen.getByTestId("week-visits")).toHaveTextContent("3 / 5");
    expect(screen.getByTestId("week-tile")).toHaveTextContent("1 unplanned visit", { exact: false });
    await waitFor(() => expect(screen.getByTestId("my-numbers-as-of")).toHaveTextContent(/^As of \d\d:\d\d$/));
    // Every write refreshes the screens; that alone does not ask the server again.
    await act(() => queryClient.invalidateQueries());
    expect(reads).toHaveLength(1);
  });

  it("says so when no target is set this month, and shows the pipeline and visits all the same", async () => {
    await render(() =>
      json(200, dashboard({ targets: [target({ period: "quarter" })], pipeline_totals: [], this_week: null })),
    );

    await screen.findByTestId("no-target", {}, SLOW);
    expect(screen.getByText("No target set for this month.")).toBeTruthy();
    expect(screen.queryByTestId("attainment-bar")).toBeNull();
    expect(screen.getByTestId("pipeline-tile")).toHaveTextContent("No open deals", { exact: false });
    // No field work counted (a server from before it, or a caller without field work): no visits tile.
    expect(screen.queryByTestId("week-tile")).toBeNull();
  });

  it("offline, shows the last numbers the phone had with their time, never a spinner", async () => {
    const at = yesterday();
    const { reads } = await render(offline, keptFrom(at));

    await waitFor(() =>
      expect(screen.getByTestId("my-numbers-as-of")).toHaveTextContent(`Offline · as of ${written(at)}`),
      SLOW,
    );
    expect(reads).toHaveLength(1);
    expect(screen.getByTestId("target-percent")).toHaveTextContent("87.5%");
    expect(screen.getByTestId("week-visits")).toHaveTextContent("3 / 5");
    expect(screen.queryByTestId("my-numbers-loading")).toBeNull();
    expect(screen.queryByTestId("my-numbers-error")).toBeNull();
  });

  it("with the phone known to be offline, does not ask the server and says what it will show", async () => {
    const api = fakeApi(offline);
    const { services, queryClient } = await buildServices({ fetcher: api.fetcher });
    act(() => services.engine.setOnline(false));
    renderWithServices(<MyNumbers userId={ME} />, services, queryClient);

    expect(await screen.findByTestId("my-numbers-offline", {}, SLOW)).toHaveTextContent(
      "They show here once the phone has been online.",
      { exact: false },
    );
    expect(api.reads).toHaveLength(0);
  });

  it("when the server fails, says so with Try again, which loads them", async () => {
    let failing = true;
    await render(() =>
      failing ? json(503, { title: "The server is busy", status: 503, code: "http_503" }) : json(200, dashboard()),
    );

    expect(await screen.findByTestId("my-numbers-error", {}, SLOW)).toHaveTextContent("Could not load your numbers", {
      exact: false,
    });
    failing = false;
    fireEvent.press(screen.getByTestId("my-numbers-retry"));

    await waitFor(() => expect(screen.getByTestId("target-percent")).toHaveTextContent("87.5%"), SLOW);
    expect(screen.queryByTestId("my-numbers-error")).toBeNull();
  });

  it("when the server fails with numbers kept, shows them with their time and that they could not be updated", async () => {
    const at = yesterday();
    await render(() => json(500, { title: "Internal error", status: 500 }), keptFrom(at));

    await screen.findByTestId("my-numbers-stale", {}, SLOW);
    expect(screen.getByTestId("my-numbers-stale")).toHaveTextContent("Could not update: Internal error");
    expect(screen.getByTestId("my-numbers-as-of")).toHaveTextContent(`As of ${written(at)}`);
    expect(screen.getByTestId("target-percent")).toHaveTextContent("87.5%");
  });
});
