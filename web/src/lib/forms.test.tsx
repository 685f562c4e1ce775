import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { renderWithApp } from '@/test/render'
import { ApiError, type ProblemBody } from './api/problem'
import { splitFieldErrors, useFormSubmit } from './forms'

interface Values {
  name: string
  city: string
}
const initial: Values = { name: 'Acme Pumps', city: 'Pune' }

const problem = (body: Partial<ProblemBody> & Pick<ProblemBody, 'status' | 'code'>) => new ApiError({ type: 'about:blank', title: 'Error', ...body })
const invalid = (...errors: [loc: (string | number)[], msg: string][]) =>
  problem({ status: 422, code: 'validation_error', title: 'Validation failed', errors: errors.map(([loc, msg]) => ({ loc, msg, type: 'value_error' })) })
const stale = () => problem({ status: 412, code: 'precondition_failed', title: 'Changed' })

function resolver(): ConflictSetup<Values> {
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'city', label: 'City' },
    ],
    comparable: (v) => ({ name: v.name.trim(), city: v.city.trim() || null }),
    latest: async () => ({ values: { name: 'Acme', city: 'Pune' }, etag: '"2"' }),
    save: async () => undefined,
    onSaved: () => undefined,
  }
}

interface HarnessProps {
  save: (values: Values) => Promise<unknown>
  resolve?: ConflictSetup<Values>
  knownFields?: readonly string[]
  focus?: boolean
  /** A second button that saves through another function ("create anyway"). */
  other?: (values: Values) => Promise<unknown>
}

/** A form as the app writes them: fields, the error alert (or the conflict), a submit button. */
function Harness({ save, resolve, knownFields, focus, other }: HarnessProps) {
  const form = useForm<Values>({ initialValues: initial, validate: { name: (v) => (v.trim() ? null : 'Name is required') } })
  const saving = useFormSubmit({ form, onSubmit: save, knownFields, conflict: resolve, initialValues: initial, focusFormId: focus ? 'harness-form' : undefined })
  return (
    <form id="harness-form" onSubmit={saving.submit} noValidate>
      <TextInput label="Name" {...form.getInputProps('name')} />
      <TextInput label="City" {...form.getInputProps('city')} />
      {saving.conflict ? <output aria-label="Conflict">{JSON.stringify(saving.conflict)}</output> : <ApiErrorAlert error={saving.error} messages={saving.messages} />}
      <button type="submit">Save</button>
      {other ? (
        <button type="button" onClick={() => void saving.run(form.getValues(), other)}>
          Save anyway
        </button>
      ) : null}
    </form>
  )
}

const name = () => screen.getByRole('textbox', { name: 'Name' })
const city = () => screen.getByRole('textbox', { name: 'City' })
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }))

describe('useFormSubmit', () => {
  it('saves the typed values and shows nothing when the save succeeds', async () => {
    const onSubmit = vi.fn(async () => undefined)
    renderWithApp(<Harness save={onSubmit} />)
    await userEvent.clear(city())
    await userEvent.type(city(), 'Nashik')
    await save()
    await waitFor(() => expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ name: 'Acme Pumps', city: 'Nashik' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('puts field errors at their fields and lists the rest above the form', async () => {
    const onSubmit = vi.fn(async () => {
      throw invalid([['body', 'city'], 'Unknown city'], [['body', 'tax_id'], 'Not a GSTIN'], [['body'], 'Name or company is required'])
    })
    renderWithApp(<Harness save={onSubmit} />)
    await save()

    expect(await screen.findByText('Unknown city')).toBeInTheDocument()
    expect(city()).toHaveAttribute('aria-invalid', 'true')
    expect(name()).not.toHaveAttribute('aria-invalid', 'true')
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Please correct the highlighted fields')
    // A field the form does not have, and a rule of the whole body, are listed.
    expect(alert).toHaveTextContent('tax_id: Not a GSTIN')
    expect(alert).toHaveTextContent('Name or company is required')
  })

  it('lists an error at a field the form shows but does not know as a body field', async () => {
    const onSubmit = vi.fn(async () => {
      throw invalid([['body', 'city'], 'Unknown city'])
    })
    renderWithApp(<Harness save={onSubmit} knownFields={['name']} />)
    await save()

    expect(await screen.findByRole('alert')).toHaveTextContent('city: Unknown city')
    expect(city()).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('moves the focus to the first field the server refused', async () => {
    const onSubmit = vi.fn(async () => {
      throw invalid([['body', 'city'], 'Unknown city'])
    })
    renderWithApp(<Harness save={onSubmit} focus />)
    await save()
    await waitFor(() => expect(city()).toHaveFocus())
  })

  it("moves the focus to the first field the form's own checks refused, without saving", async () => {
    const onSubmit = vi.fn(async () => undefined)
    renderWithApp(<Harness save={onSubmit} focus />)
    await userEvent.clear(name())
    await userEvent.click(city())
    await save()
    expect(await screen.findByText('Name is required')).toBeInTheDocument()
    await waitFor(() => expect(name()).toHaveFocus())
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('turns a 412 on an edit into the conflict: what the form started from and what was submitted', async () => {
    const onSubmit = vi.fn(async () => {
      throw stale()
    })
    renderWithApp(<Harness save={onSubmit} resolve={resolver()} />)
    await userEvent.clear(city())
    await save()

    const conflict = await screen.findByRole('status', { name: 'Conflict' })
    expect(JSON.parse(conflict.textContent ?? '')).toEqual({ base: { name: 'Acme Pumps', city: 'Pune' }, mine: { name: 'Acme Pumps', city: null } })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a 412 as an error when the form has no resolver (a create)', async () => {
    const onSubmit = vi.fn(async () => {
      throw stale()
    })
    renderWithApp(<Harness save={onSubmit} />)
    await save()
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this record')
  })

  it('clears the last error while saving again', async () => {
    let fail = true
    let finish: () => void = () => undefined
    const onSubmit = vi.fn(() => {
      if (fail) return Promise.reject(problem({ status: 409, code: 'customers.archived', title: 'Archived' }))
      return new Promise<void>((resolve) => {
        finish = resolve
      })
    })
    renderWithApp(<Harness save={onSubmit} />)
    await save()
    expect(await screen.findByRole('alert')).toHaveTextContent('This customer is archived')

    fail = false
    await save()
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    await act(async () => finish())
  })

  it('shows a failure that is not an API answer, with no field errors', async () => {
    const onSubmit = vi.fn(async () => {
      throw new Error('Disk full')
    })
    renderWithApp(<Harness save={onSubmit} />)
    await save()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not save')
    expect(alert).toHaveTextContent('Disk full')
  })

  it("lets a form place errors at paths of its own (rows of what was sent, numbered otherwise)", async () => {
    const onSubmit = vi.fn(async () => {
      throw invalid([['body', 'lines', 0, 'quantity'], 'More than ordered'], [['body', 'sales_order_id'], 'is closed'])
    })
    function Rows() {
      const form = useForm<Values>({ initialValues: initial })
      const saving = useFormSubmit({
        form,
        onSubmit,
        // The one line sent was the form's city row, say; the rest is said in words.
        placeErrors: (e, values) => ({ fields: { city: `${e.fieldErrors()['lines.0.quantity']} (${values.city})` }, messages: ['The order: is closed'] }),
      })
      return (
        <form onSubmit={saving.submit} noValidate>
          <TextInput label="City" {...form.getInputProps('city')} />
          <ApiErrorAlert error={saving.error} messages={saving.messages} />
          <button type="submit">Save</button>
        </form>
      )
    }
    renderWithApp(<Rows />)
    await save()
    expect(await screen.findByText('More than ordered (Pune)')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('The order: is closed')
    expect(screen.getByRole('alert')).not.toHaveTextContent('sales_order_id')
  })

  it('runs another save for a second button, placing its errors alike', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const other = vi.fn(async () => {
      throw invalid([['body', 'name'], 'Already taken'])
    })
    renderWithApp(<Harness save={onSubmit} other={other} />)
    await userEvent.click(screen.getByRole('button', { name: 'Save anyway' }))

    expect(await screen.findByText('Already taken')).toBeInTheDocument()
    expect(other).toHaveBeenCalledExactlyOnceWith(initial)
    expect(onSubmit).not.toHaveBeenCalled()
  })
})

describe('splitFieldErrors', () => {
  it('keeps the errors of known fields and of items under them, and names the field of the rest', () => {
    expect(splitFieldErrors({ reason: 'Required', 'quantities.2': 'Too many', lines: 'Unknown line' }, ['reason', 'quantities'])).toEqual({
      fields: { reason: 'Required', 'quantities.2': 'Too many' },
      leftover: ['lines: Unknown line'],
    })
    expect(splitFieldErrors({ anything: 'x' }).fields).toEqual({ anything: 'x' })
  })
})
