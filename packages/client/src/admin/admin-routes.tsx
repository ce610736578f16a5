import { Navigate, Route, Routes } from 'react-router';
import { RegionAdminPage } from './region-admin-page';

/** The admin pages under `/admin`: for now the region (`/admin/region`), where `/admin` leads. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="region" replace />} />
      <Route path="region" element={<RegionAdminPage />} />
    </Routes>
  );
}
