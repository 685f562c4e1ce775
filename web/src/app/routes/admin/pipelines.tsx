import { PipelinesPanel } from '@/features/pipelines/components/pipelines-panel'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [params, setParams] = useUrlFilters(['pipeline_id'] as const)
  return <PipelinesPanel selectedId={params.pipeline_id} onSelect={(id) => setParams({ pipeline_id: id })} />
}
