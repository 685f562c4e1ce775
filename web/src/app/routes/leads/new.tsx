import { notifications } from '@mantine/notifications'
import { useNavigate } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { LeadForm } from '@/features/leads/components/lead-form'
import { useCan } from '@/lib/auth/session'

export function Component() {
  const navigate = useNavigate()
  const canAssign = useCan('leads:assign')
  return (
    <>
      <PageHeader title="Capture lead" description="A person or a company is enough; we check for duplicates by email, phone and GSTIN." />
      <LeadForm
        canAssign={canAssign}
        onCancel={() => navigate('/leads')}
        onCreated={(lead) => {
          notifications.show({ color: 'green', message: 'Lead captured' })
          navigate(`/leads/${lead.id}`)
        }}
      />
    </>
  )
}
