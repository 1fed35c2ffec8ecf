import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { ROOT_DIR } from '../config.js';

export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'migrations');

/**
 * Migrations are plain SQL files in the top-level `migrations/` folder (`NNNN_name.up.sql` and
 * `NNNN_name.down.sql`), so row-level security policies, triggers and composite keys read as SQL.
 * MikroORM's Migrator runs them, records them and rolls them back.
 */
export function sqlMigrations(dir = MIGRATIONS_DIR): MigrationObject[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.up.sql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.up\.sql$/, '');
      const up = readFileSync(path.join(dir, file), 'utf8');
      const down = readFileSync(path.join(dir, `${name}.down.sql`), 'utf8');
      class SqlMigration extends Migration {
        override async up(): Promise<void> {
          this.addSql(up);
        }
        override async down(): Promise<void> {
          this.addSql(down);
        }
      }
      return { name, class: SqlMigration };
    });
}
