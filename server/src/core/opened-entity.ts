import type { EntityClass, EntityData, EntityManager } from '@mikro-orm/postgresql';

/**
 * An entity a request was opened with (its session, its user), kept as the row the opening statement
 * read until a service asks for the entity: most requests only need who is signed in and the scope, and
 * mapping a managed entity (identity map, snapshot, change set at commit) costs more than the read itself.
 * The staff context and the portal context hold theirs in these slots.
 */
export class OpenedEntity<T extends object> {
  private row?: Record<string, unknown>;
  private mapped = true;
  private entity?: T;

  constructor(
    private readonly em: EntityManager,
    private readonly type: EntityClass<T>,
  ) {}

  /** The request was opened with this row (or none): mapped when first asked for. */
  open(row: Record<string, unknown> | undefined): void {
    this.row = row;
    this.entity = undefined;
    this.mapped = !row;
  }

  /** The managed entity (the row mapped once, as if found by the ORM), or the one set. */
  get(): T | undefined {
    if (!this.mapped) {
      this.entity = this.em.map(this.type, this.row as EntityData<T>);
      this.row = undefined;
      this.mapped = true;
    }
    return this.entity;
  }

  set(entity: T | undefined): void {
    this.entity = entity;
    this.row = undefined;
    this.mapped = true;
  }

  /** Whether there is one (a row or an entity), without mapping it. */
  get present(): boolean {
    return this.mapped ? !!this.entity : true;
  }

  /** A value without mapping: the row's `column` while unmapped, else `property` of the entity. */
  read<V>(column: string, property: (entity: T) => V): V | undefined {
    if (!this.mapped) return this.row?.[column] as V | undefined;
    return this.entity ? property(this.entity) : undefined;
  }
}
