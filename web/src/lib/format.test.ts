import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatDateTime, formatMoney, formatMoneyShort, formatTime, formatTimeIn, groupIndian, instantToPicker, minorUnits, pickerToInstant, toIsoDate } from './format'

describe('formatMoney', () => {
  it('groups digits the Indian way, with the currency symbol and its minor units', () => {
    expect(formatMoney('1234567.5', 'INR')).toBe('₹12,34,567.50')
    expect(formatMoney('2500000.00', 'INR')).toBe('₹25,00,000.00')
    expect(formatMoney('384000', 'USD')).toBe('$3,84,000.00')
    expect(formatMoney('1500', 'JPY')).toBe('¥1,500')
    expect(formatMoney('999', 'INR')).toBe('₹999.00')
    expect(formatMoney('0', 'EUR')).toBe('€0.00')
  })

  it('formats the decimal string exactly, rounding half-up to the minor units', () => {
    expect(formatMoney('1234567890123.4567', 'INR')).toBe('₹12,34,56,78,90,123.46')
    expect(formatMoney('0.005', 'INR')).toBe('₹0.01')
    expect(formatMoney('0.0049', 'INR')).toBe('₹0.00')
    expect(formatMoney('1499.5', 'JPY')).toBe('¥1,500')
    expect(formatMoney('9.995', 'USD')).toBe('$10.00')
  })

  it('keeps the sign in front of the symbol', () => {
    expect(formatMoney('-125000.25', 'INR')).toBe('-₹1,25,000.25')
    expect(formatMoney('-0.001', 'INR')).toBe('₹0.00')
  })

  it('names a currency without a symbol by its code', () => {
    expect(formatMoney('1250.5', 'AED')).toBe('AED 1,250.50')
  })

  it('shows a dash for no amount and the raw text for a malformed one', () => {
    expect(formatMoney(null)).toBe('—')
    expect(formatMoney('')).toBe('—')
    expect(formatMoney('12,5', 'INR')).toBe('12,5 INR')
  })

  it('knows the minor units of a currency', () => {
    expect(minorUnits('INR')).toBe(2)
    expect(minorUnits('JPY')).toBe(0)
    expect(minorUnits('KWD')).toBe(3)
  })

  it('groups any digit string', () => {
    expect(groupIndian('1')).toBe('1')
    expect(groupIndian('1000')).toBe('1,000')
    expect(groupIndian('100000')).toBe('1,00,000')
    expect(groupIndian('10000000')).toBe('1,00,00,000')
  })
})

describe('formatMoneyShort', () => {
  it('speaks in lakh and crore', () => {
    expect(formatMoneyShort('1250000', 'INR')).toBe('₹12.5 lakh')
    expect(formatMoneyShort('500000.00', 'INR')).toBe('₹5 lakh')
    expect(formatMoneyShort('23000000', 'INR')).toBe('₹2.3 crore')
    expect(formatMoneyShort('45000', 'INR')).toBe('₹45,000')
    expect(formatMoneyShort('384000', 'USD')).toBe('$3.8 lakh')
  })
})

describe('dates', () => {
  it('writes dates as 29 Nov 2026 and date-times as 29 Nov 2026, 14:05 in local time', () => {
    expect(formatDate('2026-11-29')).toBe('29 Nov 2026')
    expect(formatDate('2026-09-03')).toBe('3 Sep 2026')
    const local = new Date(2026, 10, 29, 14, 5)
    expect(formatDateTime(local.toISOString())).toBe('29 Nov 2026, 14:05')
    expect(formatTime(local.toISOString())).toBe('14:05')
    expect(formatDate(local)).toBe('29 Nov 2026')
  })

  it('keeps a bare date a calendar date, whatever the time zone', () => {
    expect(toIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026')
  })

  it('shows a dash for nothing and the raw text for what is not a date', () => {
    expect(formatDate(null)).toBe('—')
    expect(formatDateTime('soon')).toBe('soon')
  })
})

describe('formatCount', () => {
  it('groups counts the Indian way', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(1234)).toBe('1,234')
    expect(formatCount(1234567)).toBe('12,34,567')
  })
})

describe('formatTimeIn', () => {
  it("reads the clock of the given time zone, not the browser's", () => {
    expect(formatTimeIn('2026-11-02T03:30:00Z', 'Asia/Kolkata')).toBe('09:00')
    expect(formatTimeIn('2026-11-02T20:15:00Z', 'Asia/Kolkata')).toBe('01:45')
    expect(formatTimeIn('2026-11-02T03:30:00Z', 'UTC')).toBe('03:30')
    expect(formatTimeIn(null, 'UTC')).toBe('—')
  })
})

describe('date-time pickers', () => {
  it('turns a picker value into an instant with offset and back', () => {
    const instant = pickerToInstant('2026-11-26 09:30:00')!
    expect(instant).toMatch(/Z$/)
    expect(instantToPicker(instant)).toBe('2026-11-26 09:30:00')
    expect(pickerToInstant(null)).toBeNull()
  })
})
