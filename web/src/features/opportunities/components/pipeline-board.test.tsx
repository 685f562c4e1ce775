import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import { board, opportunity, potential, purchaseOrder } from './fixtures.test-data'
import { PipelineBoard } from './pipeline-board'

afterEach(() => vi.restoreAllMocks())

const deal = opportunity('o1', potential.id, { title: 'Boiler retrofit' })

async function openMoveMenu(stageName: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Move Boiler retrofit to another stage' }))
  await userEvent.click(await screen.findByRole('menuitem', { name: stageName }))
}

describe('PipelineBoard', () => {
  it('shows each stage with its count and sums', () => {
    renderWithApp(<PipelineBoard board={board([deal])} filterQuery="" />)
    const column = screen.getByRole('region', { name: 'Potential stage' })
    expect(within(column).getByLabelText('1 deals')).toBeInTheDocument()
    expect(within(column).getByText('Boiler retrofit')).toBeInTheDocument()
  })

  it('asks for the PO number and date before moving to Purchase order', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch')
    renderWithApp(<PipelineBoard board={board([deal])} filterQuery="" />)
    await openMoveMenu('Purchase order')
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move to Purchase order' }))
    expect(await within(dialog).findByText('Customer PO number is required for Purchase order')).toBeInTheDocument()
    // Potential -> Purchase order goes past Proposal, which asks for nothing: said, not hidden.
    expect(within(dialog).getByTestId('skipping-note')).toHaveTextContent('Proposal will be recorded as skipped.')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('sends the PO number and date it asked for with the move', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ ...deal, stage_id: purchaseOrder.id }))
    renderWithApp(<PipelineBoard board={board([deal])} filterQuery="" />)
    await openMoveMenu('Purchase order')
    const dialog = await screen.findByRole('dialog')
    await userEvent.type(within(dialog).getByLabelText(/Customer PO number/), 'PO-4711')
    await userEvent.click(within(dialog).getByLabelText(/PO date/))
    await userEvent.click(await screen.findByRole('button', { name: /^15\b/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move to Purchase order' }))

    await waitFor(() => expect(fetchMock).toHaveBeenCalled())
    const request = fetchMock.mock.calls[0]![0] as Request
    expect(new URL(request.url).pathname).toBe('/api/v1/opportunities/o1/move')
    const body = await request.json()
    expect(body.stage_id).toBe(purchaseOrder.id)
    expect(body.details.po_number).toBe('PO-4711')
    expect(body.details.po_date).toMatch(/^\d{4}-\d{2}-15$/)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('shows the API’s answer on the field it names', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      problem(422, {
        code: 'opportunities.missing_details',
        title: 'Missing details',
        errors: [{ loc: ['body', 'details', 'po_number'], msg: 'PO number already used on another deal', type: 'value_error' }],
      }),
    )
    const withPo = opportunity('o1', potential.id, { title: 'Boiler retrofit', details: { po_number: 'PO-1', po_date: '2026-11-10' } })
    renderWithApp(<PipelineBoard board={board([withPo])} filterQuery="" />)
    await openMoveMenu('Purchase order')
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move to Purchase order' }))
    expect(await within(dialog).findByText('PO number already used on another deal')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/Customer PO number/)).toHaveAttribute('aria-invalid', 'true')
  })

  it('moves directly to a stage without required details', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(deal))
    renderWithApp(<PipelineBoard board={board([deal])} filterQuery="" />)
    await openMoveMenu('Proposal')
    await waitFor(() => expect(fetchMock).toHaveBeenCalled())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const body = await (fetchMock.mock.calls[0]![0] as Request).json()
    expect(body).toEqual({ stage_id: 's-proposal', details: {} })
  })
})
