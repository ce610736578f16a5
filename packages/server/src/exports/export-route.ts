/**
 * `GET /export` lists the files the viewer may download; `GET /export/<name>.<format>` builds
 * one. Sign-in and roles are the GraphQL API's: a wrong token is refused with 401, a role below
 * the export's with 403 (401 while not signed in), and the file is never cached on the way.
 */
import { randomUUID } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import { hasRole, type Authenticator, type Viewer } from '../auth';
import type { Context } from '../context';
import { isAppError, type ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { EXPORT_CONTENT_TYPES, isExportFormat, type ExportDefinition } from './types';

export interface ExportRouteDependencies {
  readonly exports: readonly ExportDefinition[];
  readonly authenticator: Authenticator;
  readonly contextFor: (viewer: Viewer, requestId: string) => Context;
  readonly logger: Logger;
}

const STATUS: Record<ErrorCode | 'INTERNAL_SERVER_ERROR', number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DATABASE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  DATABASE_TIMEOUT: 504,
  INTERNAL_SERVER_ERROR: 500,
};

/** The error body every failed download answers, in the shape of a GraphQL error's extensions. */
function sendError(
  res: Response,
  code: keyof typeof STATUS,
  message: string,
  field?: unknown,
): void {
  res
    .status(STATUS[code])
    .set('cache-control', 'no-store')
    .json({ error: { code, message, ...(typeof field === 'string' ? { field } : {}) } });
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 5987). */
function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function requestIdOf(req: Request): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && header ? header.slice(0, 100) : randomUUID();
}

export function exportRouter(deps: ExportRouteDependencies): express.Router {
  const { exports, authenticator, contextFor, logger } = deps;
  const byName = new Map(exports.map((definition) => [definition.name, definition]));
  const router = express.Router();

  /** The viewer, or the error response already sent. */
  async function viewerOf(req: Request, res: Response): Promise<Viewer | undefined> {
    try {
      return await authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      if (isAppError(error)) {
        sendError(res, error.code, error.message);
      } else {
        logger.error({ err: error }, 'identity provider unavailable; refusing a download');
        sendError(
          res,
          'SERVER_BUSY',
          'The identity provider cannot be reached, so the sign-in cannot be checked. Please try again shortly.',
        );
      }
      return undefined;
    }
  }

  router.get('/', async (req, res) => {
    const viewer = await viewerOf(req, res);
    if (viewer === undefined) return;
    res.set('cache-control', 'no-store').json({
      exports: exports
        .filter((definition) => hasRole(viewer, definition.minRole))
        .map((definition) => ({
          name: definition.name,
          description: definition.describe,
          formats: definition.formats,
          urls: definition.formats.map((format) => `/export/${definition.name}.${format}`),
        })),
    });
  });

  router.get('/:file', async (req, res) => {
    const match = /^([a-z0-9-]+)\.([a-z]+)$/.exec(req.params.file);
    const definition = match ? byName.get(match[1] ?? '') : undefined;
    const format = match?.[2] ?? '';
    if (definition === undefined) {
      sendError(
        res,
        'NOT_FOUND',
        `There is no export '${req.params.file}'; GET /export lists them.`,
      );
      return;
    }
    if (!isExportFormat(format) || !definition.formats.includes(format)) {
      sendError(
        res,
        'NOT_FOUND',
        `'${definition.name}' is exported as ${definition.formats.join(', ')}, not as '${format}'.`,
      );
      return;
    }
    const viewer = await viewerOf(req, res);
    if (viewer === undefined) return;
    if (!hasRole(viewer, definition.minRole)) {
      if (viewer.role === 'public' && req.headers.authorization === undefined) {
        sendError(res, 'UNAUTHENTICATED', 'Sign in to download this file.');
      } else {
        sendError(res, 'FORBIDDEN', 'Your role does not allow this. Ask a network coordinator.');
      }
      return;
    }
    const context = contextFor(viewer, requestIdOf(req));
    const params = new URLSearchParams(req.url.split('?')[1] ?? '');
    try {
      const file = await definition.produce({ format, params, context });
      res
        .status(200)
        .set({
          'content-type': EXPORT_CONTENT_TYPES[format],
          'content-disposition': contentDisposition(file.filename),
          // Files may hold work contacts: no shared cache keeps them.
          'cache-control': 'no-store',
        })
        .send(typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body);
    } catch (error) {
      if (isAppError(error)) {
        sendError(res, error.code, error.message, error.details['field']);
        return;
      }
      context.logger.error({ err: error, export: definition.name }, 'export failed');
      sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
