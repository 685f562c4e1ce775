import { Skeleton } from '@mantine/core'
import { lazy, Suspense, type ReactNode } from 'react'

export interface BarSeries {
  key: string
  name: string
  color: string
  /** Series with the same stack id are stacked. */
  stack?: string
}

export interface BarChartProps {
  data: Record<string, string | number>[]
  /** The key of each bar's label. */
  category: string
  series: BarSeries[]
  unit: 'money' | 'count'
  currency?: string
  /** Bars run sideways (long labels: customers, contacts). */
  horizontal?: boolean
}

const Bars = lazy(() => import('./bar-chart'))

/** A chart's box: a described image for assistive technology, its chunk loaded lazily. */
export function ChartBox({ label, height = 280, children }: { label: string; height?: number; children: ReactNode }) {
  return (
    <div style={{ width: '100%', height, padding: 12 }} role="img" aria-label={label}>
      <Suspense fallback={<Skeleton h="100%" />}>{children}</Suspense>
    </div>
  )
}

export function ReportBarChart({ label, height, ...props }: BarChartProps & { label: string; height?: number }) {
  return (
    <ChartBox label={label} height={height}>
      <Bars {...props} />
    </ChartBox>
  )
}

/** A palette the charts share (Mantine's blue, teal, grape, orange, red, gray at shade 6). */
export const COLORS = { blue: '#228be6', lightBlue: '#74c0fc', teal: '#12b886', grape: '#be4bdb', orange: '#fd7e14', red: '#fa5252', gray: '#868e96', yellow: '#fab005', indigo: '#4c6ef5' }

/** A decimal string as a number: for drawing only (tables show the API's decimals). */
export const plot = (value: string | null | undefined): number => (value ? Number(value) : 0)
