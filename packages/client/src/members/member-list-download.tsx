import { useTranslation } from 'react-i18next';
import { ExportButton } from '../exports/export-button';

/**
 * The member list of a network to download (`GET /export/network-members.csv|xlsx`), as a term
 * and its description inside a `<dl>` of details: institutions and people with their role in
 * German (Koordination, Mitglied, Gast); people and their work contacts only for members and up,
 * which the server decides by the tab's sign-in.
 */
export function MemberListDownload({
  networkId,
  peopleVisible,
}: {
  readonly networkId: string;
  /** Whether the viewer sees people; otherwise a note says what the list leaves out. */
  readonly peopleVisible: boolean;
}) {
  const { t } = useTranslation('members');
  return (
    <>
      <dt>{t('heading')}</dt>
      <dd className="member-list-download">
        <ExportButton
          name="network-members"
          format="csv"
          params={{ network: networkId }}
          label={t('csv')}
        />{' '}
        <ExportButton
          name="network-members"
          format="xlsx"
          params={{ network: networkId }}
          label={t('xlsx')}
        />
        {!peopleVisible && <p className="notice">{t('publicNote')}</p>}
      </dd>
    </>
  );
}
