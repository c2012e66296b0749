/**
 * Property columns
 * ================
 *
 * neo4j-admin needs one type per column (`name:long`, `aliases:string[]`).
 * Entity and fact properties are open-ended (`role`, `basis`, `investment`
 * ...), so their columns are collected while rows stream by, and typed from
 * every value seen: whole numbers -> long, other numbers -> double,
 * booleans -> boolean, lists -> the element type + [], anything else or a
 * mix -> string.
 */

type Kind = "long" | "double" | "boolean" | "string";

export type PropertyValue = string | number | boolean | null | ReadonlyArray<string | number | boolean | null>;

export class ColumnSet {
  private readonly kinds = new Map<string, { kind: Kind; array: boolean }>();

  constructor(private readonly reserved: ReadonlySet<string> = new Set()) {}

  observe(props: Readonly<Record<string, PropertyValue | undefined>>): void {
    for (const [key, value] of Object.entries(props)) {
      if (this.reserved.has(key) || value === null || value === undefined) continue;
      const array = Array.isArray(value);
      const items = (array ? value : [value]) as ReadonlyArray<string | number | boolean | null>;
      let kind = this.kinds.get(key)?.kind;
      for (const item of items) if (item !== null) kind = merge(kind, kindOf(item));
      const previous = this.kinds.get(key);
      this.kinds.set(key, { kind: kind ?? "string", array: array || previous?.array === true });
    }
  }

  /** Column names in a stable order. */
  keys(): string[] {
    return [...this.kinds.keys()].sort();
  }

  /** `key:type` headers, in the order of keys(). */
  headers(): string[] {
    return this.keys().map((key) => {
      const { kind, array } = this.kinds.get(key)!;
      return `${key}:${kind}${array ? "[]" : ""}`;
    });
  }

  /** The row's values for keys(), lists kept, strings for string columns. */
  values(props: Readonly<Record<string, PropertyValue | undefined>>): PropertyValue[] {
    return this.keys().map((key) => {
      const value = props[key];
      if (value === undefined || value === null) return null;
      const { kind, array } = this.kinds.get(key)!;
      if (array) return (Array.isArray(value) ? value : [value]) as PropertyValue;
      return kind === "string" && typeof value !== "string" ? String(value) : value;
    });
  }
}

function kindOf(value: string | number | boolean): Kind {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isSafeInteger(value) ? "long" : "double";
  return "string";
}

function merge(current: Kind | undefined, next: Kind): Kind {
  if (!current || current === next) return next;
  if ((current === "long" && next === "double") || (current === "double" && next === "long")) return "double";
  return "string";
}
