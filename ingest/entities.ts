/**
 * Entity building
 * ===============
 *
 * Groups the mentions of a report into entities: one per merge key (see
 * aliases.ts), with bare company short names attached to the entity they
 * abbreviate. The canonical name is the longest surface form; the id comes
 * from the type, the merge key of that name and, for entities whose names are
 * only unique within a place (projects, people), the subject's code.
 */
import { entityId } from "../src/ids.ts";
import type { Entity, EntityType, Subject } from "../src/types.ts";
import { isBareTradeName, isCompanyShortForm, isRegisteredShortForm, mergeKey } from "./aliases.ts";
import type { Mention } from "./types.ts";

export interface EntityGroup {
  entity: Entity;
  mentions: Mention[];
}

const PLACE_SCOPED: ReadonlySet<EntityType> = new Set(["Project", "Person"]);

export function buildEntities(mentions: readonly Mention[], subject: Subject | null): Map<Mention, EntityGroup> {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = groupKey(mention);
    const members = groups.get(key);
    if (members) members.push(mention);
    else groups.set(key, [mention]);
  }
  attachCompanyShortForms(groups);
  const byMention = new Map<Mention, EntityGroup>();
  for (const members of groups.values()) {
    if (members.length === 0) continue;
    const group = { entity: toEntity(members, subject), mentions: members };
    for (const mention of members) byMention.set(mention, group);
  }
  return byMention;
}

function groupKey(mention: Mention): string {
  if (mention.type === "County") return `County\u0000${mention.props?.code ?? mention.name}`;
  const project = projectAliasTarget(mention);
  if (project) return `Project\u0000${mergeKey("Project", project)}`;
  return `${mention.type}\u0000${mergeKey(mention.type, mention.name)}`;
}

/**
 * Moves groups of a bare trade name (建龙) into the shortest group that extends it (山西建龙),
 * and a trade name with its industry word (华曦光电) into the registered name it shortens.
 */
function attachCompanyShortForms(groups: Map<string, Mention[]>): void {
  const companyKeys = [...groups.keys()].filter((key) => key.startsWith("Company\u0000"));
  // A firm is usually mentioned many times under few names: test each name once.
  const namesOf = new Map(companyKeys.map((key) => [key, new Set(groups.get(key)!.map((m) => m.name))]));
  for (const shortKey of companyKeys) {
    const short = shortKey.slice("Company\u0000".length);
    const names = [...namesOf.get(shortKey)!];
    // a group that holds a legal or place form (三峡集团 -> key 三峡) is a firm of its own, not a short name
    const bare = names.every(isBareTradeName);
    if (!bare && !names.every((name) => name === short)) continue;
    const shortens = (name: string) => (bare ? isCompanyShortForm(short, name) : isRegisteredShortForm(short, name));
    const target = companyKeys
      .filter((key) => key !== shortKey && [...namesOf.get(key)!].some(shortens))
      .sort((a, b) => a.length - b.length)[0];
    if (!target) continue;
    groups.get(target)!.push(...groups.get(shortKey)!);
    for (const name of namesOf.get(shortKey)!) namesOf.get(target)!.add(name);
    groups.set(shortKey, []);
    namesOf.set(shortKey, new Set());
  }
}

function toEntity(members: Mention[], subject: Subject | null): Entity {
  const first = members[0]!;
  const forms = [...new Set(members.map((m) => m.name))];
  const name = forms.reduce((a, b) => (b.length > a.length ? b : a));
  const type = first.type;
  const scope = type === "County" ? String(first.props?.code ?? "") : PLACE_SCOPED.has(type) ? (subject?.code ?? subject?.name ?? "") : "";
  return {
    id: entityId(type, type === "County" ? name : mergeKey(type, name), scope),
    type,
    name,
    aliases: forms.filter((form) => form !== name).sort(),
    props: mergeProps(members),
  };
}

/** First stated value of each property wins (the earliest mention is usually the fullest). */
function mergeProps(members: Mention[]): Entity["props"] {
  const props: Entity["props"] = {};
  for (const mention of members) {
    for (const [key, value] of Object.entries(mention.props ?? {})) {
      if (key === PROJECT_ALIAS_OF) continue;
      if (props[key] === undefined || props[key] === null) props[key] = value;
    }
  }
  return props;
}

// --- Project aliases (added by the project extractor's owner) -------------
// A project mention may be a short form of a project named in full elsewhere
// in the same clause: the bare item of a list whose shared head was given to
// it (河底镇 -> 河底镇污水处理站) or a name in brackets. The extractor says so
// in `props.aliasOf`; such a mention joins the group of that project.

const PROJECT_ALIAS_OF = "aliasOf";

function projectAliasTarget(mention: Mention): string | null {
  if (mention.type !== "Project") return null;
  const target = mention.props?.[PROJECT_ALIAS_OF];
  return typeof target === "string" && target.length > 0 ? target : null;
}
