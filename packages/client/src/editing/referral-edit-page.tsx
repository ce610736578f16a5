import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ReferralPathForEditQuery } from '../gql/graphql';
import { DeleteEntry } from './delete-entry';
import { EditPage } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { useEntryCreation, useEntryEditing } from './entry-editing';
import { REFERRAL_END_FIELDS, REFERRAL_FIELDS, REFERRAL_RULES } from './entity-specs';
import { toFormValues } from './form-input';
import { emptyValues } from './form-model';
import {
  CREATE_REFERRAL_PATH,
  DELETE_REFERRAL_PATH,
  REFERRAL_PATH_FOR_EDIT,
  UPDATE_REFERRAL_PATH,
} from './referral.graphql';
import { INSTITUTION_NAME } from './service.graphql';

type Stored = Omit<
  NonNullable<ReferralPathForEditQuery['referralPath']>,
  'from' | 'to' | 'id' | 'updatedAt' | 'updatedBy'
>;

function toSnapshot(path: Stored): Snapshot {
  return {
    values: toFormValues(REFERRAL_FIELDS, {
      ...path,
      routeTemplate: path.routeTemplate?.id ?? '',
      topics: path.topics.map((topic) => topic.id),
    }),
    version: path.version,
  };
}

/**
 * `/edit/referral-path/:id`: conditions of a referral path (its ends stay); a delete leads back
 * to the page of the institution it starts from, which lists its referral paths.
 */
export function ReferralPathEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('editing');
  const editing = useEntryEditing({
    id,
    query: REFERRAL_PATH_FOR_EDIT,
    entryOf: (data) => data.referralPath,
    update: UPDATE_REFERRAL_PATH,
    updatedOf: (data) => data.updateReferralPath,
    toSnapshot,
    specs: REFERRAL_FIELDS,
  });
  const [deleteReferralPath] = useMutation(DELETE_REFERRAL_PATH);
  const { entry: path, loading, formKey, reload } = editing;
  return (
    <EditPage
      title={
        path
          ? t('referral.editTitle', { from: path.from.name, to: path.to.name })
          : t('referral.title')
      }
      meta={path ?? undefined}
      loading={loading && !path}
      missing={!loading && !path}
    >
      {path && (
        <>
          <p>
            <Link to={`/edit/institution/${encodeURIComponent(path.from.id)}`}>
              {path.from.name}
            </Link>
            {' → '}
            <Link to={`/edit/institution/${encodeURIComponent(path.to.id)}`}>{path.to.name}</Link>
          </p>
          <p className="hint">{t('referral.endsFixed')}</p>
          <EntityForm
            key={formKey}
            specs={REFERRAL_FIELDS}
            rules={REFERRAL_RULES}
            initial={toSnapshot(path)}
            submitLabel={t('form.save')}
            onSave={editing.onSave}
            onReload={editing.onReload}
          />
          <DeleteEntry
            kind="referralPath"
            id={id}
            name={`${path.from.name} → ${path.to.name}`}
            version={path.version}
            remains={t('delete.referralPath.remains')}
            onDelete={(version) => deleteReferralPath({ variables: { id, version } })}
            onReload={reload}
            afterPath={`/edit/institution/${encodeURIComponent(path.from.id)}`}
          />
        </>
      )}
    </EditPage>
  );
}

const CREATE_FIELDS = [...REFERRAL_END_FIELDS, ...REFERRAL_FIELDS];

/** `/edit/referral-path/new?from=<id>`. */
export function ReferralPathCreatePage() {
  const { t } = useTranslation('editing');
  const [params] = useSearchParams();
  const fromId = params.get('from') ?? '';
  const { data, loading } = useQuery(
    INSTITUTION_NAME,
    fromId === '' ? skipToken : { variables: { id: fromId } },
  );
  const create = useEntryCreation({
    create: CREATE_REFERRAL_PATH,
    createdOf: (data) => data.createReferralPath,
    specs: CREATE_FIELDS,
    editPath: '/edit/referral-path/',
  });
  const from = data?.institution;
  if (loading) return <EditPage title={t('referral.newTitle')} loading />;
  return (
    <EditPage title={t('referral.newTitle')}>
      <EntityForm
        specs={CREATE_FIELDS}
        rules={REFERRAL_RULES}
        initial={{
          values: {
            ...emptyValues(CREATE_FIELDS),
            fromId: from?.id ?? '',
            consent: 'REQUIRED',
            dataMode: 'IDENTIFIED_WITH_CONSENT',
            urgency: 'DAYS',
            afterHours: 'UNKNOWN',
          },
          version: 0,
        }}
        extraLabels={from ? { [from.id]: from.name } : undefined}
        submitLabel={t('form.create')}
        onSave={create}
      />
    </EditPage>
  );
}
