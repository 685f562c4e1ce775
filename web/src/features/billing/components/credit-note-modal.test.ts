import { describe, expect, it } from 'vitest'
import { creditBody, remapLineErrors } from './credit-note-modal'

const invoice = { lines: [{ id: 'l1' }, { id: 'l2' }, { id: 'l3' }] } as never

describe('credit note body', () => {
  it('sends only the lines with a quantity, and maps the server error back to its row', () => {
    const { body, sentFrom } = creditBody({ mode: 'lines', reason: ' damaged ', amount: '', quantities: ['', '2', '1'] }, invoice)
    expect(body).toEqual({ full: false, reason: 'damaged', lines: [{ invoice_line_id: 'l2', quantity: '2' }, { invoice_line_id: 'l3', quantity: '1' }] })
    expect(remapLineErrors({ 'lines.1.quantity': 'More than not yet credited', reason: 'x' }, sentFrom)).toEqual({
      'quantities.2': 'More than not yet credited',
      reason: 'x',
    })
  })

  it('sends full or amount alone', () => {
    expect(creditBody({ mode: 'full', reason: 'r', amount: '9', quantities: [] }, invoice).body).toEqual({ full: true, reason: 'r' })
    expect(creditBody({ mode: 'amount', reason: 'r', amount: '99.5', quantities: [] }, invoice).body).toEqual({ full: false, amount: '99.5', reason: 'r' })
  })
})
