import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';
import { normaliseToken } from './token-store';
import '../editing/editing.css';

/**
 * Header control: who the tab is signed in as (role in words), a form to sign in with an access
 * token, and signing out. The token field is a password field, so it is not shown or remembered.
 */
export function SignInControl() {
  const { t } = useTranslation('editing');
  const auth = useAuth();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const tokenId = useId();
  const hintId = useId();

  const role = auth.viewer ? t(`auth.roles.${auth.viewer.role}`) : '…';
  const summary = auth.hasToken
    ? t('auth.signedInAs', { name: auth.viewer?.name ?? '…', role })
    : t('auth.anonymous', { role });

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = normaliseToken(draft);
    if (!token) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    try {
      await auth.signIn(token);
      setDraft('');
      setInvalid(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="sign-in">
      <summary>
        <span aria-hidden="true">{auth.canEdit ? '✎ ' : '👁 '}</span>
        {summary}
      </summary>
      <div className="sign-in-panel">
        {auth.tokenRejected && (
          <p className="form-error" role="alert">
            {t('auth.tokenRejected')}
          </p>
        )}
        <p>{auth.canEdit ? t('auth.mayEdit') : t('auth.mayNotEdit')}</p>
        <form
          onSubmit={(event) => {
            void submit(event);
          }}
          noValidate
        >
          <label htmlFor={tokenId}>{t('auth.tokenLabel')}</label>
          <input
            id={tokenId}
            type="password"
            autoComplete="off"
            value={draft}
            aria-invalid={invalid}
            aria-describedby={hintId}
            onChange={(event) => {
              setDraft(event.target.value);
              setInvalid(false);
            }}
          />
          <p id={hintId} className={invalid ? 'field-error' : 'hint'}>
            {invalid ? t('auth.tokenInvalid') : t('auth.tokenHint')}
          </p>
          <button type="submit" disabled={busy}>
            {t('auth.signIn')}
          </button>
        </form>
        {auth.hasToken && (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              void auth.signOut();
            }}
          >
            {t('auth.signOut')}
          </button>
        )}
      </div>
    </details>
  );
}
