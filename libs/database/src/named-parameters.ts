import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A binder for SQL fragments built outside the query builder (e.g. the visibility rule): each value
 * becomes a named parameter of `qb` and the fragment gets its placeholder.
 */
export function namedParameters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, prefix: string): (value: unknown) => string {
  let next = 0;
  return (value) => {
    const name = `${prefix}${next++}`;
    qb.setParameter(name, value);
    return `:${name}`;
  };
}
