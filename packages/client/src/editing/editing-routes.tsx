import { Route, Routes } from 'react-router';
import { NotFoundView } from '../views/not-found-view';
import { DeletedEntriesPage } from './deleted-entries-page';
import { EditHome } from './edit-home';
import { InstitutionCreatePage, InstitutionEditPage } from './institution-edit-page';
import { MeetingCreatePage, MeetingEditPage } from './meeting-edit-page';
import { NetworkEditPage } from './network-edit-page';
import { PersonCreatePage, PersonEditPage } from './person-edit-page';
import { ReferralPathCreatePage, ReferralPathEditPage } from './referral-edit-page';
import { ServiceCreatePage, ServiceEditPage } from './service-edit-page';

/**
 * The editing pages under `/edit` (registered in App.tsx as `/edit/*`). Other views link here:
 * `/edit/institution/:id`, `/edit/person/:id`, `/edit/service/:id`, `/edit/referral-path/:id`,
 * `/edit/network/:id`, `/edit/meeting/:id`, `/edit/deleted` (deleted entries), and `…/new` for each (services and referral paths
 * take `?institution=` and `?from=`).
 */
export function EditingRoutes() {
  return (
    <Routes>
      <Route index element={<EditHome />} />
      <Route path="deleted" element={<DeletedEntriesPage />} />
      <Route path="institution/new" element={<InstitutionCreatePage />} />
      <Route path="institution/:id" element={<InstitutionEditPage />} />
      <Route path="person/new" element={<PersonCreatePage />} />
      <Route path="person/:id" element={<PersonEditPage />} />
      <Route path="service/new" element={<ServiceCreatePage />} />
      <Route path="service/:id" element={<ServiceEditPage />} />
      <Route path="referral-path/new" element={<ReferralPathCreatePage />} />
      <Route path="referral-path/:id" element={<ReferralPathEditPage />} />
      <Route path="network/:id" element={<NetworkEditPage />} />
      <Route path="meeting/new" element={<MeetingCreatePage />} />
      <Route path="meeting/:id" element={<MeetingEditPage />} />
      <Route path="*" element={<NotFoundView />} />
    </Routes>
  );
}
