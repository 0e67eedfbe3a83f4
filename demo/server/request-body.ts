import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problem } from './problem.ts';

export const MAX_BODY_BYTES = 32 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Answers 413 before a body over `maxBytes` (32 KB unless a route needs more) is read any further. */
export function limitBody(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, 'body-too-large', { detail: `Requests may be at most ${maxBytes / 1024} KB.` }),
  });
}

export function isJson(c: Context): boolean {
  const type = c.req.header('Content-Type')?.split(';')[0].trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

export function isForm(c: Context): boolean {
  return c.req.header('Content-Type')?.split(';')[0].trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** The body parsed as JSON, or the problem to answer: 415 for another media type, 400 for bad JSON. */
export async function readJsonBody(c: Context): Promise<BodyResult> {
  if (!isJson(c)) return { ok: false, response: problem(c, 'unsupported-media-type', { detail: 'Send Content-Type: application/json.' }) };
  const text = await c.req.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: problem(c, 'malformed-body', { detail: 'The body is not valid JSON.' }) };
  }
}

/** A plain object, or null for anything else (arrays, strings, null). */
export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
