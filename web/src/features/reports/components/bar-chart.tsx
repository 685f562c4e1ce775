import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatCount, formatMoney, formatMoneyShort } from '@/lib/format'
import type { BarChartProps } from './report-chart'

/** Bars per category (a lazy chunk: recharts loads with it). Values are numbers for drawing only. */
export default function ReportBars({ data, category, series, unit, currency = 'INR', horizontal = false }: BarChartProps) {
  const short = (v: number) => (unit === 'money' ? formatMoneyShort(String(v), currency) : formatCount(v))
  const full = (v: unknown) => (unit === 'money' ? formatMoney(String(v), currency) : String(v))
  const values = { tickFormatter: short, tick: { fontSize: 11 }, allowDecimals: unit === 'money' }
  return (
    <ResponsiveContainer>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" {...values} />
            <YAxis type="category" dataKey={category} tick={{ fontSize: 11 }} width={160} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey={category} tick={{ fontSize: 11 }} />
            <YAxis {...values} width={unit === 'money' ? 96 : 48} />
          </>
        )}
        <Tooltip formatter={full} />
        {series.length > 1 ? <Legend verticalAlign="top" height={28} itemSorter={null} /> : null}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={s.stack}
            radius={s.stack ? undefined : horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]}
            maxBarSize={72}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
