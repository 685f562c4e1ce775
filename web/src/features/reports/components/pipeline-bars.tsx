import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatMoney, formatMoneyShort } from '@/lib/format'

export interface StageBar {
  name: string
  /** For drawing only; the table beside the chart shows the API's exact decimals. */
  amount: number
  weighted: number
}

/** The chart library is loaded with this module only (a lazy chunk of the home page). */
export default function PipelineBars({ rows, currency }: { rows: StageBar[]; currency: string }) {
  return (
    <ResponsiveContainer>
      <BarChart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-25} textAnchor="end" height={56} />
        <YAxis tickFormatter={(v: number) => formatMoneyShort(String(v), currency)} tick={{ fontSize: 11 }} width={96} />
        <Tooltip formatter={(v) => formatMoney(String(v), currency)} />
        <Legend verticalAlign="top" height={28} />
        <Bar dataKey="amount" name="Amount" fill="#74c0fc" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        <Bar dataKey="weighted" name="Weighted" fill="#1c7ed6" radius={[4, 4, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}
