import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { createAuthenticator } from '../auth';
import { createContext } from '../context';
import { InvalidInputError } from '../errors';
import { createLogger } from '../logger';
import { createDriver } from '../neo4j/driver';
import { testConfig } from '../test/neo4j';
import { toCsv } from './csv';
import { exportRouter } from './export-route';
import type { ExportDefinition } from './types';

const TOKENS = { member: 'member-token-0123456789', coordinator: 'coordinator-token-0123456789' };

/** A members-only list whose content says who asked, and a public calendar. */
const EXPORTS: readonly ExportDefinition[] = [
  {
    name: 'contacts',
    formats: ['csv'],
    minRole: 'member',
    describe: { de: 'Kontakte', en: 'Contacts' },
    produce({ params, context }) {
      const year = params.get('year');
      if (year !== null && !/^\d{4}$/.test(year)) {
        return Promise.reject(InvalidInputError.forField('year', 'must be a year such as 2027'));
      }
      if (params.has('fail')) return Promise.reject(new Error('secret detail /work/x.ts:1:2'));
      return Promise.resolve({
        filename: `Kontakte für ${context.viewer.name}.csv`,
        body: toCsv([{ header: 'Rolle', value: (r: string) => r }], [context.viewer.role]),
      });
    },
  },
  {
    name: 'calendar',
    formats: ['ics'],
    minRole: 'public',
    describe: { de: 'Termine', en: 'Dates' },
    produce: () => Promise.resolve({ filename: 'termine.ics', body: 'BEGIN:VCALENDAR' }),
  },
];

describe('file downloads with the API sign-in and roles', () => {
  let driver: Driver;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const config = testConfig({
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: Object.entries(TOKENS)
        .map(([role, token]) => `${token}:${role}:Rita ${role}`)
        .join(','),
    });
    driver = createDriver(config.neo4j, config.neo4j.uri ?? '');
    const logger = createLogger(config);
    const app = express();
    app.use(
      '/export',
      exportRouter({
        exports: EXPORTS,
        authenticator: createAuthenticator(config.auth),
        contextFor: (viewer, requestId) =>
          createContext({ config, driver, logger }, viewer, requestId),
        logger,
      }),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await driver.close();
  });

  const asRole = (role: keyof typeof TOKENS): Record<string, string> => ({
    authorization: `Bearer ${TOKENS[role]}`,
  });

  it('lists only the files the role may download', async () => {
    const listOf = async (headers: Record<string, string>): Promise<string[]> => {
      const body = (await (await fetch(base, { headers })).json()) as {
        exports: { urls: string[] }[];
      };
      return body.exports.flatMap((e) => e.urls);
    };
    expect(await listOf({})).toEqual(['/export/calendar.ics']);
    expect(await listOf(asRole('member'))).toEqual([
      '/export/contacts.csv',
      '/export/calendar.ics',
    ]);
  });

  it('hands a member the file under its German name, never cached', async () => {
    const response = await fetch(`${base}/contacts.csv`, { headers: asRole('member') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Kontakte fur Rita member.csv"; filename*=UTF-8''Kontakte%20f%C3%BCr%20Rita%20member.csv`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    // The byte order mark Excel needs survives the way through HTTP.
    expect(bytes.toString('hex', 0, 3)).toBe('efbbbf');
    expect(bytes.toString('utf8', 3)).toBe('Rolle\r\nmember\r\n');
  });

  it('asks a signed-out visitor to sign in, and refuses a wrong token', async () => {
    const signedOut = await fetch(`${base}/contacts.csv`);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'Sign in to download this file.' },
    });
    const wrong = await fetch(`${base}/contacts.csv`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('names the parameter at fault with BAD_USER_INPUT', async () => {
    const response = await fetch(`${base}/contacts.csv?year=20x7`, { headers: asRole('member') });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: 'year: must be a year such as 2027',
        field: 'year',
      },
    });
  });

  it('says which formats exist when asked for another, and which exports when the name is unknown', async () => {
    const format = await fetch(`${base}/contacts.pdf`, { headers: asRole('member') });
    expect(format.status).toBe(404);
    expect(((await format.json()) as { error: { message: string } }).error.message).toBe(
      "'contacts' is exported as csv, not as 'pdf'.",
    );
    const unknown = await fetch(`${base}/everything.csv`);
    expect(unknown.status).toBe(404);
  });

  it('masks an unexpected failure: no message, path or stack reaches the caller', async () => {
    const response = await fetch(`${base}/contacts.csv?fail=1`, { headers: asRole('member') });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      '{"error":{"code":"INTERNAL_SERVER_ERROR","message":"Internal server error"}}',
    );
  });
});
