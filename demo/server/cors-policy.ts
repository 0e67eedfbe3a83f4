/**
 * Which web pages may call the API from another origin. Entries are exact origins
 * (`https://clinic.example`), origins with any port (`http://localhost:*`), or `*` for every origin.
 * The API's own origin is always allowed.
 */
export const DEFAULT_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/** Reads `CORS_ORIGINS` (comma-separated); unset means the localhost defaults. */
export function corsOriginsFromEnv(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return DEFAULT_CORS_ORIGINS;
  return value.split(',').map((entry) => entry.trim()).filter(Boolean);
}

export function isAllowedOrigin(origin: string, ownOrigin: string, allowList: readonly string[]): boolean {
  if (origin === ownOrigin) return true;
  return allowList.some((entry) => {
    if (entry === '*') return true;
    if (entry.endsWith(':*')) {
      const base = entry.slice(0, -2);
      return origin === base || (origin.startsWith(`${base}:`) && /^\d+$/.test(origin.slice(base.length + 1)));
    }
    return origin === entry;
  });
}
