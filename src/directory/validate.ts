/**
 * Small coercions that check answers at the boundary. Required fields that are wrong make the whole
 * answer invalid; optional lists and texts that are wrong become empty, so that a render never meets
 * a value of the wrong type. Every byte here ships to every visitor, so there is no schema library.
 */

/** Thrown by the coercions; the client turns it into an `invalid-response` error. */
export class InvalidAnswer extends Error {}

export type Json = Record<string, unknown>;

export function object(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidAnswer();
  return value as Json;
}

export function text(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidAnswer();
  return value;
}

export function num(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidAnswer();
  return value;
}

export function list<T>(value: unknown, item: (entry: unknown) => T): T[] {
  if (!Array.isArray(value)) throw new InvalidAnswer();
  return value.map(item);
}

/** An optional text: anything but a string becomes `undefined`. */
export function optText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An optional list of texts: anything that is not a string is dropped. */
export function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
