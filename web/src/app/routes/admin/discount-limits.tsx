import { DiscountLimitsPanel } from '@/features/discounts/components/discount-limits-panel'

export function Component() {
  return <DiscountLimitsPanel />
}
