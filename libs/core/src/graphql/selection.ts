import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The fields a document selects below some fields, merged over aliases, fragments and inline fragments
 * (directives and type conditions are ignored, so it may say a little more than is asked, never less). Lists use
 * it to read only the columns and joins their items are asked for; the loaders by id keep reading complete rows.
 */
export class Selection {
  private readonly fields = new Map<string, FieldNode[]>();

  /** What is selected below `parents` (fields of one document, whose fragments are `fragments`). */
  constructor(
    parents: readonly FieldNode[],
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {
    for (const parent of parents) this.collect(parent.selectionSet, new Set());
  }

  has(name: string): boolean {
    return this.fields.has(name);
  }

  /** What is selected below the field `name` (nothing if it is not selected). */
  child(name: string): Selection {
    return new Selection(this.fields.get(name) ?? [], this.fragments);
  }

  /** The fields selected below both `name` here and `name` below `other`'s `otherName`: e.g. nodes and edges.node. */
  static merged(parts: { selection: Selection; field: string }[]): Selection {
    const nodes = parts.flatMap(({ selection, field }) => selection.fields.get(field) ?? []);
    return new Selection(nodes, parts[0]?.selection.fragments ?? {});
  }

  names(): string[] {
    return [...this.fields.keys()];
  }

  private collect(set: SelectionSetNode | undefined, seen: Set<string>): void {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const list = this.fields.get(selection.name.value);
        if (list) list.push(selection);
        else this.fields.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.collect(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        this.collect(this.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  }
}

const connectionItems = new WeakMap<FieldNode, Selection>();

/**
 * What a document selects on the items of the connection a resolver is answering (under `nodes` and under
 * `edges { node }`). Apollo reuses the parsed document of a query text, so this is worked out once per document
 * and place, not per request.
 */
export function connectionItemSelection(info: GraphQLResolveInfo): Selection {
  // A field merged from several places (e.g. a fragment and the query) is rare; it is not cached.
  const key = info.fieldNodes.length === 1 ? info.fieldNodes[0] : null;
  let items = key && connectionItems.get(key);
  if (!items) {
    const connection = new Selection(info.fieldNodes, info.fragments);
    items = Selection.merged([
      { selection: connection, field: 'nodes' },
      { selection: connection.child('edges'), field: 'node' },
    ]);
    if (key) connectionItems.set(key, items);
  }
  return items;
}
