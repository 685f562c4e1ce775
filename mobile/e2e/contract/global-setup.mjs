// Starts the real API (seeded, on a throwaway embedded PostgreSQL) once for the contract tests.
import { startApiServer } from "../support/api-server.mjs";
import { freePort } from "../support/static-server.mjs";

export default async function startApi() {
  const api = await startApiServer(await freePort());
  globalThis.contractApi = api;
  process.env.CONTRACT_API_URL = api.url;
}
