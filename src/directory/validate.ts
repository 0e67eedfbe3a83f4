/**
 * A tiny shape-driven check of answers at the boundary. A shape names each field with the check of
 * its value; required fields that are wrong make the whole answer invalid, while optional lists and
 * texts that are wrong become empty, so that a render never meets a value of the wrong type. Every
 * byte here ships to every visitor, so there is no schema library.
 */

/** The check of one value: it answers the value as the contract types it, or throws. */
export type Check<T> = (value: unknown) => T;

/** Thrown by the checks; the client turns any throw of a check into an `invalid-response` error. */
export class InvalidAnswer extends Error {}

const invalid = (): never => {
  throw new InvalidAnswer();
};

/** The check of each field of an object. */
export type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/** An object of the given shape. Fields whose check answers `undefined` are left out. */
export const object =
  <T>(shape: Shape<T>): Check<T> =>
  (value) => {
    if (typeof value != 'object' || !value || Array.isArray(value)) invalid();
    const result: Record<string, unknown> = {};
    for (const key in shape) {
      const field = shape[key]((value as Record<string, unknown>)[key]);
      if (field !== undefined) result[key] = field;
    }
    return result as T;
  };

export const text: Check<string> = (value) => (typeof value == 'string' ? value : invalid());

export const num: Check<number> = (value) => (Number.isFinite(value) ? (value as number) : invalid());

export const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value) =>
    Array.isArray(value) ? value.map(item) : invalid();

/** The check, for a value that is there; `fallback` for a missing one (`undefined`, `null`, `false`, `0` or `''`). */
export const optional =
  <T, F = undefined>(check: Check<T>, fallback?: F): Check<T | F> =>
  (value) =>
    value ? check(value) : (fallback as F);

/** An optional text: anything but a string becomes `undefined`. */
export const optText: Check<string | undefined> = (value) => (typeof value == 'string' ? value : undefined);

/** A text that may be missing or wrong: it becomes `''`. */
export const orEmpty: Check<string> = (value) => optText(value) ?? '';

/** An optional list of texts: anything that is not a string is dropped. */
export const texts: Check<string[]> = (value) =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry == 'string') : [];

/** A flag that is set only by `true`. */
export const flag: Check<boolean> = (value) => value === true;
