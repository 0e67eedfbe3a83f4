import { corsOriginsFromEnv } from './cors-policy.ts';
import type { CrossrefOptions } from './crossref.ts';
import { DEFAULT_PROVIDER_COUNT, DEFAULT_SEED, MAX_PROVIDER_COUNT } from './seed.ts';

/** The settings of a running reference server, read from environment variables. */
export interface ServerConfig {
  port: number;
  databasePath: string;
  corsOrigins: string[];
  providerCount: number;
  seed: number;
  trustProxy: boolean;
  crossref?: CrossrefOptions;
}

export const DEFAULT_DATABASE_PATH = '.data/directory.db';

function integer(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

const isOn = (value: string | undefined) => ['1', 'true', 'on', 'yes'].includes((value ?? '').trim().toLowerCase());

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    port: integer(env.PORT, 8787, 'PORT', 0, 65535),
    databasePath: env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH,
    corsOrigins: corsOriginsFromEnv(env.CORS_ORIGINS),
    providerCount: integer(env.PROVIDER_COUNT, DEFAULT_PROVIDER_COUNT, 'PROVIDER_COUNT', 1, MAX_PROVIDER_COUNT),
    seed: integer(env.SEED, DEFAULT_SEED, 'SEED', 0, 2 ** 32 - 1),
    trustProxy: isOn(env.TRUST_PROXY),
    ...(isOn(env.CROSSREF) ? { crossref: { ...(env.CROSSREF_MAILTO ? { mailto: env.CROSSREF_MAILTO } : {}) } } : {}),
  };
}
