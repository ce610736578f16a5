import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../config';

/** The scheduled backup of docker-compose.yml (decision 034), as Compose would read it. */

interface ComposeService {
  build?: { context: string; dockerfile: string };
  command?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const backup = compose.services['backup'];
const server = compose.services['server'];

/** `${NAME:?message}` and `${NAME:-default}` as Compose expands them with only NEO4J_PASSWORD set. */
const expand = (value: string): string =>
  value.replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (_match, name: string, fallback?: string) =>
    name === 'NEO4J_PASSWORD' ? 'secret' : (fallback ?? ''),
  );

describe('the backup service of docker-compose.yml', () => {
  const environment = Object.fromEntries(
    Object.entries(backup?.environment ?? {}).map(([key, value]) => [key, expand(value)]),
  );

  it('runs the scheduled backup from the server’s image once the database is healthy', () => {
    expect(backup?.build).toEqual(server?.build);
    expect(backup?.command).toEqual(['node', 'packages/server/dist/scripts/backup-schedule.js']);
    expect(backup?.depends_on?.['neo4j']).toEqual({ condition: 'service_healthy' });
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(
      'COPY --from=build /app/packages/server/dist packages/server/dist',
    );
  });

  it('backs up nightly into a named volume and keeps two weeks, with variables its config reads', () => {
    for (const name of Object.keys(environment)) expect(CONFIG_VARIABLES).toContain(name);
    const config = loadConfig(environment);
    expect(config.env).toBe('production');
    expect(config.neo4j.uri).toBe(server?.environment?.['NEO4J_URI']);
    expect(config.backup).toEqual({ dir: '/backups', time: '02:30', keepDays: 14 });
    const [volume, mountPoint] = (backup?.volumes?.[0] ?? '').split(':');
    expect(mountPoint).toBe(config.backup.dir);
    expect(compose.volumes).toHaveProperty(volume ?? '');
    // The image creates the folder for its user, so the new volume is writable by it.
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toContain(
      `mkdir -p ${config.backup.dir} && chown node:node ${config.backup.dir}`,
    );
  });
});
