import { pino, type Logger } from 'pino';

/**
 * The product's structured logger (JSON lines on stdout, `PULSE_LOG_LEVEL`, default info).
 * Token-bearing keys are censored wherever they appear, as a second line of defence.
 */
export function createLogger(env: NodeJS.ProcessEnv): Logger {
  return pino({
    level: env.PULSE_LOG_LEVEL ?? 'info',
    base: { service: 'onestop-pulse' },
    redact: {
      paths: [
        '*.authorization',
        '*.token',
        '*.ingestToken',
        '*.adminToken',
        '*.viewerToken',
        'tokens',
        '*.tokens',
      ],
      censor: '[redacted]',
    },
  });
}
