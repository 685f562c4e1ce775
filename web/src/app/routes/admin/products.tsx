import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useProducts } from '@/features/products/api/products'
import { ProductModal } from '@/features/products/components/product-modal'
import { PRODUCT_FILTER_KEYS, ProductFiltersBar, ProductTable } from '@/features/products/components/product-table'
import { flattenPages } from '@/lib/api/pagination'
import type { Product } from '@/lib/lookups/catalogue'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(PRODUCT_FILTER_KEYS)
  const query = useProducts(filters)
  const [editing, setEditing] = useState<Product | 'new' | null>(null)
  const products = flattenPages(query.data)
  return (
    <>
      <PageHeader
        title="Products"
        description="What can be quoted: SKU, tax category, list price."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New product
          </Button>
        }
      />
      <ProductFiltersBar filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading products…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : products.length === 0 ? (
          <EmptyState title="No products match these filters" />
        ) : (
          <>
            <ProductTable products={products} onEdit={setEditing} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={products.length} noun="products" />
          </>
        )}
      </Card>
      {editing ? <ProductModal product={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
