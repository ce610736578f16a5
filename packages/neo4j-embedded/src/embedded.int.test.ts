import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j } from './embedded';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isRunning(pid);
}

// Each test starts a JVM or two.
jest.setTimeout(180_000);

describe('embedded Neo4j', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-embedded-'));
    dirs.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('serves Bolt on the loopback interface, keeps its data, and stops on request', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedNeo4j({ dataDir, heapMb: 256, pageCacheMb: 16 });
    expect(first.boltUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = neo4j.driver(first.boltUri);
    await driver.executeQuery("CREATE (:Probe {name: 'kept'})");
    await driver.close();
    await first.stop();
    expect(isRunning(first.pid)).toBe(false);

    const second = await startEmbeddedNeo4j({ dataDir, heapMb: 256, pageCacheMb: 16 });
    const again = neo4j.driver(second.boltUri);
    const { records } = await again.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
    expect(records.map((record) => record.get('name') as string)).toEqual(['kept']);
    await again.close();
    await second.stop();
  });

  it('never outlives the Node process that started it, even when that one is killed', async () => {
    const fixture = path.join(__dirname, 'fixtures', 'start-and-hang.ts');
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', fixture, tempDir()],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => {
        reject(new Error(`fixture exited with ${code}`));
      });
    });
    const { pid } = JSON.parse(line) as { pid: number };
    expect(isRunning(pid)).toBe(true);

    child.kill('SIGKILL');
    expect(await waitForExit(pid, 30_000)).toBe(true);
  });

  it('says clearly when the data directory is already in use', async () => {
    const dataDir = tempDir();
    const running = await startEmbeddedNeo4j({ dataDir, heapMb: 256, pageCacheMb: 16 });
    try {
      await expect(
        startEmbeddedNeo4j({ dataDir, heapMb: 256, pageCacheMb: 16, startTimeoutMs: 60_000 }),
      ).rejects.toThrow(
        /exited with code 1 before it was ready\. Neo4j could not start: Lock file/,
      );
    } finally {
      await running.stop();
    }
  });
});
