import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/problem'
import type { Values } from '@/lib/three-way-merge'
import { renderWithApp } from '@/test/render'
import type { ConflictSetup } from './conflict-types'
import { FormFooter } from './form-footer'

const stale = new ApiError({ type: 'about:blank', title: 'Changed', status: 412, code: 'precondition_failed' })
const resolve: ConflictSetup<Values> = {
  fields: [{ key: 'name', label: 'Name' }],
  comparable: (v) => v,
  latest: async () => ({ values: { name: 'West India' }, etag: '"2"' }),
  save: async () => undefined,
  onSaved: () => undefined,
}

describe('FormFooter', () => {
  it('shows the error with the messages no field shows, Cancel, and the submit button', async () => {
    const onCancel = vi.fn()
    const error = new ApiError({ type: 'about:blank', title: 'Invalid', status: 422, code: 'validation_error', errors: [{ loc: ['body', 'id'], msg: 'taken', type: 'id_taken' }] })
    renderWithApp(<FormFooter saving={{ error, messages: ['id: taken'], conflict: null }} onCancel={onCancel} submitLabel="Save" loading={false} />)

    expect(screen.getByRole('alert')).toHaveTextContent('id: taken')
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'submit')
  })

  it('shows the conflict to resolve instead of the error', async () => {
    const onStartOver = vi.fn()
    renderWithApp(
      <FormFooter
        saving={{ error: null, messages: [], conflict: { base: { name: 'West' }, mine: { name: 'West & Goa' } } }}
        resolve={resolve}
        onStartOver={onStartOver}
        submitLabel="Save"
        loading={false}
      />,
    )
    expect(await screen.findByRole('region', { name: 'Someone else changed this record' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    // Without onCancel there is no Cancel button.
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
  })

  it('offers the reload on a 412 it cannot resolve', async () => {
    const onReload = vi.fn()
    renderWithApp(<FormFooter saving={{ error: stale, messages: [], conflict: null }} onReload={onReload} cancelLabel="Back" onCancel={() => undefined} submitLabel="Save" loading={false} />)
    await userEvent.click(screen.getByRole('button', { name: 'Reload latest version' }))
    expect(onReload).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument()
  })
})
