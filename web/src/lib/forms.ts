import type { UseFormReturnType } from '@mantine/form'
import { useState } from 'react'
import { conflictOf, type Conflict, type ConflictSetup } from '@/components/forms/conflict-types'
import { ApiError } from './api/problem'

interface SettableForm {
  setErrors: (errors: Record<string, string>) => void
}

/**
 * Field errors split into those a form shows at its fields (named, or under a
 * named list or object: `lines` holds `lines.0.quantity`) and the rest as
 * messages that say which field they are about. No `knownFields`: all at fields.
 */
export function splitFieldErrors(fieldErrors: Record<string, string>, knownFields?: readonly string[]): { fields: Record<string, string>; leftover: string[] } {
  const fields: Record<string, string> = {}
  const leftover: string[] = []
  for (const [path, msg] of Object.entries(fieldErrors)) {
    const root = path.split('.')[0] ?? path
    if (!knownFields || knownFields.includes(path) || knownFields.includes(root)) fields[path] = msg
    else leftover.push(`${path}: ${msg}`)
  }
  return { fields, leftover }
}

/**
 * Shows an API validation answer next to the fields it names. Returns the
 * messages that belong to no field of this form (shown above the form).
 */
export function applyApiErrors(form: SettableForm, error: unknown, knownFields?: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return []
  const { fields, leftover } = splitFieldErrors(error.fieldErrors(), knownFields)
  form.setErrors(fields)
  return [...error.generalMessages(), ...leftover]
}

/** Moves the focus to the first field of the form `formId` that shows an error, once the errors are drawn. */
export function focusFirstInvalid(formId: string) {
  setTimeout(() => document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 50)
}

type ConflictOptions<V> =
  | { conflict?: undefined; initialValues?: undefined }
  | {
      /** An edit: a 412 opens the field-by-field resolver instead of the error (undefined: a create, no resolver). */
      conflict: ConflictSetup<V> | undefined
      /** What the form started from: the resolver's "when you opened it". */
      initialValues: V
    }

export type FormSubmitOptions<V> = ConflictOptions<V> & {
  form: UseFormReturnType<V>
  /** Saves the values; what it throws is shown on the form. */
  onSubmit: (values: V) => Promise<unknown>
  /** The body fields this form shows; an error naming another is listed above the form. Default: the form's fields. */
  knownFields?: readonly string[]
  /**
   * Where this form shows a refusal's field errors when their paths are not its own (rows of
   * what was sent, numbered otherwise): the errors by the form's paths, and the messages for
   * above the form. Default: by `knownFields`.
   */
  placeErrors?: (error: ApiError, values: V) => { fields: Record<string, string>; messages: string[] }
  /** The `id` of the form element: the focus moves to the first field in error, the browser's checks' or the server's. */
  focusFormId?: string
}

export interface FormSubmit<V> {
  /** The form's `onSubmit`: validates, then saves. */
  submit: ReturnType<UseFormReturnType<V>['onSubmit']>
  /** Saves values without the form's submit event (a second button: "create anyway"), with another save if given. */
  run: (values: V, save?: (values: V) => Promise<unknown>) => Promise<void>
  /** The last save's failure, for `ApiErrorAlert`; null while saving again. */
  error: unknown
  /** The failure's messages that no field of the form shows. */
  messages: string[]
  /** The 412 to resolve, when the form has a resolver. */
  conflict: Conflict | null
}

interface Outcome {
  error: unknown
  messages: string[]
  conflict: Conflict | null
}
const CLEAR: Outcome = { error: null, messages: [], conflict: null }

/**
 * One way for every form to save and show what went wrong: a 412 on an edit
 * with a resolver becomes the side-by-side conflict; any other failure is
 * kept for the error alert, its RFC 9457 field errors are set on the fields
 * they name and the rest listed above the form. Written once so that every
 * form clears, places and focuses errors alike.
 */
export function useFormSubmit<V>(options: FormSubmitOptions<V>): FormSubmit<V> {
  const { form, onSubmit, knownFields, conflict: resolve, initialValues, placeErrors, focusFormId } = options
  const [outcome, setOutcome] = useState<Outcome>(CLEAR)
  const focus = () => {
    if (focusFormId) focusFirstInvalid(focusFormId)
  }
  const place = (e: unknown, values: V): string[] => {
    if (!placeErrors || !(e instanceof ApiError)) return applyApiErrors(form, e, knownFields ?? Object.keys(values as object))
    const { fields, messages } = placeErrors(e, values)
    form.setErrors(fields)
    return messages
  }
  const run = async (values: V, save = onSubmit) => {
    setOutcome(CLEAR)
    try {
      await save(values)
    } catch (e) {
      const conflict = initialValues === undefined ? null : conflictOf(e, resolve, initialValues, values)
      if (conflict) return setOutcome({ ...CLEAR, conflict })
      setOutcome({ error: e, messages: place(e, values), conflict: null })
      focus()
    }
  }
  const submit = form.onSubmit((values) => run(values), focusFormId ? focus : undefined)
  return { submit, run, ...outcome }
}
