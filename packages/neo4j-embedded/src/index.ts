export {
  checkJava,
  EmbeddedNeo4jError,
  ensureLauncherBuilt,
  JAVA_PROJECT_DIR,
  LAUNCHER_JAR,
  launcherNeedsBuild,
  parseJavaMajorVersion,
} from './launcher';
export {
  parseReadyLine,
  READY_PREFIX,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type EmbeddedNeo4jOptions,
} from './embedded';
