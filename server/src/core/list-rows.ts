import { BREAK, visit, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';

/**
 * Plain rows for list pages. A list page reads its rows and their nested relations in one statement
 * and serves them without managed entities (no identity map, no change set: nothing for the
 * request's flush to compare). The rows have their entity's shape, so the GraphQL type and its field
 * resolvers serve them as they serve entities; relations read with a row are attached to it with
 * `attach` and found by the field resolvers with `attached`, which otherwise use their DataLoader.
 */

/**
 * The entity's columns in `row`, named with `prefix`, mapped to `entity`'s property
 * names and JavaScript types, as an unmanaged object of the entity's class. Null when the row has no id under that prefix (an
 * outer join that found nothing).
 */
export function mapRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, prefix = '', extra: Record<string, unknown> = {}): T | null {
  if (row[`${prefix}id`] == null) return null;
  const meta = em.getMetadata().get(entity.name);
  // an object of the entity's class without running its constructor (not a managed entity: nothing
  // registers it): type-graphql hands such a row to field resolvers as it is, where it would copy a
  // plain object into a new instance twice per field resolver call (its @Root and its target); its
  // values are plain own properties (rowPrototype)
  const plain = Object.create(rowPrototype(entity, meta)) as Record<string, unknown>;
  const plan = columnPlan(em, meta, prefix);
  if (!plan) {
    // an entity with a property over several columns: MikroORM's own mapper, on the entity's columns
    const data: Record<string, unknown> = { ...extra };
    for (const p of meta.props) for (const f of p.fieldNames ?? []) if (`${prefix}${f}` in row) data[f] = row[`${prefix}${f}`];
    const values = em.getDriver().mapResult(data as never, meta) as Record<string, unknown>;
    for (const key of Object.keys(values)) plain[key] = values[key];
    return plain as T;
  }
  let rest: Record<string, unknown> | null = null;
  for (const key of Object.keys(extra)) {
    // an extra value named as a column maps as the row's would; any other is kept under its name
    if (plan.byColumn.has(key)) (rest ??= {})[`${prefix}${key}`] = extra[key];
    else plain[key] = extra[key];
  }
  for (const c of plan.columns) {
    let value = row[c.key];
    if (value === undefined && rest) value = rest[c.key];
    if (value === undefined) continue;
    plain[c.prop] = c.convert ? c.convert(value) : value;
  }
  return plain as T;
}

/**
 * How the columns of an entity, named with a prefix in a row, become its properties, as MikroORM's
 * own result mapper makes them (`EntityComparator.getResultMapper`): renamed to the property, a
 * boolean as a boolean, a date-time as a Date (through that mapper, for its time-zone rules). Read
 * once per entity and prefix; each row then costs one object and one pass over the columns.
 */
interface ColumnPlan {
  columns: Array<{ key: string; prop: string; convert?: (value: unknown) => unknown }>;
  byColumn: Set<string>;
}

const plans = new WeakMap<object, Map<string, ColumnPlan | null>>();

function columnPlan(em: EntityManager, meta: EntityMetadataLike, prefix: string): ColumnPlan | null {
  let byPrefix = plans.get(meta);
  if (!byPrefix) plans.set(meta, (byPrefix = new Map()));
  let plan = byPrefix.get(prefix);
  if (plan !== undefined) return plan;
  const driver = em.getDriver();
  const platform = em.getPlatform();
  plan = { columns: [], byColumn: new Set() };
  for (const prop of meta.props) {
    const fields = prop.fieldNames;
    if (!fields?.length) continue;
    for (const f of fields) plan.byColumn.add(f);
    if (fields.length > 1 || prop.embedded || prop.kind === 'embedded') {
      byPrefix.set(prefix, null);
      return null;
    }
    const column = fields[0];
    let convert: ((value: unknown) => unknown) | undefined;
    if (prop.runtimeType === 'boolean') convert = (v) => (v == null ? v : !!v);
    else if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop as never)) {
      convert = (v) => (v == null || v instanceof Date ? v : (driver.mapResult({ [column]: v } as never, meta as never) as Record<string, unknown>)[prop.name]);
    }
    plan.columns.push({ key: `${prefix}${column}`, prop: prop.name, convert });
  }
  byPrefix.set(prefix, plan);
  return plan;
}

interface EntityMetadataLike {
  className: string;
  props: Array<{ name: string; kind?: string; fieldNames?: string[]; runtimeType?: string; embedded?: unknown }>;
}

/**
 * SQL select items for every column of `entity` read from table alias `alias`, each named with
 * `prefix` (`c.id as c_id, c.kind as c_kind, …`), for `mapRow(em, entity, row, prefix)`.
 */
export function prefixedColumns(em: EntityManager, entity: EntityClass<object>, alias: string, prefix: string): string {
  const meta = em.getMetadata().get(entity.name);
  const stored = meta.props.filter((p) => p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner));
  return [...new Set(stored.flatMap((p) => p.fieldNames ?? []))].map((column) => `${alias}.${column} as ${prefix}${column}`).join(', ');
}

/**
 * The prototype of an entity's plain rows: the entity's own (so `instanceof` and its methods hold),
 * with every property that has only a setter there shadowed by a plain writable slot. MikroORM puts
 * such a setter on the entity prototype for each relation (and, in its "auto" flush mode, each
 * property), which on first assignment defines an accessor pair on the object and reaches for its
 * entity helper; a row's values assigned through this prototype are plain own properties.
 */
const rowPrototypes = new WeakMap<object, object>();

function rowPrototype(entity: EntityClass<object>, meta: { props: Array<{ name: string }> }): object {
  let proto = rowPrototypes.get(entity);
  if (!proto) {
    proto = Object.create(entity.prototype) as object;
    for (const p of meta.props) if (setterOnly(entity.prototype, p.name)) Object.defineProperty(proto, p.name, { value: undefined, writable: true, enumerable: false, configurable: true });
    rowPrototypes.set(entity, proto);
  }
  return proto;
}

/** Whether `name` is, along `proto`'s chain, a setter without a getter (MikroORM's; a class's own getters stay). */
function setterOnly(proto: object | null, name: string): boolean {
  for (let o = proto; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return !!d.set && !d.get;
  }
  return false;
}

/**
 * Relations read with a row travel on the row under a symbol: type-graphql copies a query's plain
 * result into an instance of the declared class (Object.assign copies symbol keys), so a WeakMap keyed
 * by the original object would lose them.
 */
const ATTACHED = Symbol('attached relations');

/** Attaches relations read with a list row (e.g. the preferred e-mail of a client). */
export function attach(row: object, values: Record<string, unknown>): void {
  (row as { [ATTACHED]?: Record<string, unknown> })[ATTACHED] = values;
}

/** `{ found: true, value }` when `key` was read with the row (null included), else `{ found: false }`. */
export function attached<V>(row: object, key: string): { found: true; value: V } | { found: false } {
  const values = (row as { [ATTACHED]?: Record<string, unknown> })[ATTACHED];
  return values && key in values ? { found: true, value: values[key] as V } : { found: false };
}

/**
 * The fields a query asks of the rows found under `path` (e.g. `['items']` of a page), by field
 * name (aliases and fragments resolved by graphql-parse-resolve-info): a list page reads only those
 * columns and joins only those relations.
 *
 * Apollo keeps a document once parsed (its document store), so the same query text brings the same
 * field nodes on every request: the answer is kept per field node and path. Only names are kept (a
 * field's arguments may come from variables), and only for operations without directives (`@include`
 * and `@skip` choose fields by variables).
 */
export function requestedFields(info: GraphQLResolveInfo, path: string[]): ReadonlySet<string> {
  const keep = info.fieldNodes.length === 1 && withoutDirectives(info);
  const key = path.join('.');
  const known = keep ? requested.get(info.fieldNodes[0])?.get(key) : undefined;
  if (known) return known;
  let tree = parseResolveInfo(info) as ResolveTree | null;
  for (const step of path) {
    const children: Record<string, ResolveTree> = Object.assign({}, ...Object.values(tree?.fieldsByTypeName ?? {}));
    tree = Object.values(children).find((c) => c.name === step) ?? null;
  }
  const fields = new Set<string>();
  for (const byName of Object.values(tree?.fieldsByTypeName ?? {})) for (const f of Object.values(byName)) fields.add(f.name);
  if (keep) {
    const paths = requested.get(info.fieldNodes[0]) ?? new Map<string, Set<string>>();
    paths.set(key, fields);
    requested.set(info.fieldNodes[0], paths);
  }
  return fields;
}

const requested = new WeakMap<FieldNode, Map<string, Set<string>>>();
const directiveFree = new WeakMap<OperationDefinitionNode, boolean>();

/** Whether the operation and its fragments carry no directive (then its selections never depend on variables). */
function withoutDirectives(info: GraphQLResolveInfo): boolean {
  let free = directiveFree.get(info.operation);
  if (free === undefined) {
    let found = false;
    const visitor = { Directive: () => ((found = true), BREAK) };
    visit(info.operation, visitor);
    for (const fragment of Object.values(info.fragments)) if (!found) visit(fragment, visitor);
    free = !found;
    directiveFree.set(info.operation, free);
  }
  return free;
}

/**
 * The columns to read for `fields` of `entity`: every column when a field is neither a column nor
 * one of `attachable` (a field resolver might need any column), else the id, the company and the
 * columns asked for.
 */
export function columnsFor(em: EntityManager, entity: EntityClass<object>, fields: ReadonlySet<string>, attachable: string[]): string[] | '*' {
  const meta = em.getMetadata().get(entity.name);
  const columns = ['id', 'company_id'];
  for (const field of fields) {
    if (field === '__typename' || attachable.includes(field)) continue;
    const prop = meta.properties[field as never] as { fieldNames?: string[]; kind?: string } | undefined;
    if (!prop?.fieldNames || prop.kind !== 'scalar') return '*';
    columns.push(...prop.fieldNames);
  }
  return [...new Set(columns)];
}
