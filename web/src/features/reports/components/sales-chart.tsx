import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatMoney, formatMoneyShort } from '@/lib/format'

export interface PeriodBar {
  name: string
  /** For drawing only; the table under the chart shows the API's exact decimals. */
  orders: number
  invoiced: number
}

/** Order value and invoiced revenue per period (a lazy chunk: recharts loads with it). */
export default function SalesChart({ rows, currency }: { rows: PeriodBar[]; currency: string }) {
  return (
    <ResponsiveContainer>
      <BarChart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 11 }} />
        <YAxis tickFormatter={(v: number) => formatMoneyShort(String(v), currency)} tick={{ fontSize: 11 }} width={96} />
        <Tooltip formatter={(v) => formatMoney(String(v), currency)} />
        <Legend verticalAlign="top" height={28} />
        <Bar dataKey="orders" name="Order value" fill="#74c0fc" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        <Bar dataKey="invoiced" name="Invoiced revenue" fill="#1c7ed6" radius={[4, 4, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}
