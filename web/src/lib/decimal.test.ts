import { describe, expect, it } from 'vitest'
import { divideDecimal, subtractDecimals, sumDecimals } from './decimal'

describe('sumDecimals', () => {
  it('adds money exactly, where floats would drift', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3')
    expect(sumDecimals(['1234567890123.4567', '0.0001'])).toBe('1234567890123.4568')
    expect(sumDecimals([])).toBe('0')
    expect(sumDecimals(['-5.50', '2.25'])).toBe('-3.25')
  })
})

describe('subtractDecimals', () => {
  it('subtracts money exactly', () => {
    expect(subtractDecimals('30000.10', '0.1')).toBe('30000')
    expect(subtractDecimals('0.3', '0.1')).toBe('0.2')
    expect(subtractDecimals('5', '7.25')).toBe('-2.25')
  })
})

describe('divideDecimal', () => {
  it('divides exactly and rounds half away from zero to four places', () => {
    expect(divideDecimal('100.00', 3)).toBe('33.3333')
    expect(divideDecimal('2.00', 3)).toBe('0.6667')
    expect(divideDecimal('-2.00', 3)).toBe('-0.6667')
    expect(divideDecimal('845000.00', 4)).toBe('211250')
  })
})
