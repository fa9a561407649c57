import type { PhoneWelcome } from '#shared/phone.ts';
import { nameKey } from '#shared/search.ts';

/**
 * What each name on the phone's roster reads: the name, and for two people of the same name
 * (sign-in sheets of 65 have them) their group too, so each picks their own: "Siti Aminah
 * (Wonosari)". `withGroup` words it; `noGroup` stands for a person not yet in a group.
 */
export function rosterLabels(welcome: Pick<PhoneWelcome, 'roster' | 'groups'>, withGroup: (name: string, group: string) => string, noGroup: string): Map<string, string> {
  const keys = welcome.roster.map((person) => nameKey(person.name));
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  const groupNames = new Map(welcome.groups.map((g) => [g.id, g.name]));
  return new Map(
    welcome.roster.map((person, i) => {
      if (count.get(keys[i]!)! < 2) return [person.id, person.name];
      const group = person.groupId === null ? noGroup : (groupNames.get(person.groupId) ?? noGroup);
      return [person.id, withGroup(person.name, group)];
    }),
  );
}
