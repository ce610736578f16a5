import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { NEW_SERVICE_DEFAULTS } from '@schutznetz/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { CreateServiceInput, ServiceForEditQuery, UpdateServiceInput } from '../gql/graphql';
import { asInput } from './as-input';
import { DeleteEntry, useReloadForDelete } from './delete-entry';
import { EditPage } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { SERVICE_FIELDS, SERVICE_RULES } from './entity-specs';
import { useRetryKeys, withRetryKey } from './retry-key';
import { buildCreateInput, buildUpdateInput, toFormValues } from './form-input';
import { emptyValues } from './form-model';
import {
  CREATE_SERVICE,
  DELETE_SERVICE,
  INSTITUTION_NAME,
  SERVICE_FOR_EDIT,
  UPDATE_SERVICE,
} from './service.graphql';

type Stored = Omit<
  NonNullable<ServiceForEditQuery['service']>,
  'institution' | 'updatedAt' | 'updatedBy' | 'id'
>;

function toSnapshot(service: Stored): Snapshot {
  return {
    values: toFormValues(SERVICE_FIELDS, {
      ...service,
      topics: service.topics.map((topic) => topic.id),
      targetGroups: service.targetGroups.map((group) => group.id),
      area: service.area.map((region) => region.id),
    }),
    version: service.version,
  };
}

/** `/edit/service/:id`; a delete leads back to its institution's page, which lists the services. */
export function ServiceEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('editing');
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(SERVICE_FOR_EDIT, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [update] = useMutation(UPDATE_SERVICE);
  const [deleteService] = useMutation(DELETE_SERVICE);
  const { formGeneration, reload } = useReloadForDelete(refetch);
  const service = data?.service;
  return (
    <EditPage
      title={service ? t('service.editTitle', { name: service.name }) : t('service.title')}
      meta={service ?? undefined}
      loading={loading && !service}
      missing={!loading && !service}
    >
      {service && (
        <>
          <p>
            <Link to={`/edit/institution/${encodeURIComponent(service.institution.id)}`}>
              {t('service.of', { name: service.institution.name })}
            </Link>
          </p>
          {service.capacityReportedAt && (
            <p className="hint">
              {t('service.capacityReportedAt', {
                date: service.capacityReportedAt,
              })}
            </p>
          )}
          <EntityForm
            key={`${service.id}@${String(formGeneration)}`}
            specs={SERVICE_FIELDS}
            rules={SERVICE_RULES}
            initial={toSnapshot(service)}
            submitLabel={t('form.save')}
            onSave={async (values, base) => {
              const changes = buildUpdateInput(SERVICE_FIELDS, base.values, values);
              if (Object.keys(changes).length === 0) return base;
              const result = await update({
                variables: {
                  input: asInput<UpdateServiceInput>(changes, { id, version: base.version }),
                },
              });
              return result.data ? toSnapshot(result.data.updateService) : base;
            }}
            onReload={async () => {
              const result = await client.query({
                query: SERVICE_FOR_EDIT,
                variables: { id },
                fetchPolicy: 'network-only',
              });
              return result.data?.service ? toSnapshot(result.data.service) : null;
            }}
          />
          <DeleteEntry
            kind="service"
            id={id}
            name={service.name}
            version={service.version}
            remains={t('delete.service.remains', { institution: service.institution.name })}
            onDelete={(version) => deleteService({ variables: { id, version } })}
            onReload={reload}
            afterPath={`/edit/institution/${encodeURIComponent(service.institution.id)}`}
          />
        </>
      )}
    </EditPage>
  );
}

/** `/edit/service/new?institution=<id>`: a new service of that institution. */
export function ServiceCreatePage() {
  const { t } = useTranslation('editing');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const institutionId = params.get('institution') ?? '';
  const { data, loading } = useQuery(
    INSTITUTION_NAME,
    institutionId === '' ? skipToken : { variables: { id: institutionId } },
  );
  const [create] = useMutation(CREATE_SERVICE);
  const retryKeys = useRetryKeys();
  const institution = data?.institution;
  const initial: Snapshot = {
    values: {
      ...emptyValues(SERVICE_FIELDS),
      // The server's defaults for a new service, as the API's enums (upper case).
      selfReferral: NEW_SERVICE_DEFAULTS.selfReferral,
      languages: NEW_SERVICE_DEFAULTS.languages.map((code) => code.toUpperCase()),
      cost: NEW_SERVICE_DEFAULTS.cost.toUpperCase(),
      area: institution ? [institution.municipality.id] : [],
    },
    version: 0,
  };
  return (
    <EditPage title={t('service.newTitle')} loading={loading} missing={!loading && !institution}>
      {institution && (
        <>
          <p>{t('service.of', { name: institution.name })}</p>
          <EntityForm
            specs={SERVICE_FIELDS}
            rules={SERVICE_RULES}
            initial={initial}
            submitLabel={t('form.create')}
            onSave={async (values) => {
              const result = await create({
                variables: {
                  input: withRetryKey(
                    retryKeys,
                    asInput<CreateServiceInput>(buildCreateInput(SERVICE_FIELDS, values), {
                      institutionId,
                    }),
                  ),
                },
              });
              const created = result.data?.createService;
              if (created) void navigate(`/edit/service/${encodeURIComponent(created.id)}`);
              return null;
            }}
          />
        </>
      )}
      {!institution && !loading && <p>{t('service.needsInstitution')}</p>}
    </EditPage>
  );
}
