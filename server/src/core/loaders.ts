import DataLoader from 'dataloader';
import { helper, ReferenceKind, wrap, type EntityClass, type EntityManager } from '@mikro-orm/postgresql';

/**
 * Per-request DataLoaders, one per entity class, created on first use: a field resolver that loads
 * a relation never issues one query per parent (N+1).
 */
export class Loaders {
  private readonly byClass = new Map<EntityClass<object>, DataLoader<string, object | null>>();
  private readonly named = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  byId<T extends { id: string }>(entity: EntityClass<T>): DataLoader<string, T | null> {
    let loader = this.byClass.get(entity as EntityClass<object>);
    if (!loader) {
      loader = new DataLoader<string, object | null>(async (ids) => {
        // Rows the request already loaded in full (e.g. populated by the list query) cost no query;
        // a partially loaded row (`fields: [...]`) is read again, never served as if complete.
        const uow = this.em.getUnitOfWork();
        const scalars = this.em
          .getMetadata()
          .get(entity.name)
          .props.filter((p) => p.kind === ReferenceKind.SCALAR && !p.lazy && p.persist !== false)
          .map((p) => p.name as string);
        const map = new Map<string, T>();
        for (const id of ids) {
          const known = uow.getById<T>(entity.name, id as never);
          const loaded = known ? helper(known).__loadedProperties : undefined;
          if (known && wrap(known).isInitialized() && loaded && scalars.every((p) => loaded.has(p))) map.set(id, known);
        }
        const missing = ids.filter((id) => !map.has(id));
        if (missing.length) {
          for (const r of await this.em.find(entity, { id: { $in: missing } } as never)) map.set(r.id, r);
        }
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byClass.set(entity as EntityClass<object>, loader);
    }
    return loader as unknown as DataLoader<string, T | null>;
  }

  /** A loader for anything else (counts, aggregates), batched by key and kept for the request. */
  custom<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.named.get(name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(batch);
      this.named.set(name, loader);
    }
    return loader as DataLoader<string, V>;
  }
}
