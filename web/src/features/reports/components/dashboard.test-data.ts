/** A dashboard answer as the API gives it (a head's, mid-November). */
export const stamp = { created_at: '2026-11-01T09:00:00Z', updated_at: '2026-11-01T09:00:00Z', version: 1 }

export const target = {
  id: 'tg1',
  ...stamp,
  subject: 'engineer',
  engineer_id: 'e1',
  team_id: null,
  territory_id: null,
  subject_name: 'Arun Kumar',
  period: 'month',
  period_start: '2026-11-01',
  period_end: '2026-11-30',
  currency: 'INR',
  revenue: '500000.00',
  quantity: null,
  visits: 40,
  notes: null,
  revenue_actual: '420000.00',
  revenue_percent: '84',
  quantity_actual: null,
  quantity_percent: null,
  visits_actual: 12,
  visits_percent: '30',
}

const figures = (orders: number, value: string, invoiced: string, won: number, lost: number, rate: string | null) => ({
  currency: 'INR',
  orders,
  order_value: value,
  quantity: '10',
  average_deal_size: null,
  invoiced_revenue: invoiced,
  won,
  lost,
  win_rate: rate,
})

export const dashboard = {
  window: { start: '2026-11-01', end: '2026-11-15' },
  previous_window: { start: '2026-10-01', end: '2026-10-15' },
  pipeline: [
    { pipeline_id: 'p1', pipeline_name: 'Default', stage_id: 's1', stage_name: 'Potential', probability: 10, currency: 'INR', deals: 4, amount: '1000000.00', weighted_amount: '100000.00' },
    { pipeline_id: 'p1', pipeline_name: 'Default', stage_id: 's2', stage_name: 'Negotiation', probability: 60, currency: 'INR', deals: 2, amount: '250000.50', weighted_amount: '150000.30' },
  ],
  pipeline_totals: [{ currency: 'INR', deals: 6, amount: '1250000.50', weighted_amount: '250000.30' }],
  sales: [
    {
      key: null,
      label: null,
      currency: 'INR',
      current: figures(7, '845000.00', '610000.00', 3, 1, '75'),
      previous: figures(5, '700000.00', '650000.00', 2, 2, '50'),
      order_value_change_percent: '20.7',
      invoiced_revenue_change_percent: '-6.2',
    },
  ],
  cash: [{ currency: 'INR', invoices: 6, invoiced: '719800.00', payments: 4, collected: '359900.00', collected_percent: '50' }],
  overdue: [
    { key: null, label: null, currency: 'INR', invoices: 9, current: '120000.00', days_1_30: '80000.00', days_31_60: '40000.00', days_61_90: '0.00', over_90: '15000.00', overdue_total: '135000.00', total_open: '255000.00' },
  ],
  targets: [target, { ...target, id: 'tg2', subject: 'team', engineer_id: null, team_id: 't1', subject_name: 'West', period: 'quarter', period_start: '2026-10-01', period_end: '2026-12-31', revenue: '3000000.00', revenue_actual: '3300000.00', revenue_percent: '110', visits: null, visits_actual: null, visits_percent: null }],
  today: { date: '2026-11-15', people: 5, on_duty: 4, visits_planned: 12, visits_done: 7, flagged_check_ins: 1, distance_km: 83.46 },
  this_week: { week: { start: '2026-11-09', end: '2026-11-15' }, visits_planned: 40, visits_done: 31, visits_unplanned: 3 },
}
