import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOptionLabel } from '../editing/options';
import { useErrorText } from '../errors/use-error-text';
import { searchFromForm, type RouteForm } from '../routes/route-form';
import { routeSteps } from '../routes/route-steps';
import { ReachAvailability } from '../routes/step-reach';
import { useRouteSearch } from '../routes/use-route-search';
import { CardContactItem } from './card-contact-item';
import { EmergencyCard } from './emergency-card';

/** The need of a search in words: topic, residence, target group, age, language, moment. */
function useNeedText(form: RouteForm): string {
  const { t } = useTranslation('emergencyCard');
  const optionLabel = useOptionLabel();
  return [
    form.topic && t('needParts.topic', { value: optionLabel('topic', form.topic) }),
    form.municipality &&
      t('needParts.municipality', { value: optionLabel('region', form.municipality) }),
    form.targetGroup &&
      t('needParts.targetGroup', { value: optionLabel('targetGroup', form.targetGroup) }),
    form.age && t('needParts.age', { value: form.age }),
    form.language && t('needParts.language', { value: optionLabel('language', form.language) }),
    form.at && t('needParts.at', { at: form.at }),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * `/notfallkarte/route?<search>&rank=<n>`: the card of a route search — the need in words, then
 * each route's steps with name, phone, the week's hours and the state at the search's moment,
 * website and address (a shelter's never), one route with `rank`, all of them without.
 */
export function RouteCardView() {
  const { t } = useTranslation('emergencyCard');
  const { errorText } = useErrorText();
  const [params] = useSearchParams();
  const search = params.toString();
  const { form, data, loading, error } = useRouteSearch(search);
  const needText = useNeedText(form);
  const rank = Number.parseInt(params.get('rank') ?? '', 10);
  const routes = (data?.referralRoutes.routes ?? []).filter(
    (route) => Number.isNaN(rank) || route.rank === rank,
  );

  return (
    <EmergencyCard
      title={t('routeTitle')}
      lead={t('need', { need: needText })}
      back={{ to: `/routes?${searchFromForm(form).toString()}`, label: t('backToRoutes') }}
    >
      {loading && !data && <p role="status">{t('loading')}</p>}
      {error && !data && <p role="alert">{t('error', { message: errorText(error) })}</p>}
      {data && routes.length === 0 && <p>{t('noRoute')}</p>}
      {routes.map((route) => (
        <section key={route.rank} className="card-section">
          <h2>
            {t('route', {
              rank: route.rank,
              service: route.endService.name,
              institution: route.endInstitution.name,
            })}
          </h2>
          <ol className="card-contacts card-steps">
            {routeSteps(route).map((step, index) => (
              <CardContactItem
                key={index}
                line={{
                  name: `${t('step', { number: index + 1 })}: ${step.name}`,
                  phone: step.reach?.phone,
                  hours: step.reach ? (
                    <ReachAvailability reach={step.reach} week />
                  ) : (
                    t('hoursUnknown')
                  ),
                  website: step.reach?.website,
                  addressProtected: step.reach?.addressProtected ?? false,
                  street: step.reach?.street,
                  postalCode: step.reach?.postalCode,
                  municipality: step.reach?.municipality,
                }}
              />
            ))}
          </ol>
        </section>
      ))}
    </EmergencyCard>
  );
}
