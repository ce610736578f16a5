import {
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';
import { normaliseToken } from './token-store';
import { roleLabel, signInStatus } from './viewer-status';
import '../editing/editing.css';
import './sign-in.css';

/**
 * Header control: a button naming who the tab is signed in as and their role, opening a panel
 * to sign in or out: through the identity provider when the server names one (Authorization
 * Code + PKCE), with an access token in development and tests. A disclosure, not a menu: the
 * panel holds a form. Escape, a click outside or tabbing away closes it; Escape returns focus to
 * the button. The token field is a password field, so it is not shown or remembered. When the
 * server refused the session, the panel opens by itself and says so.
 */
export function SignInControl() {
  const { t } = useTranslation('auth');
  const auth = useAuth();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const tokenId = useId();
  const hintId = useId();

  const role = roleLabel(t, auth.viewer?.role);
  const name = auth.hasToken ? (auth.viewer?.name ?? '…') : t('signIn');
  const status = signInStatus(t, auth.viewer, auth.hasToken);
  const provider = auth.signInWithProvider;
  const offerTokens = auth.settings?.staticTokens ?? false;

  // An expired or refused session, or a failed provider sign-in: open the panel that says so,
  // with the way back in focused (once the server has said how to sign in).
  useEffect(() => {
    if (auth.notice) setOpen(true);
  }, [auth.notice]);
  useEffect(() => {
    if (open && auth.notice) {
      panelRef.current?.querySelector<HTMLElement>('input, button.primary')?.focus();
    }
  }, [open, auth.notice, provider, offerTokens]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  };

  /** Signs out (at the provider too, where there is one) and closes the panel, even if that fails. */
  const signOut = () => {
    void auth
      .signOut()
      .catch(() => undefined)
      .then(() => {
        close(true);
      });
  };

  // On opening, focus goes to the panel's first control, so the keyboard is where the work is.
  useEffect(() => {
    if (!open) return;
    // The token field or the main action ("Mit Dienstkonto anmelden", "Erneut anmelden") first.
    const panel = panelRef.current;
    (
      panel?.querySelector<HTMLElement>('input, button.primary') ??
      panel?.querySelector<HTMLElement>('button')
    )?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };
  const onBlur = (event: FocusEvent) => {
    // Tabbing out of the control closes it; a click inside the panel moves focus nowhere.
    const next = event.relatedTarget;
    if (next instanceof Node && !rootRef.current?.contains(next)) setOpen(false);
  };

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = normaliseToken(draft);
    if (!token) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    try {
      // The token is taken at once; a query that fails while the store refetches shows its own
      // error, so it must not keep the panel open.
      await auth.signIn(token).catch(() => undefined);
      setDraft('');
      setInvalid(false);
      close(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sign-in" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        className="sign-in-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span className="sign-in-name">{name}</span>
        <span className="role-badge" data-can-edit={auth.canEdit || undefined}>
          <span className="visually-hidden">{t('roleLabel')} </span>
          {role}
        </span>
        <span className="chevron" aria-hidden="true" />
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="sign-in-panel"
        role="group"
        aria-label={t('panelLabel')}
        hidden={!open}
      >
        <p className="sign-in-status">
          <strong>{status}</strong>
          <br />
          {auth.canEdit ? t('mayEdit') : t('mayNotEdit')}
        </p>
        {auth.notice && (
          <div className="form-error sign-in-notice" role="alert">
            <p>{t(`notices.${auth.notice}`)}</p>
            <button type="button" onClick={auth.dismissNotice}>
              {t('dismiss')}
            </button>
          </div>
        )}
        {provider && !auth.hasToken && (
          <div className="sign-in-provider">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                // The page leaves for the provider; on failure it stays and can try again.
                provider().catch(() => {
                  setBusy(false);
                });
              }}
            >
              {auth.notice ? t('signInAgain') : t('signInWithProvider')}
            </button>
            <p className="hint">{t('providerHint')}</p>
          </div>
        )}
        {provider && auth.hasToken && (
          <div className="form-actions">
            <button type="button" disabled={busy} onClick={signOut}>
              {t('signOut')}
            </button>
          </div>
        )}
        {offerTokens && (
          <form
            aria-label={provider ? t('developmentTokens') : undefined}
            onSubmit={(event) => {
              void submit(event);
            }}
            noValidate
          >
            {provider && <p className="hint">{t('developmentTokens')}</p>}
            <label htmlFor={tokenId}>{t('tokenLabel')}</label>
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
              {invalid ? t('tokenInvalid') : t('tokenHint')}
            </p>
            <div className="form-actions">
              <button type="submit" className="primary" disabled={busy}>
                {t('signIn')}
              </button>
              {auth.hasToken && !provider && (
                <button type="button" disabled={busy} onClick={signOut}>
                  {t('signOut')}
                </button>
              )}
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
