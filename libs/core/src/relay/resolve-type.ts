/**
 * Entities are named like their GraphQL types (class Experience ↔ type Experience), so an entity
 * returned for the Node interface resolves to its type by its class name.
 */
export function typeNameOf(value: object): string {
  return (value as { __typename?: string }).__typename ?? value.constructor.name;
}
