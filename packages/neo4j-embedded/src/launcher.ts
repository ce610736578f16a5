import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The Maven project of the Java launcher, and what its build produces. */
export const JAVA_PROJECT_DIR = path.resolve(__dirname, '..', 'java');
export const LAUNCHER_JAR = path.join(JAVA_PROJECT_DIR, 'target', 'launcher.jar');

/** Raised when the launcher cannot be built or started; the message says what to do. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
}

function javaExecutable(env: NodeJS.ProcessEnv): string {
  const home = env['JAVA_HOME'];
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Reads the major version from `java -version` output ("17.0.15", "1.8.0_392"). */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Fails with a clear message unless Java 17 or newer can be run. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = javaExecutable(env);
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new EmbeddedNeo4jError(
      `Java 17 is needed to run the embedded Neo4j, but '${java}' could not be started ` +
        `(${result.error.message}). Install a JDK 17 (e.g. 'apt-get install openjdk-17-jdk-headless') ` +
        `or set NEO4J_URI to use a Neo4j you run yourself.`,
    );
  }
  const major = parseJavaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < 17) {
    throw new EmbeddedNeo4jError(
      `Java 17 or newer is needed to run the embedded Neo4j; '${java}' is version ${major ?? 'unknown'}. ` +
        `Set JAVA_HOME to a JDK 17.`,
    );
  }
  return java;
}

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs,
    );
  }
  return newest;
}

/** True when the jar is missing or older than the pom or a Java source. */
export function launcherNeedsBuild(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(path.join(JAVA_PROJECT_DIR, 'target', 'lib'))) {
    return true;
  }
  const jarTime = statSync(LAUNCHER_JAR).mtimeMs;
  const sourcesTime = Math.max(
    statSync(path.join(JAVA_PROJECT_DIR, 'pom.xml')).mtimeMs,
    newestModification(path.join(JAVA_PROJECT_DIR, 'src')),
  );
  return sourcesTime > jarTime;
}

/**
 * Builds the Java launcher with Maven (downloading Neo4j from Maven Central on first use) unless
 * an up-to-date jar exists. Resolves to the jar's path.
 */
export async function ensureLauncherBuilt(
  log: (message: string) => void = () => undefined,
): Promise<string> {
  checkJava();
  if (!launcherNeedsBuild()) return LAUNCHER_JAR;
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new EmbeddedNeo4jError(
      `Maven is needed to build the embedded Neo4j launcher, but 'mvn' could not be started ` +
        `(${probe.error.message}). Install Maven 3.8+ (e.g. 'apt-get install maven') ` +
        `or set NEO4J_URI to use a Neo4j you run yourself.`,
    );
  }
  log('Building the embedded Neo4j launcher with Maven (the first build downloads Neo4j)…');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('mvn', ['-B', '-q', 'package', '-DskipTests'], {
      cwd: JAVA_PROJECT_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0 || !existsSync(LAUNCHER_JAR)) {
    throw new EmbeddedNeo4jError(
      `Building the embedded Neo4j launcher failed (mvn exit code ${code}):\n${output.join('').slice(-4000)}`,
    );
  }
  return LAUNCHER_JAR;
}
