import { ProductGroupsPanel } from '@/features/products/components/product-groups-panel'

export function Component() {
  return <ProductGroupsPanel />
}
