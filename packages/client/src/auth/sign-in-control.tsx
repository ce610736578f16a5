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
import '../editing/editing.css';
import './sign-in.css';

/**
 * Header control: a button naming who the tab is signed in as and their role, opening a panel
 * to sign in with an access token or to sign out. A disclosure, not a menu: the panel holds a
 * form. Escape, a click outside or tabbing away closes it; Escape returns focus to the button.
 * The token field is a password field, so it is not shown or remembered.
 */
export function SignInControl() {
  const { t } = useTranslation('editing');
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

  const role = auth.viewer ? t(`auth.roles.${auth.viewer.role}`) : '…';
  const name = auth.hasToken ? (auth.viewer?.name ?? '…') : t('auth.signIn');
  const status = auth.hasToken
    ? t('auth.signedInAs', { name: auth.viewer?.name ?? '…', role })
    : t('auth.anonymous', { role });

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  };

  // On opening, focus goes to the panel's first control, so the keyboard is where the work is.
  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('input, button')?.focus();
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
          <span className="visually-hidden">{t('auth.roleLabel')} </span>
          {role}
        </span>
        <span className="chevron" aria-hidden="true" />
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="sign-in-panel"
        role="group"
        aria-label={t('auth.panelLabel')}
        hidden={!open}
      >
        <p className="sign-in-status">
          <strong>{status}</strong>
          <br />
          {auth.canEdit ? t('auth.mayEdit') : t('auth.mayNotEdit')}
        </p>
        {auth.tokenRejected && (
          <p className="form-error" role="alert">
            {t('auth.tokenRejected')}
          </p>
        )}
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
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('auth.signIn')}
            </button>
            {auth.hasToken && (
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  void auth
                    .signOut()
                    .catch(() => undefined)
                    .then(() => {
                      close(true);
                    });
                }}
              >
                {t('auth.signOut')}
              </button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
