import { act, fireEvent, render, screen } from "@testing-library/react-native";

import "../../../../test/preload-ui";
import { serverQuote } from "../../../../test/quote-fixtures";
import { acceptBlocker } from "../api/accept";
import { AcceptQuoteForm } from "./accept-quote-form";

const quote = serverQuote("0193a000-0000-7000-8000-00000000q002", "sent");

describe("AcceptQuoteForm", () => {
  it("shows the order's total with the optional lines the customer takes, and accepts with them", async () => {
    const onAccept = jest.fn(async () => undefined);
    render(<AcceptQuoteForm quote={quote} onAccept={onAccept} onCancel={jest.fn()} />);

    expect(screen.getByTestId("accept-totals-grand")).toHaveTextContent("₹3,026.70");
    fireEvent.press(screen.getByTestId("accept-option-2"));
    expect(screen.getByTestId("accept-option-2")).toBeChecked();
    expect(screen.getByTestId("accept-totals-grand")).toHaveTextContent("₹3,289.72");
    fireEvent.press(screen.getByTestId("accept-option-2"));
    expect(screen.getByTestId("accept-totals-grand")).toHaveTextContent("₹3,026.70");
    fireEvent.press(screen.getByTestId("accept-option-2"));
    await act(async () => fireEvent.press(screen.getByTestId("confirm-accept")));

    expect(onAccept).toHaveBeenCalledWith([`${quote.id}-line-2`]);
  });
});

describe("acceptBlocker", () => {
  const today = quote.quote_date;

  it("offers acceptance on the current revision of an approved or sent quote within its validity", () => {
    expect(acceptBlocker(quote, today)).toBeNull();
    expect(acceptBlocker({ ...quote, status: "approved" }, today)).toBeNull();
  });

  it("says why not otherwise", () => {
    expect(acceptBlocker({ ...quote, status: "pending_approval" }, today)).toBe("A pending approval quote cannot be accepted.");
    expect(acceptBlocker({ ...quote, accept_queued: true }, today)).toBe("Already accepted.");
    expect(acceptBlocker({ ...quote, is_current: false }, today)).toBe("An earlier revision: accept the current one.");
    expect(acceptBlocker(quote, "2999-01-01")).toBe("Its validity has ended: revise it before the customer accepts.");
  });
});
