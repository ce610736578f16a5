import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MembershipInput } from '../gql/graphql';
import { useErrorText } from '../errors/use-error-text';
import { asInput } from './as-input';
import { DeleteEntry } from './delete-entry';
import { EditPage, EditSection } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { MEMBERSHIP_FIELDS } from './entity-specs';
import { buildCreateInput } from './form-input';
import { emptyValues } from './form-model';
import {
  ADD_NETWORK_MEMBER,
  DELETE_NETWORK,
  NETWORK_FOR_EDIT,
  REMOVE_NETWORK_MEMBER,
} from './network.graphql';
import { useOptionLabel } from './options';

const EMPTY_MEMBERSHIP: Snapshot = {
  values: { ...emptyValues(MEMBERSHIP_FIELDS), role: 'MEMBER' },
  version: 0,
};

/** `/edit/network/:id`: the members of a network and their roles, and the network's delete. */
export function NetworkEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('editing');
  const { errorText } = useErrorText();
  const optionLabel = useOptionLabel();
  const { data, loading, refetch } = useQuery(NETWORK_FOR_EDIT, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [addMember] = useMutation(ADD_NETWORK_MEMBER);
  const [removeMember] = useMutation(REMOVE_NETWORK_MEMBER);
  const [deleteNetwork] = useMutation(DELETE_NETWORK);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const network = data?.network;
  return (
    <EditPage
      title={network ? t('network.editTitle', { name: network.name }) : t('network.title')}
      loading={loading && !network}
      missing={!loading && !network}
      historyVersion={network?.version}
    >
      {network && (
        <>
          <EditSection title={t('network.members')}>
            {removeError && (
              <p className="form-error" role="alert">
                {t('failure.failed', { message: removeError })}
              </p>
            )}
            <ul className="item-list">
              {network.members.map((membership) => {
                const name =
                  membership.institution?.name ??
                  membership.person?.displayName ??
                  membership.memberId;
                const path = membership.institution ? 'institution' : 'person';
                return (
                  <li key={membership.memberId}>
                    <Link to={`/edit/${path}/${encodeURIComponent(membership.memberId)}`}>
                      {name}
                    </Link>{' '}
                    – {optionLabel('membershipRole', membership.role)}
                    {membership.since &&
                      ` (${t('network.sinceItem', { since: membership.since })})`}{' '}
                    <button
                      type="button"
                      onClick={() => {
                        setRemoveError(null);
                        removeMember({
                          variables: { networkId: id, memberId: membership.memberId },
                        }).catch((error: unknown) => {
                          setRemoveError(errorText(error));
                        });
                      }}
                    >
                      {t('network.removeMember', { name })}
                    </button>
                  </li>
                );
              })}
            </ul>
          </EditSection>
          <EditSection title={t('network.addMember')}>
            <EntityForm
              specs={MEMBERSHIP_FIELDS}
              initial={EMPTY_MEMBERSHIP}
              submitLabel={t('network.addMember')}
              savedMessage={t('form.added')}
              onSave={async (values) => {
                await addMember({
                  variables: {
                    input: asInput<MembershipInput>(buildCreateInput(MEMBERSHIP_FIELDS, values), {
                      networkId: id,
                    }),
                  },
                });
                return EMPTY_MEMBERSHIP;
              }}
            />
          </EditSection>
          <DeleteEntry
            kind="network"
            id={id}
            name={network.name}
            version={network.version}
            consequences={[
              network.members.length > 0 &&
                t('delete.network.memberships', { count: network.members.length }),
            ]}
            remains={t('delete.network.remains')}
            onDelete={(version) => deleteNetwork({ variables: { id, version } })}
            onReload={refetch}
          />
        </>
      )}
    </EditPage>
  );
}
