import type { DBCore, DBCoreTable } from 'dexie';
import type { KioskDb } from '../../../renderer/db/kiosk-db';

/** Counts what reaches IndexedDB: transactions by mode and tables, reads and writes by table. */
export interface DbSpy {
  transactions: { stores: string[]; mode: string }[];
  reads: string[];
  writes: string[];
  /** Keys of the rows each put wrote, by table (a bulkPut of n rows adds n keys). */
  putKeys: Record<string, unknown[]>;
  /** Keys asked for by each get and bulkGet, by table. */
  getKeys: Record<string, unknown[]>;
  reset(): void;
}

/** Installs a Dexie middleware on a not-yet-opened database and returns its counters. */
export function spyOn(db: KioskDb): DbSpy {
  const spy: DbSpy = {
    transactions: [],
    reads: [],
    writes: [],
    putKeys: {},
    getKeys: {},
    reset() {
      spy.transactions = [];
      spy.reads = [];
      spy.writes = [];
      spy.putKeys = {};
      spy.getKeys = {};
    },
  };
  db.use({
    stack: 'dbcore',
    name: 'test-spy',
    create(down: DBCore): DBCore {
      return {
        ...down,
        transaction(stores, mode, options) {
          spy.transactions.push({ stores: [...stores], mode });
          return down.transaction(stores, mode, options);
        },
        table(name): DBCoreTable {
          const table = down.table(name);
          const read = <T>(op: string, run: () => T) => {
            spy.reads.push(`${op}:${name}`);
            return run();
          };
          return {
            ...table,
            get: (req) => {
              (spy.getKeys[name] ??= []).push(req.key);
              return read('get', () => table.get(req));
            },
            getMany: (req) => {
              (spy.getKeys[name] ??= []).push(...req.keys);
              return read('getMany', () => table.getMany(req));
            },
            query: (req) => read('query', () => table.query(req)),
            count: (req) => read('count', () => table.count(req)),
            openCursor: (req) => read('openCursor', () => table.openCursor(req)),
            mutate: (req) => {
              spy.writes.push(`${req.type}:${name}`);
              if (req.type === 'put') {
                const keys =
                  req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value));
                (spy.putKeys[name] ??= []).push(...keys);
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  });
  return spy;
}
