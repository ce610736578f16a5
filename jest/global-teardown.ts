import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__SCHUTZNETZ_TEST_DATABASES__;
  if (!state) return;
  await Promise.all(state.databases.map((db) => db.stop()));
  for (const dir of state.dirs) rmSync(dir, { recursive: true, force: true });
}
