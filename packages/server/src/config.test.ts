import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses defaults fit for a local start with the embedded database', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.env).toBe('development');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.trace).toBe(false);
    expect(config.neo4j.embedded.dataDir).toMatch(/\.data[/\\]neo4j$/);
  });

  it('names the variable and the value when a number is malformed', () => {
    expect(() => loadConfig({ PORT: 'forty' })).toThrow(
      /PORT must be a whole number \(got 'forty'\)/,
    );
  });

  it('rejects a database URI that is not bolt:// or neo4j://', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      /NEO4J_URI must be a bolt:\/\/ or neo4j:\/\/ URI/,
    );
  });

  it('accepts routing and encrypted URIs for a cluster', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://db.example.org:7687' }).neo4j.uri).toBe(
      'neo4j+s://db.example.org:7687',
    );
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: '99999', NEO4J_TRACE: 'maybe', NODE_ENV: 'staging' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT /m);
      expect(problems).toMatch(/^NEO4J_TRACE /m);
      expect(problems).toMatch(/^NODE_ENV /m);
    }
  });

  it('refuses tracing in production and requires an external database there', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://neo4j:7687', NEO4J_TRACE: 'true' }),
    ).toThrow(/NEO4J_TRACE must not be enabled in production/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/NEO4J_URI is required/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).port).toBe(4000);
  });

  it('publishes the names it reads', () => {
    expect(CONFIG_VARIABLES).toEqual(expect.arrayContaining(['PORT', 'NEO4J_URI', 'NEO4J_TRACE']));
  });
});

describe('.env.example', () => {
  it('lists exactly the variables the server reads', () => {
    const file = readFileSync(path.resolve(__dirname, '..', '..', '..', '.env.example'), 'utf8');
    const listed = [...file.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect([...listed].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
