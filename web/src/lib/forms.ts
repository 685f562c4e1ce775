import { ApiError } from './api/problem'

interface SettableForm {
  setErrors: (errors: Record<string, string>) => void
}

/**
 * Shows an API validation answer next to the fields it names. Returns the
 * messages that belong to no field of this form (shown above the form).
 */
export function applyApiErrors(form: SettableForm, error: unknown, knownFields?: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return []
  const fieldErrors = error.fieldErrors()
  const onFields: Record<string, string> = {}
  const leftover: string[] = error.generalMessages()
  for (const [path, msg] of Object.entries(fieldErrors)) {
    const root = path.split('.')[0] ?? path
    if (!knownFields || knownFields.includes(path) || knownFields.includes(root)) onFields[path] = msg
    else leftover.push(`${path}: ${msg}`)
  }
  form.setErrors(onFields)
  return leftover
}
