import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PortalReviewPage } from './portal-review-page';
import { PortalGrantsPage } from './portal-grants-page';
import { useSession } from '../../session/session-context';

/**
 * The portal module's staff page: changes to review and access grants, as tabs (`?tab=grants`). One
 * address, `/portal`: every address under `/portal/` belongs to the client portal's own app.
 */
export function PortalStaffPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // the changes show the card's current values: the card's right as well (the server's rule)
  const changes = useSession().can('clients', 'view');
  const tab = params.get('tab') === 'grants' || !changes ? 'grants' : 'changes';
  return (
    <Tabs value={tab} onChange={(v) => setParams(v === 'grants' ? { tab: 'grants' } : {}, { replace: true })} keepMounted={false}>
      <Tabs.List mb="md">
        {changes && (
          <Tabs.Tab value="changes" data-testid="portal-staff-tab-changes">
            {t('portal.staff.nav')}
          </Tabs.Tab>
        )}
        <Tabs.Tab value="grants" data-testid="portal-staff-tab-grants">
          {t('portal2.staff.grantsNav')}
        </Tabs.Tab>
      </Tabs.List>
      {changes && (
        <Tabs.Panel value="changes">
          <PortalReviewPage />
        </Tabs.Panel>
      )}
      <Tabs.Panel value="grants">
        <PortalGrantsPage />
      </Tabs.Panel>
    </Tabs>
  );
}
