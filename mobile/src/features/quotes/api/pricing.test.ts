import { bengaluru, defaultList, delhi, gst18, gst5, line, priceList, pump, valve } from "../../../../test/quote-fixtures";
import { estimateQuote, placeOfSupply, resolvePrice } from "./pricing";

const on = "2026-11-29";

describe("resolvePrice: the local copy of the server's price rule", () => {
  it("takes the default list's highest break at or below the quantity", () => {
    expect(resolvePrice({ product: pump, customer: bengaluru, quantity: "3", on, lists: [defaultList] })).toEqual({
      unitPrice: "900.0000",
      source: "default_list",
      priceListName: "Standard 2026-27",
      minQuantity: "1",
    });
    expect(resolvePrice({ product: pump, customer: bengaluru, quantity: "10", on, lists: [defaultList] })?.unitPrice).toBe("850.0000");
    expect(resolvePrice({ product: pump, customer: bengaluru, quantity: "9.9999", on, lists: [defaultList] })?.unitPrice).toBe("900.0000");
  });

  it("prefers the customer's own list over its segment's over the default, tier by tier per product", () => {
    const own = priceList({ id: "own", scope: "customer", customer_id: bengaluru.id, lines: [line("own", valve, "1", "200.0000")] });
    const segment = priceList({ id: "seg", scope: "segment", segment: "oem", lines: [line("seg", pump, "1", "880.0000")] });
    const customer = { ...bengaluru, segment_tags: ["oem"] };
    const lists = [defaultList, segment, own];
    expect(resolvePrice({ product: pump, customer, quantity: "1", on, lists })?.source).toBe("segment_list");
    expect(resolvePrice({ product: valve, customer, quantity: "1", on, lists })).toMatchObject({ unitPrice: "200.0000", source: "customer_list" });
    // not in the segment, not that customer: only the default list applies
    expect(resolvePrice({ product: pump, customer: delhi, quantity: "1", on, lists })?.source).toBe("default_list");
    expect(resolvePrice({ product: valve, customer: delhi, quantity: "1", on, lists })?.source).toBe("list_price");
  });

  it("within a tier takes the list that started last, and ignores lists out of date, inactive or in another currency", () => {
    const festival = priceList({ id: "festival", valid_from: "2026-10-01", valid_to: "2026-12-31", lines: [line("festival", pump, "1", "870.0000")] });
    const lapsed = priceList({ id: "lapsed", valid_from: "2026-11-01", valid_to: "2026-11-28", lines: [line("lapsed", pump, "1", "1.0000")] });
    const inactive = priceList({ id: "off", valid_from: "2026-11-15", is_active: false, lines: [line("off", pump, "1", "2.0000")] });
    const dollars = priceList({ id: "usd", currency: "USD", valid_from: "2026-11-20", lines: [line("usd", pump, "1", "11.0000")] });
    const lists = [defaultList, festival, lapsed, inactive, dollars];
    expect(resolvePrice({ product: pump, customer: bengaluru, quantity: "1", on, lists })?.unitPrice).toBe("870.0000");
    expect(resolvePrice({ product: pump, customer: bengaluru, quantity: "1", on: "2027-01-01", lists })?.unitPrice).toBe("900.0000");
  });

  it("falls back to the product's list price in its currency, and has no price otherwise or for a product no longer sold", () => {
    expect(resolvePrice({ product: valve, customer: bengaluru, quantity: "1", on, lists: [defaultList] })).toEqual({
      unitPrice: "250.5000",
      source: "list_price",
      priceListName: null,
      minQuantity: null,
    });
    expect(resolvePrice({ product: valve, customer: { ...bengaluru, currency: "USD" }, quantity: "1", on, lists: [] })).toBeNull();
    expect(resolvePrice({ product: { ...pump, is_active: false }, customer: bengaluru, quantity: "1", on, lists: [defaultList] })).toBeNull();
  });
});

describe("placeOfSupply", () => {
  it("is the shipping address's GST state, else the billing one's, and none outside India", () => {
    expect(placeOfSupply({ addresses: [{ kind: "billing", state_code: "07" }, { kind: "shipping", state_code: "29" }] })).toBe("29");
    expect(placeOfSupply({ addresses: [{ kind: "shipping", state_code: null }, { kind: "billing", state_code: "07" }] })).toBe("07");
    expect(placeOfSupply({ addresses: [{ kind: "billing", state_code: "07", country: "AE" }] })).toBeNull();
    expect(placeOfSupply({ addresses: [] })).toBeNull();
  });
});

describe("estimateQuote: the server's numbers for the same lines", () => {
  it("matches the intra-state quote of the backend test to the paisa (CGST + SGST, an optional line not counted)", () => {
    const estimate = estimateQuote(
      [
        { quantity: "3", unitPrice: "900.0000", discountPercent: "5", category: gst18, isOptional: false },
        { quantity: "2", unitPrice: "199.99", discountPercent: "0", category: gst5, isOptional: false },
        { quantity: "1", unitPrice: "250.5000", discountPercent: "0", category: gst5, isOptional: true },
      ],
      { currency: "INR", placeOfSupply: "29", companyState: "29" },
    );
    const [pumpLine, valveLine, optional] = estimate.lines;
    expect(pumpLine).toEqual({
      grossAmount: "2700.00",
      discountAmount: "135.00",
      taxableAmount: "2565.00",
      taxAmount: "461.70",
      lineTotal: "3026.70",
      taxComponents: [
        { name: "CGST", rate: "9", amount: "230.85" },
        { name: "SGST", rate: "9", amount: "230.85" },
      ],
    });
    // 2.5 % of 399.98 = 9.9995, rounded half up on each component
    expect(valveLine!.taxableAmount).toBe("399.98");
    expect(valveLine!.taxComponents.map((c) => [c.rate, c.amount])).toEqual([["2.5", "10.00"], ["2.5", "10.00"]]);
    expect(optional!.lineTotal).toBe("263.02");
    expect(estimate).toMatchObject({
      supply: "intra_state",
      subtotal: "3099.98",
      discountTotal: "135.00",
      taxableTotal: "2964.98",
      taxTotal: "481.70",
      grandTotal: "3446.68",
      taxComponents: [
        { name: "CGST", amount: "240.85" },
        { name: "SGST", amount: "240.85" },
      ],
    });
  });

  it("matches the inter-state quote (IGST at the full rate, the 10-unit break)", () => {
    const price = resolvePrice({ product: pump, customer: delhi, quantity: "10", on, lists: [defaultList] })!;
    const estimate = estimateQuote(
      [{ quantity: "10", unitPrice: price.unitPrice, discountPercent: "0", category: gst18, isOptional: false }],
      { currency: "INR", placeOfSupply: placeOfSupply(delhi), companyState: "29" },
    );
    expect(estimate.lines[0]!.taxComponents).toEqual([{ name: "IGST", rate: "18", amount: "1530.00" }]);
    expect([estimate.supply, estimate.taxTotal, estimate.grandTotal]).toEqual(["inter_state", "1530.00", "10030.00"]);
  });

  it("rounds to the currency's minor unit and handles exempt and zero-rated supplies", () => {
    const exempt = { treatment: "exempt" as const, rate: "0" };
    const zero = { treatment: "zero_rated" as const, rate: "0" };
    const estimate = estimateQuote(
      [
        { quantity: "3", unitPrice: "333.3333", discountPercent: "0", category: exempt, isOptional: false },
        { quantity: "1", unitPrice: "100", discountPercent: "12.5", category: zero, isOptional: false },
      ],
      // 999.9999 yen round to 1000; 100 less 12.5 % is 87.5, rounded half up to 88
      { currency: "JPY", placeOfSupply: null, companyState: "29" },
    );
    expect(estimate.lines.map((l) => l.taxComponents)).toEqual([[], [{ name: "IGST", rate: "0", amount: "0" }]]);
    expect([estimate.subtotal, estimate.discountTotal, estimate.taxableTotal, estimate.grandTotal]).toEqual(["1100", "12", "1088", "1088"]);
  });
});
