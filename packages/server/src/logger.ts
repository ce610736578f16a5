import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * Structured JSON logs; personal data (contact fields, names) is never logged. A developer at a
 * terminal gets them pretty-printed (pino-pretty, a development dependency).
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  const pretty = config.env === 'development' && process.stdout.isTTY;
  return pino({
    level: config.logLevel,
    base: { service: 'schutznetz-server' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  });
}
