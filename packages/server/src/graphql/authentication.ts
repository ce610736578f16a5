import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { IdentityProviderUnavailableError, type Authenticator, type Viewer } from '../auth';
import { UnauthenticatedError } from '../errors';
import type { Logger } from '../logger';

/**
 * The viewer of a GraphQL request, for the context factory. A refused token becomes the
 * response itself: HTTP 401 with `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750) and
 * a GraphQL error `UNAUTHENTICATED` whose message says why; an identity provider that cannot be
 * asked becomes 503. Apollo answers a context error with its `extensions.http` before anything runs.
 */
export async function viewerOfRequest(
  authenticator: Authenticator,
  authorization: string | undefined,
  logger: Logger,
): Promise<Viewer> {
  try {
    return await authenticator.authenticate(authorization);
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      const headers = new HeaderMap([
        [
          'www-authenticate',
          `Bearer realm="schutznetz", error="invalid_token", error_description="${error.reason}"`,
        ],
      ]);
      throw new GraphQLError(error.message, {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers } },
      });
    }
    if (error instanceof IdentityProviderUnavailableError) {
      // The details (addresses inside the deployment) go to the log, not to the caller.
      logger.error({ err: error }, 'identity provider unavailable; refusing signed-in requests');
      throw new GraphQLError(
        'The identity provider cannot be reached, so the sign-in cannot be checked. Please try again shortly.',
        { extensions: { code: 'IDENTITY_PROVIDER_UNAVAILABLE', http: { status: 503 } } },
      );
    }
    throw error;
  }
}
