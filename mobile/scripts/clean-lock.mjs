// Drops the funding links npm copies into package-lock.json: a committed file names
// no web addresses (see CONVENTIONS), and `npm ci` does not need them.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
for (const entry of Object.values(lock.packages ?? {})) delete entry.funding;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
