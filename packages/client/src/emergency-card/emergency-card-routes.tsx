import { Route, Routes } from 'react-router';
import { CardIndex } from './card-index';
import { MunicipalityCardView } from './municipality-card-view';
import { RouteCardView } from './route-card-view';

/** The Notfallkarte pages under `/notfallkarte`: the choice, a route search's card, a municipality's card. */
export function EmergencyCardRoutes() {
  return (
    <Routes>
      <Route index element={<CardIndex />} />
      <Route path="route" element={<RouteCardView />} />
      <Route path=":municipality" element={<MunicipalityCardView />} />
    </Routes>
  );
}
