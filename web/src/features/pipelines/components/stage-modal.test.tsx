import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Stage } from '@/lib/lookups/pipelines'
import { json, problem, renderWithApp } from '@/test/render'
import { StageModal } from './stage-modal'

afterEach(() => vi.restoreAllMocks())

const stage = {
  id: 's1',
  version: 4,
  name: 'Proposal',
  kind: 'open',
  position: 2,
  probability: 40,
  required_fields: [],
} as unknown as Stage

describe('StageModal', () => {
  it('on a 412 shows both values, and saves the chosen ones with the stage\'s new version', async () => {
    // Someone else saved the stage (version 5): probability 60 and a required PO number.
    const po = { key: 'po_number', label: 'Customer PO number', type: 'text', required: true }
    const theirs = { ...stage, version: 5, probability: 60, required_fields: [po] }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      if (request.method === 'GET') return json({ id: 'p1', version: 9, name: 'Sales', stages: [theirs] }, 200, { ETag: '"9"' })
      sent.push(request)
      if (request.headers.get('If-Match') === '"4"') return problem(412, { code: 'precondition_failed', title: 'Changed' })
      return json({ ...theirs, version: 6 })
    })
    const onClose = vi.fn()
    renderWithApp(<StageModal pipelineId="p1" stage={stage} onClose={onClose} />)
    await userEvent.clear(screen.getByLabelText(/^Name/))
    await userEvent.type(screen.getByLabelText(/^Name/), 'Quotation')
    await userEvent.clear(screen.getByLabelText('Probability (%)'))
    await userEvent.type(screen.getByLabelText('Probability (%)'), '50')
    await userEvent.click(screen.getByRole('button', { name: 'Save stage' }))

    const resolver = await screen.findByRole('region', { name: 'Someone else changed this record' })
    expect(await sent[0]!.json()).toEqual({ name: 'Quotation', probability: 50 })
    const probability = await within(resolver).findByRole('radiogroup', { name: /^Probability/ })
    expect(probability).toHaveAccessibleName('Probability (%) Both changed')
    expect(within(probability).getByRole('radio', { name: /Yours.*50%/ })).toBeInTheDocument()
    expect(within(probability).getByRole('radio', { name: /Saved by someone else.*60%/ })).toBeInTheDocument()
    const name = within(resolver).getByRole('radiogroup', { name: /^Name/ })
    expect(within(name).getByRole('radio', { name: /Yours.*Quotation/ })).toBeChecked()
    expect(resolver).toHaveTextContent('Details required to enter this stage: Customer PO number (po_number, Text, required)')

    await userEvent.click(within(probability).getByRole('radio', { name: /Saved by someone else/ }))
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toHaveLength(2)
    expect(sent[1]!.headers.get('If-Match')).toBe('"5"')
    expect(await sent[1]!.json()).toEqual({ name: 'Quotation' })
  })
})
