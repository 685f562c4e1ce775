/**
 * The phone's database (expo-sqlite): the outbox, the cached records the engineer
 * may see, and a few settings. Opened once, migrated on open; an open that failed
 * is tried afresh by the next call (the start-up screen's "Try again").
 */
import * as SQLite from "expo-sqlite";

import { waitForDatabaseAccess } from "./db-access";
import { migrate, serialized, type SqlDatabase, type SqlExecutor } from "./sql";

const DATABASE_NAME = "sales-field.db";

function adapt(db: SQLite.SQLiteDatabase): SqlExecutor {
  return {
    execAsync: (sql) => db.execAsync(sql),
    runAsync: (sql, params) => db.runAsync(sql, params),
    getAllAsync: <Row>(sql: string, params: (string | number | null)[]) => db.getAllAsync<Row>(sql, params),
    getFirstAsync: <Row>(sql: string, params: (string | number | null)[]) => db.getFirstAsync<Row>(sql, params),
  };
}

let opening: Promise<SqlDatabase> | null = null;

export function openAppDatabase(): Promise<SqlDatabase> {
  if (!opening) {
    opening = waitForDatabaseAccess()
      .then(() => SQLite.openDatabaseAsync(DATABASE_NAME))
      .then(async (native) => {
        const raw = adapt(native);
        await migrate(raw);
        return serialized(raw);
      });
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}
