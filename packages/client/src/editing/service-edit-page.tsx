import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { NEW_SERVICE_DEFAULTS } from '@schutznetz/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CreateServiceInput, ServiceForEditQuery } from '../gql/graphql';
import { DeleteEntry } from './delete-entry';
import { EditPage } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { useEntryCreation, useEntryEditing } from './entry-editing';
import { SERVICE_FIELDS, SERVICE_RULES } from './entity-specs';
import { toFormValues } from './form-input';
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
  const editing = useEntryEditing({
    id,
    query: SERVICE_FOR_EDIT,
    entryOf: (data) => data.service,
    update: UPDATE_SERVICE,
    updatedOf: (data) => data.updateService,
    toSnapshot,
    specs: SERVICE_FIELDS,
  });
  const [deleteService] = useMutation(DELETE_SERVICE);
  const { entry: service, loading, formKey, reload } = editing;
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
            key={formKey}
            specs={SERVICE_FIELDS}
            rules={SERVICE_RULES}
            initial={toSnapshot(service)}
            submitLabel={t('form.save')}
            onSave={editing.onSave}
            onReload={editing.onReload}
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
  const [params] = useSearchParams();
  const institutionId = params.get('institution') ?? '';
  const { data, loading } = useQuery(
    INSTITUTION_NAME,
    institutionId === '' ? skipToken : { variables: { id: institutionId } },
  );
  const create = useEntryCreation({
    create: CREATE_SERVICE,
    createdOf: (data) => data.createService,
    specs: SERVICE_FIELDS,
    editPath: '/edit/service/',
    extra: { institutionId } satisfies Partial<CreateServiceInput>,
  });
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
            onSave={create}
          />
        </>
      )}
      {!institution && !loading && <p>{t('service.needsInstitution')}</p>}
    </EditPage>
  );
}
