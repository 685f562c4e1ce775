import { describe, expect, it } from 'vitest'
import type { Lead } from '../api/get-leads'
import { describeScoreFactor } from './score-factors'

const lead = {
  source: 'field_visit',
  industry: 'Pharma',
  estimated_value: '1250000.00',
  currency: 'INR',
  captured_at: '2026-11-29T08:35:00Z',
  last_activity_at: '2026-11-29T08:35:00Z',
} as unknown as Lead

const say = (factor: string, reason: string, l: Lead = lead) => describeScoreFactor({ factor, reason, points: 10 }, l)

describe('lead score factors in words', () => {
  it('names the source as people do', () => {
    expect(say('source', 'Source: field_visit')).toBe('Source: Field visit')
  })

  it('writes amounts in lakh and crore', () => {
    expect(say('value', 'Estimated value 1250000.00 INR >= 500000.00 INR')).toBe('Estimated value ₹12.5 lakh (₹5 lakh or more)')
    const big = { ...lead, estimated_value: '25000000' } as Lead
    expect(say('value', 'Estimated value 25000000 INR >= 10000000.00 INR', big)).toBe('Estimated value ₹2.5 crore (₹1 crore or more)')
  })

  it('lists the details given by their labels', () => {
    expect(say('completeness', 'Details given: company_name, email, tax_id')).toBe('Details given: company name, email and GSTIN')
  })

  it('does not call a capture an activity', () => {
    expect(say('recent_activity', 'Last activity 0 days ago (within 7 days)')).toBe('No activity yet, captured today (counts within 7 days)')
    const worked = { ...lead, captured_at: '2026-11-10T10:00:00Z', last_activity_at: '2026-11-20T10:00:00Z' } as Lead
    expect(say('recent_activity', 'Last activity 3 days ago (within 7 days)', worked)).toBe('Last activity 3 days ago (counts within 7 days)')
  })

  it('keeps the industry and any factor it does not know', () => {
    expect(say('industry', 'Industry: Pharma')).toBe('Industry: Pharma')
    expect(say('model', 'Similar to won deals')).toBe('Similar to won deals')
  })
})
