import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/problem'
import { renderWithApp } from '@/test/render'
import { CustomerForm } from './customer-form'
import { emptyCustomer, toCreateBody, toUpdateBody } from './customer-form-values'

function renderForm(onSubmit = vi.fn(async () => undefined), onReload = vi.fn()) {
  const initial = emptyCustomer()
  initial.name = 'Acme Pumps'
  initial.addresses[0] = { ...initial.addresses[0]!, line1: '1 MG Road', city: 'Pune' }
  renderWithApp(
    <CustomerForm
      initialValues={initial}
      submitLabel="Save customer"
      canReassign={false}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      onReload={onReload}
    />,
  )
  return { onSubmit, onReload }
}

describe('CustomerForm', () => {
  it('shows the API field errors next to their fields, nested ones too', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError({
        title: 'Invalid input',
        status: 422,
        code: 'validation_error',
        errors: [
          { loc: ['body', 'external_id'], msg: 'This ERP id is used by another customer', type: 'unique' },
          { loc: ['body', 'addresses', 0, 'postal_code'], msg: 'Unknown postal code', type: 'value_error' },
        ],
      })
    })
    renderForm(onSubmit)
    await userEvent.click(screen.getByRole('button', { name: 'Save customer' }))
    expect(await screen.findByText('This ERP id is used by another customer')).toBeInTheDocument()
    expect(screen.getByLabelText('External ERP id')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Postal code')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Unknown postal code')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields')
  })

  it('explains a 412 and offers to reload the latest version', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError({ title: 'The record was changed by someone else', status: 412, code: 'precondition_failed' })
    })
    const { onReload } = renderForm(onSubmit)
    await userEvent.click(screen.getByRole('button', { name: 'Save customer' }))
    expect(await screen.findByText('Someone else changed this record')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Reload latest version' }))
    expect(onReload).toHaveBeenCalled()
  })

  it('checks the GSTIN and the credit limit before sending', async () => {
    const { onSubmit } = renderForm()
    await userEvent.type(screen.getByLabelText('GSTIN'), 'not-a-gstin')
    const limit = screen.getByLabelText('Credit limit')
    await userEvent.clear(limit)
    await userEvent.type(limit, '12,5')
    await userEvent.click(screen.getByRole('button', { name: 'Save customer' }))
    expect(await screen.findByText(/A GSTIN has 15 characters/)).toBeInTheDocument()
    expect(screen.getByText(/Enter an amount like/)).toBeInTheDocument()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('submits the values it was given', async () => {
    const { onSubmit } = renderForm()
    await userEvent.click(screen.getByRole('button', { name: 'Save customer' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
  })
})

describe('customer form values', () => {
  it('keeps money as the decimal string typed', () => {
    const values = { ...emptyCustomer(), name: 'X', credit_limit: '1234567.8900' }
    expect(toCreateBody(values).credit_limit).toBe('1234567.8900')
  })

  it('sends only the fields that changed in a PATCH', () => {
    const initial = { ...emptyCustomer(), name: 'Acme' }
    const changed = { ...initial, phone: '+91 98200 00000' }
    expect(toUpdateBody(changed, initial)).toEqual({ phone: '+91 98200 00000' })
  })
})
