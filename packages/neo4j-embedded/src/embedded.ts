import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { checkJava, EmbeddedNeo4jError, ensureLauncherBuilt, LAUNCHER_JAR } from './launcher';

export const READY_PREFIX = 'SCHUTZNETZ_NEO4J_READY ';

/** How to start the embedded database. Sizes are in MiB. */
export interface EmbeddedNeo4jOptions {
  /** Database home; created if missing. Persistent for `npm start`, temporary for tests. */
  readonly dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks any free port. Default 0. */
  readonly boltPort?: number;
  /** JVM heap (-Xms and -Xmx). Default 512. */
  readonly heapMb?: number;
  /** Neo4j page cache. Default 128. */
  readonly pageCacheMb?: number;
  /** Cap on memory of all running transactions. Default 256. */
  readonly txMemoryMb?: number;
  /** How long to wait for the readiness line. Default 120 000 ms. */
  readonly startTimeoutMs?: number;
  /** Receives the launcher's own output lines (Neo4j writes its logs to `<dataDir>/logs`). */
  readonly onOutput?: (line: string) => void;
}

/** A running embedded database. */
export interface EmbeddedNeo4j {
  readonly boltUri: string;
  readonly pid: number;
  readonly dataDir: string;
  /** Milliseconds the JVM needed from start to accepting Bolt, as measured inside it. */
  readonly startMs: number;
  /** Shuts the database down cleanly (SIGTERM), killing it if it has not stopped in time. */
  stop(timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code once the JVM has exited, for whatever reason. */
  readonly exited: Promise<number | null>;
}

interface ReadyLine {
  readonly boltUri: string;
  readonly startMs: number;
}

/** Parses the launcher's readiness line; undefined for any other line. */
export function parseReadyLine(line: string): ReadyLine | undefined {
  if (!line.startsWith(READY_PREFIX)) return undefined;
  const parsed: unknown = JSON.parse(line.slice(READY_PREFIX.length));
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'boltUri' in parsed &&
    typeof parsed.boltUri === 'string' &&
    'startMs' in parsed &&
    typeof parsed.startMs === 'number'
  ) {
    return { boltUri: parsed.boltUri, startMs: parsed.startMs };
  }
  throw new EmbeddedNeo4jError(`Malformed readiness line from the launcher: ${line}`);
}

function jvmArguments(options: EmbeddedNeo4jOptions, dataDir: string): string[] {
  const heap = options.heapMb ?? 512;
  return [
    `-Xms${heap}m`,
    `-Xmx${heap}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // Two cores: keep the JIT and GC from competing with the tests for them.
    '-XX:CICompilerCount=2',
    '-XX:ParallelGCThreads=2',
    '-XX:ConcGCThreads=1',
    '-XX:TieredStopAtLevel=4',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    `-Dschutznetz.dataDir=${dataDir}`,
    `-Dschutznetz.boltPort=${options.boltPort ?? 0}`,
    `-Dschutznetz.pageCacheMb=${options.pageCacheMb ?? 128}`,
    `-Dschutznetz.txMemoryMb=${options.txMemoryMb ?? 256}`,
    '-jar',
    LAUNCHER_JAR,
  ];
}

function waitForExit(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else
      child.once('exit', (code) => {
        resolve(code);
      });
  });
}

/**
 * Builds the launcher if needed, starts Neo4j and resolves once it accepts Bolt connections.
 * The JVM watches its stdin: when this Node process exits for any reason, the database shuts down.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const onOutput = options.onOutput ?? (() => undefined);
  await ensureLauncherBuilt(onOutput);
  const java = checkJava();
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const child = spawn(java, jvmArguments(options, dataDir), {
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: dataDir,
  });
  const exited = waitForExit(child);
  const recentOutput: string[] = [];
  const remember = (line: string): void => {
    recentOutput.push(line);
    if (recentOutput.length > 40) recentOutput.shift();
    onOutput(line);
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const stdoutLines = createInterface({ input: child.stdout });

  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const ready = await new Promise<ReadyLine>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedNeo4jError(
          `Neo4j did not become ready within ${timeoutMs} ms. Last output:\n${recentOutput.join('\n')}`,
        ),
      );
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`Could not start the Neo4j JVM: ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const reason =
        recentOutput.find((line) => line.startsWith('Neo4j could not start')) ??
        `Last output:\n${recentOutput.join('\n')}`;
      reject(
        new EmbeddedNeo4jError(
          `Neo4j exited with code ${code} before it was ready. ${reason}\n` +
            `See ${path.join(dataDir, 'logs', 'debug.log')} for details.`,
        ),
      );
    });
    stdoutLines.on('line', (line) => {
      try {
        const parsed = parseReadyLine(line);
        if (parsed) {
          clearTimeout(timer);
          resolve(parsed);
        } else {
          remember(line);
        }
      } catch (error) {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new EmbeddedNeo4jError(String(error)));
      }
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (stopTimeoutMs = 30_000): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };

  // The child must not keep the Node event loop alive on its own.
  child.unref();
  child.stdin.on('error', () => undefined);

  return {
    boltUri: ready.boltUri,
    pid: child.pid ?? -1,
    dataDir,
    startMs: ready.startMs,
    stop,
    exited,
  };
}
