import { screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import { salesOrderSchema, type SalesOrder } from "../api/sales-orders";
import { CustomerOrders } from "./customer-orders";
import { QuoteOrder } from "./quote-order";

const order = (n: number, extra: Partial<SalesOrder> = {}) =>
  ({
    id: `0193a000-0000-7000-8000-0000000005${String(n).padStart(2, "0")}`,
    number: `SO/2026-27/000${40 + n}`,
    status: "draft",
    customer_id: "customer-blr",
    quote_id: n === 1 ? "quote-1" : null,
    currency: "INR",
    grand_total: "3289.72",
    order_date: "2026-06-02",
    created_at: `2026-06-0${n}T10:00:00Z`,
    version: 1,
    ...extra,
  }) as SalesOrder;

async function setUp() {
  return buildServices({ config: { schemas: { sales_orders: salesOrderSchema } } });
}

describe("the orders on the phone", () => {
  it("shows an accepted quote's order once the feed brought it, and says it is coming before", async () => {
    const { services, queryClient } = await setUp();
    renderWithServices(<QuoteOrder orderId={order(1).id} />, services, queryClient);
    await screen.findByTestId("quote-order-coming");

    await services.records.putServer("sales_orders", [order(1, { status: "confirmed" })]);
    // A pull ends by refreshing every screen's data from the local records.
    await queryClient.invalidateQueries();

    await waitFor(() => expect(screen.getByTestId("quote-order-card-number")).toHaveTextContent("SO/2026-27/00041"));
    expect(screen.getByTestId("quote-order-card-status")).toHaveTextContent("Confirmed");
    expect(screen.getByTestId("quote-order-card-total")).toHaveTextContent("₹3,289.72");
  });

  it("lists a customer's latest orders, newest first, and none of another customer's", async () => {
    const { services, queryClient } = await setUp();
    await services.records.putServer("sales_orders", [
      order(1),
      order(2, { status: "delivered", grand_total: "1000.00" }),
      order(3, { customer_id: "customer-del" }),
    ]);
    const onOpenQuote = jest.fn();
    renderWithServices(<CustomerOrders customerId="customer-blr" onOpenQuote={onOpenQuote} />, services, queryClient);

    await screen.findByTestId("customer-orders");
    expect(screen.getAllByTestId(/^customer-order-.*-number$/).map((node) => node.props.children)).toEqual([
      "SO/2026-27/00042",
      "SO/2026-27/00041",
    ]);
    expect(screen.getByTestId(`customer-order-${order(2).id}-status`)).toHaveTextContent("Delivered");
  });
});
