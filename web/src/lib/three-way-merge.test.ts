import { describe, expect, it } from 'vitest'
import { defaultChoice, mergeKind, resolvedBody, sameValue, threeWayMerge } from './three-way-merge'

const base = { name: 'Acme', phone: null, notes: 'old', tags: ['a'], credit_limit: '100.00' }

describe('threeWayMerge', () => {
  it('a field only the user changed is theirs to keep', () => {
    const [f] = threeWayMerge(['phone'], base, { ...base, phone: '+91 1' }, base)
    expect(f).toMatchObject({ key: 'phone', kind: 'mine', mine: '+91 1', theirs: null })
    expect(defaultChoice(f!.kind)).toBe('mine')
  })

  it('a field only the other person changed takes their value', () => {
    const [f] = threeWayMerge(['notes'], base, base, { ...base, notes: 'new' })
    expect(f!.kind).toBe('theirs')
    expect(defaultChoice(f!.kind)).toBe('theirs')
  })

  it('both changing a field to the same value is no conflict', () => {
    const mine = { ...base, tags: ['a', 'b'] }
    const [f] = threeWayMerge(['tags'], base, mine, { ...base, tags: ['a', 'b'] })
    expect(f!.kind).toBe('same')
  })

  it('both changing a field to different values is a conflict with no default', () => {
    const [f] = threeWayMerge(['credit_limit'], base, { ...base, credit_limit: '200' }, { ...base, credit_limit: '300' })
    expect(f!.kind).toBe('conflict')
    expect(defaultChoice(f!.kind)).toBeNull()
  })

  it('a field neither side changed is untouched, in the order asked', () => {
    const fields = threeWayMerge(['name', 'phone'], base, { ...base }, { ...base, tags: ['z'] })
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ['name', 'untouched'],
      ['phone', 'untouched'],
    ])
  })

  it('compares arrays and objects by value, missing and undefined alike', () => {
    expect(sameValue([{ a: 1, b: undefined }], [{ a: 1 }])).toBe(true)
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameValue(null, '')).toBe(false)
    expect(mergeKind(undefined, null, undefined)).toBe('mine')
  })
})

describe('resolvedBody', () => {
  it('sends only the fields where the user keeps their value', () => {
    const mine = { ...base, phone: '+91 1', notes: 'mine', credit_limit: '200' }
    const theirs = { ...base, notes: 'theirs', name: 'Acme Ltd', credit_limit: '300' }
    const fields = threeWayMerge(['name', 'phone', 'notes', 'credit_limit'], base, mine, theirs)
    expect(resolvedBody(fields, { phone: 'mine', notes: 'theirs', credit_limit: 'mine', name: 'mine' })).toEqual({
      phone: '+91 1',
      credit_limit: '200',
    })
    expect(resolvedBody(fields, { phone: 'theirs', notes: null })).toEqual({})
  })
})
