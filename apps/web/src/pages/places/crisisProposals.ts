/**
 * Who is offered "Krise vorschlagen": verified staff (or admins) of a municipality, and the moderation (whose own
 * proposal counts at once). Only a hint for what to show: the API decides.
 */
export function mayProposeCrisis(viewer: {
  platformRoles?: readonly string[] | null;
  memberships: readonly { role: string; status: string; municipality?: { id: string } | null }[];
}): boolean {
  return (
    !!viewer.platformRoles?.some((r) => r === 'MODERATOR' || r === 'ADMIN') ||
    viewer.memberships.some((m) => m.status === 'VERIFIED' && !!m.municipality && (m.role === 'STAFF' || m.role === 'MUNICIPAL_ADMIN'))
  );
}
