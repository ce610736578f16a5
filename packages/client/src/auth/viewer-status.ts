import type { TFunction } from 'i18next';
import type { AccessRole } from '../gql/graphql';

/** The role as the UI names it, e.g. COORDINATOR → „Koordination“. */
export function roleLabel(t: TFunction<'auth'>, role: AccessRole | null | undefined): string {
  return role ? t(`roles.${role}`) : '…';
}

/**
 * One line saying who this tab is signed in as: „Angemeldet als Anna Beispiel (Koordination)“,
 * or „Ohne Anmeldung (Öffentlichkeit)“ without a token.
 */
export function signInStatus(
  t: TFunction<'auth'>,
  viewer: { readonly name: string; readonly role: AccessRole } | null,
  hasToken: boolean,
): string {
  const role = roleLabel(t, viewer?.role);
  return hasToken ? t('signedInAs', { name: viewer?.name ?? '…', role }) : t('anonymous', { role });
}
