/**
 * The columns of one table as its owner reads them, for plain-row reads: a SELECT list for any alias (so
 * another feature can join the table in its own statement without knowing its columns) and the mapper from a
 * row of that statement back to an object. Column names are fixed by the owner, never client input.
 */
/** Per GraphQL field of an object, the properties (columns) it is made from; a field not named reads its namesake. */
export type FieldColumns<T> = Partial<Record<string, (keyof T & string)[]>>;

export class RowShape<T> {
  private readonly entries: [Exclude<keyof T & string, '__typename'>, string][];
  private readonly casts: Map<string, string>;
  private readonly readers = new Map<string, [Exclude<keyof T & string, '__typename'>, string][]>();

  /**
   * `columns` maps each property to its column, or to a column with the type it is read as (e.g. an array of
   * an enum as text[], which the pg driver does not parse by itself).
   */
  private readonly narrowed = new Map<string, RowShape<T>>();

  constructor(
    private readonly columns: { [K in Exclude<keyof T & string, '__typename'>]: string | { column: string; as: string } },
    /** The GraphQL type of the objects, for interfaces and unions (Node, search hits): set as `__typename`. */
    private readonly typename?: string,
    /** What each GraphQL field needs (see forFields), and what every read needs whatever is asked. */
    private readonly needs: { fields?: FieldColumns<T>; always?: (keyof T & string)[] } = {},
  ) {
    const specs = Object.entries(columns) as [Exclude<keyof T & string, '__typename'>, string | { column: string; as: string }][];
    this.entries = specs.map(([property, spec]) => [property, typeof spec === 'string' ? spec : spec.column]);
    this.casts = new Map(
      specs
        .filter(([, spec]) => typeof spec !== 'string')
        .map(([, spec]) => [(spec as { column: string }).column, (spec as { as: string }).as]),
    );
  }

  /**
   * The shape that reads only what the GraphQL fields `fields` of its objects need (and what every read needs).
   * Its objects are partial: fine for answering those fields, never for a loader, which holds complete rows.
   */
  forFields(fields: readonly string[]): RowShape<T> {
    const chosen = new Set<string>(this.needs.always ?? []);
    for (const field of fields) {
      const needed = this.needs.fields?.[field] ?? (field in this.columns ? [field] : []);
      for (const property of needed) chosen.add(property);
    }
    const key = [...chosen].sort().join(',');
    let shape = this.narrowed.get(key);
    if (!shape) {
      const columns = Object.fromEntries(Object.entries(this.columns).filter(([property]) => chosen.has(property)));
      shape = new RowShape<T>(columns as typeof this.columns, this.typename, this.needs);
      this.narrowed.set(key, shape);
    }
    return shape;
  }

  /** `a.col AS <prefix>col, …`: the table's columns under `alias`, named with `prefix` in the result. */
  select(alias: string, prefix = ''): string {
    return this.entries
      .map(([, column]) => {
        const cast = this.casts.get(column);
        return `${alias}.${column}${cast ? `::${cast}` : ''} AS ${prefix}${column}`;
      })
      .join(', ');
  }

  /** The object in `row` whose columns carry `prefix` (see select). */
  read(row: Record<string, unknown>, prefix = ''): T {
    const out = (this.typename ? { __typename: this.typename } : {}) as Record<string, unknown>;
    for (const [property, key] of this.keys(prefix)) out[property] = row[key];
    return out as T;
  }

  /** As read, or null when the row has no such object (a LEFT JOIN that found none: its id is null). */
  readOptional(row: Record<string, unknown>, prefix = '', idColumn = 'id'): T | null {
    return row[`${prefix}${idColumn}`] == null ? null : this.read(row, prefix);
  }

  private keys(prefix: string): [Exclude<keyof T & string, '__typename'>, string][] {
    let keys = this.readers.get(prefix);
    if (!keys) {
      keys = this.entries.map(([property, column]) => [property, `${prefix}${column}`]);
      this.readers.set(prefix, keys);
    }
    return keys;
  }
}
