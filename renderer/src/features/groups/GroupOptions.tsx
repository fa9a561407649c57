import type { Group } from '#shared/model.ts';

/** The workshop's groups as a select's options, in the order given; the select adds its own "none" or "all" first. */
export function GroupOptions({ groups }: { groups: readonly Group[] }) {
  return groups.map((g) => (
    <option key={g.id} value={g.id}>
      {g.name}
    </option>
  ));
}
