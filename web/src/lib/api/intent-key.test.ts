import { describe, expect, it } from 'vitest'
import { IntentKey, stableJson } from './intent-key'

describe('IntentKey', () => {
  it('gives a retry of the same input the same key', () => {
    const intent = new IntentKey()
    const first = intent.for({ name: 'Acme', city: 'Pune' })
    expect(intent.for({ city: 'Pune', name: 'Acme' })).toBe(first)
  })

  it('gives changed input a new key', () => {
    const intent = new IntentKey()
    const first = intent.for({ name: 'Acme' })
    const second = intent.for({ name: 'Acme Pumps' })
    expect(second).not.toBe(first)
    expect(intent.for({ name: 'Acme Pumps' })).toBe(second)
  })

  it('starts a new intent after a success, even for the same input', async () => {
    const intent = new IntentKey()
    const sent: string[] = []
    await intent.send({ name: 'Acme' }, async (key) => sent.push(key))
    await intent.send({ name: 'Acme' }, async (key) => sent.push(key))
    expect(sent[1]).not.toBe(sent[0])
  })

  it('keeps the key after a failure, so the retry is recognised', async () => {
    const intent = new IntentKey()
    const sent: string[] = []
    const failing = async (key: string) => {
      sent.push(key)
      throw new TypeError('Failed to fetch')
    }
    await expect(intent.send({ name: 'Acme' }, failing)).rejects.toThrow()
    await expect(intent.send({ name: 'Acme' }, failing)).rejects.toThrow()
    expect(sent[1]).toBe(sent[0])
  })

  it('fingerprints values whatever the order of their keys', () => {
    expect(stableJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":0,"y":1}]},"b":1}')
  })
})
