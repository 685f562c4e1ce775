import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { Delivery } from '../api/deliveries'
import { CancelDeliveryDialog } from './cancel-delivery-dialog'
import { DeliverForm } from './deliver-form'
import { PackForm } from './pack-form'
import { ShipForm } from './ship-form'

afterEach(() => vi.restoreAllMocks())

const delivery = (status: Delivery['status'], extra: Partial<Delivery> = {}) =>
  ({ id: 'd1', version: 3, number: 'DO/2026-27/00042', status, packages_count: null, gross_weight_kg: null, lines: [], ...extra }) as unknown as Delivery

/** Answers each POST with `answer(request)`; keeps what was sent. */
function serve(answer: (request: Request) => Response) {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    sent.push(request)
    return answer(request)
  })
  return sent
}

describe('pack', () => {
  it('sends the count and weight with If-Match and an intent key', async () => {
    const sent = serve(() => json({ ...delivery('packed'), version: 4 }, 200, { ETag: '"4"' }))
    const onDone = vi.fn()
    renderWithApp(<PackForm delivery={delivery('picking')} etag='"3"' onReload={() => undefined} onDone={onDone} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Packages' }), '3')
    await userEvent.type(screen.getByRole('textbox', { name: 'Gross weight (kg)' }), '41.5')
    await userEvent.click(screen.getByRole('button', { name: 'Mark packed' }))
    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(sent).toHaveLength(1)
    expect(new URL(sent[0]!.url).pathname).toBe('/api/v1/deliveries/d1/pack')
    expect(sent[0]!.headers.get('If-Match')).toBe('"3"')
    expect(sent[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await sent[0]!.json()).toEqual({ packages_count: 3, gross_weight_kg: '41.5' })
  })

  it('refuses what the server would at the fields, without sending', async () => {
    const sent = serve(() => json({}))
    renderWithApp(<PackForm delivery={delivery('picking')} etag='"3"' onReload={() => undefined} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Packages' }), '0')
    await userEvent.type(screen.getByRole('textbox', { name: 'Gross weight (kg)' }), '0')
    await userEvent.click(screen.getByRole('button', { name: 'Mark packed' }))
    expect(await screen.findByText('A whole number of packages, at least 1')).toBeInTheDocument()
    expect(screen.getByText('Kilograms, more than 0')).toBeInTheDocument()
    expect(sent).toHaveLength(0)
  })

  it("shows the server's problem at the field it names", async () => {
    serve(() =>
      problem(422, {
        code: 'validation_error',
        errors: [{ loc: ['body', 'gross_weight_kg'], msg: 'Decimal input should have no more than 18 digits in total', type: 'decimal_max_digits' }],
      }),
    )
    renderWithApp(<PackForm delivery={delivery('picking')} etag='"3"' onReload={() => undefined} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Packages' }), '2')
    await userEvent.type(screen.getByRole('textbox', { name: 'Gross weight (kg)' }), '12345678901234567')
    await userEvent.click(screen.getByRole('button', { name: 'Mark packed' }))
    const weight = screen.getByRole('textbox', { name: 'Gross weight (kg)' })
    await waitFor(() => expect(weight).toHaveAttribute('aria-invalid', 'true'))
    expect(weight).toHaveAccessibleDescription(/no more than 18 digits/)
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields')
  })

  it('corrects a packed delivery starting from its count and weight', () => {
    serve(() => json({}))
    renderWithApp(<PackForm delivery={delivery('packed', { packages_count: 2, gross_weight_kg: '38.5' })} etag='"5"' onReload={() => undefined} correcting />)
    expect(screen.getByRole('textbox', { name: 'Packages' })).toHaveValue('2')
    expect(screen.getByRole('textbox', { name: 'Gross weight (kg)' })).toHaveValue('38.5')
    expect(screen.getByRole('button', { name: 'Save packing' })).toBeInTheDocument()
  })
})

describe('ship', () => {
  it('sends a blank vehicle number as none', async () => {
    const sent = serve(() => json({ ...delivery('shipped'), version: 5 }, 200, { ETag: '"5"' }))
    const onDone = vi.fn()
    renderWithApp(<ShipForm delivery={delivery('packed')} etag='"4"' onReload={() => undefined} onDone={onDone} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Carrier' }), 'VRL Logistics')
    await userEvent.type(screen.getByRole('textbox', { name: 'Tracking number' }), 'VRL-99812')
    await userEvent.click(screen.getByRole('button', { name: 'Mark shipped' }))
    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(await sent[0]!.json()).toEqual({ carrier: 'VRL Logistics', vehicle_number: null, tracking_number: 'VRL-99812' })
  })

  it('requires the carrier, and shows a refusal that names no field above the button', async () => {
    serve(() => problem(409, { code: 'stock.insufficient', title: 'Not enough stock', detail: 'Only 2 of PMP-0004 are in BLR-MAIN' }))
    renderWithApp(<ShipForm delivery={delivery('packed')} etag='"4"' onReload={() => undefined} />)
    await userEvent.click(screen.getByRole('button', { name: 'Mark shipped' }))
    expect(await screen.findByText('Who carries it')).toBeInTheDocument()
    await userEvent.type(screen.getByRole('textbox', { name: 'Carrier' }), 'Own truck')
    await userEvent.type(screen.getByRole('textbox', { name: 'Vehicle number' }), 'KA-51-C-4821')
    await userEvent.click(screen.getByRole('button', { name: 'Mark shipped' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not save')
    expect(alert).toHaveTextContent('Not enough stock: Only 2 of PMP-0004 are in BLR-MAIN')
  })

  it('offers to reload when someone moved the delivery meanwhile (412)', async () => {
    serve(() => problem(412, { code: 'precondition_failed', title: 'Changed' }))
    const onReload = vi.fn()
    renderWithApp(<ShipForm delivery={delivery('packed')} etag='"4"' onReload={onReload} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Carrier' }), 'VRL')
    await userEvent.click(screen.getByRole('button', { name: 'Mark shipped' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Reload latest version' }))
    expect(onReload).toHaveBeenCalled()
  })
})

describe('deliver', () => {
  it('proposes today, refuses a later date, and sends who received it', async () => {
    const sent = serve(() => json({ ...delivery('delivered'), version: 6 }, 200, { ETag: '"6"' }))
    const onDone = vi.fn()
    renderWithApp(<DeliverForm delivery={delivery('shipped')} etag='"5"' onReload={() => undefined} onDone={onDone} today="2026-11-29" />)
    expect(screen.getByRole('textbox', { name: 'Delivered on' })).toHaveValue('29 Nov 2026')
    await userEvent.click(screen.getByRole('button', { name: 'Mark delivered' }))
    expect(await screen.findByText('Who signed for it')).toBeInTheDocument()
    expect(sent).toHaveLength(0)
    await userEvent.type(screen.getByRole('textbox', { name: 'Received by' }), 'R. Iyer, stores')
    await userEvent.click(screen.getByRole('button', { name: 'Mark delivered' }))
    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(await sent[0]!.json()).toEqual({ delivered_on: '2026-11-29', received_by: 'R. Iyer, stores' })
  })

  it("shows the server's problem at the field it names", async () => {
    serve(() => problem(422, { code: 'validation_error', errors: [{ loc: ['body', 'received_by'], msg: 'String should have at most 200 characters', type: 'string_too_long' }] }))
    renderWithApp(<DeliverForm delivery={delivery('shipped')} etag='"5"' onReload={() => undefined} today="2026-11-29" />)
    const receiver = screen.getByRole('textbox', { name: 'Received by' })
    await userEvent.type(receiver, 'Someone')
    await userEvent.click(screen.getByRole('button', { name: 'Mark delivered' }))
    await waitFor(() => expect(receiver).toHaveAttribute('aria-invalid', 'true'))
    expect(receiver).toHaveAccessibleDescription(/at most 200 characters/)
  })
})

describe('cancel', () => {
  it('asks why, then cancels with If-Match', async () => {
    const sent = serve(() => json({ ...delivery('cancelled'), version: 4 }, 200, { ETag: '"4"' }))
    const onClose = vi.fn()
    renderWithApp(<CancelDeliveryDialog delivery={delivery('picking')} etag='"3"' onReload={() => undefined} onClose={onClose} />)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel delivery' }))
    expect(await screen.findByText('Say why')).toBeInTheDocument()
    await userEvent.type(screen.getByRole('textbox', { name: 'Reason' }), 'Customer site closed for Diwali')
    await userEvent.click(screen.getByRole('button', { name: 'Cancel delivery' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(new URL(sent[0]!.url).pathname).toBe('/api/v1/deliveries/d1/cancel')
    expect(sent[0]!.headers.get('If-Match')).toBe('"3"')
    expect(await sent[0]!.json()).toEqual({ reason: 'Customer site closed for Diwali' })
  })
})
