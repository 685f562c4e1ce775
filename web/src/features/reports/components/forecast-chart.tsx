import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatMoney, formatMoneyShort } from '@/lib/format'

export interface ForecastPoint {
  name: string
  /** Numbers for drawing only; the table under the chart shows the API's decimals. */
  actual?: number
  forecast?: number
  band?: [number, number]
}

/** Booked revenue per month, then the forecast line inside its shaded ~95 % band (a lazy chunk). */
export default function ForecastChart({ points, currency }: { points: ForecastPoint[]; currency: string }) {
  const money = (v: unknown) => (Array.isArray(v) ? `${formatMoney(String(v[0]), currency)} – ${formatMoney(String(v[1]), currency)}` : formatMoney(String(v), currency))
  return (
    <ResponsiveContainer>
      <ComposedChart data={points} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
        <YAxis tickFormatter={(v: number) => formatMoneyShort(String(v), currency)} tick={{ fontSize: 11 }} width={96} />
        <Tooltip formatter={money} />
        <Legend verticalAlign="top" height={28} itemSorter={null} />
        <Area dataKey="band" name="Likely range (~95 %)" stroke="none" fill="#74c0fc" fillOpacity={0.35} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="actual" name="Booked" stroke="#1c7ed6" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="forecast" name="Forecast" stroke="#e8590c" strokeWidth={2} strokeDasharray="6 4" dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
      </ComposedChart>
    </ResponsiveContainer>
  )
}
