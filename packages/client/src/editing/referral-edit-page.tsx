import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  CreateReferralPathInput,
  ReferralPathForEditQuery,
  UpdateReferralPathInput,
} from '../gql/graphql';
import { asInput } from './as-input';
import { DeleteEntry, useReloadForDelete } from './delete-entry';
import { EditPage } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { REFERRAL_END_FIELDS, REFERRAL_FIELDS, REFERRAL_RULES } from './entity-specs';
import { useRetryKeys, withRetryKey } from './retry-key';
import { buildCreateInput, buildUpdateInput, toFormValues } from './form-input';
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
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(REFERRAL_PATH_FOR_EDIT, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [update] = useMutation(UPDATE_REFERRAL_PATH);
  const [deleteReferralPath] = useMutation(DELETE_REFERRAL_PATH);
  const { formGeneration, reload } = useReloadForDelete(refetch);
  const path = data?.referralPath;
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
            key={`${path.id}@${String(formGeneration)}`}
            specs={REFERRAL_FIELDS}
            rules={REFERRAL_RULES}
            initial={toSnapshot(path)}
            submitLabel={t('form.save')}
            onSave={async (values, base) => {
              const changes = buildUpdateInput(REFERRAL_FIELDS, base.values, values);
              if (Object.keys(changes).length === 0) return base;
              const result = await update({
                variables: {
                  input: asInput<UpdateReferralPathInput>(changes, { id, version: base.version }),
                },
              });
              return result.data ? toSnapshot(result.data.updateReferralPath) : base;
            }}
            onReload={async () => {
              const result = await client.query({
                query: REFERRAL_PATH_FOR_EDIT,
                variables: { id },
                fetchPolicy: 'network-only',
              });
              return result.data?.referralPath ? toSnapshot(result.data.referralPath) : null;
            }}
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
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromId = params.get('from') ?? '';
  const { data, loading } = useQuery(
    INSTITUTION_NAME,
    fromId === '' ? skipToken : { variables: { id: fromId } },
  );
  const [create] = useMutation(CREATE_REFERRAL_PATH);
  const retryKeys = useRetryKeys();
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
        onSave={async (values) => {
          const result = await create({
            variables: {
              input: withRetryKey(
                retryKeys,
                asInput<CreateReferralPathInput>(buildCreateInput(CREATE_FIELDS, values)),
              ),
            },
          });
          const created = result.data?.createReferralPath;
          if (created) void navigate(`/edit/referral-path/${encodeURIComponent(created.id)}`);
          return null;
        }}
      />
    </EditPage>
  );
}
