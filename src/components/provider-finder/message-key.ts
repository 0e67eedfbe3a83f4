/**
 * The key of the message that names a value: `messageKey('finderSort', 'name')` is
 * `finderSortName`. Typed, so a value without its message fails to compile; it spares the finder
 * a list of keys beside each list of values (sorts, filters, report reasons).
 */
export const messageKey = <P extends string, V extends string>(prefix: P, value: V) =>
  `${prefix}${value[0].toUpperCase()}${value.slice(1)}` as `${P}${Capitalize<V>}`;
