import type { Product } from '@/lib/lookups/catalogue'
import type { ProductCreate } from '../api/products'

export interface ProductFormValues {
  sku: string
  name: string
  description: string
  group_id: string | null
  unit: string
  kind: 'goods' | 'service'
  supply_method: 'purchase' | 'manufacture'
  reorder_level: string
  hsn_sac_code: string
  tax_category_id: string | null
  list_price: string
  currency: string
  cost: string
  is_active: boolean
  external_id: string
}

export function productToValues(p?: Product): ProductFormValues {
  return {
    sku: p?.sku ?? '',
    name: p?.name ?? '',
    description: p?.description ?? '',
    group_id: p?.group_id ?? null,
    unit: p?.unit ?? 'nos',
    kind: p?.kind ?? 'goods',
    supply_method: p?.supply_method ?? 'purchase',
    reorder_level: p?.reorder_level ?? '',
    hsn_sac_code: p?.hsn_sac_code ?? '',
    tax_category_id: p?.tax_category_id ?? null,
    list_price: p?.list_price ?? '',
    currency: p?.currency ?? 'INR',
    cost: p?.cost ?? '',
    is_active: p?.is_active ?? true,
    external_id: p?.external_id ?? '',
  }
}

/** The fields as the request body carries them (empty optional text is null). */
export function productComparable(v: ProductFormValues): ProductCreate {
  return {
    sku: v.sku.trim(),
    name: v.name.trim(),
    description: v.description.trim() || null,
    group_id: v.group_id,
    unit: v.unit.trim(),
    kind: v.kind,
    supply_method: v.supply_method,
    reorder_level: v.reorder_level.trim() || null,
    hsn_sac_code: v.hsn_sac_code.trim() || null,
    tax_category_id: v.tax_category_id ?? '',
    list_price: v.list_price.trim(),
    currency: v.currency,
    cost: v.cost.trim() || null,
    is_active: v.is_active,
    external_id: v.external_id.trim() || null,
  }
}
