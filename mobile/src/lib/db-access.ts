/**
 * On a phone one app process owns its database file: there is nothing to wait for.
 * (The web build waits for a page being closed to let go of it: db-access.web.ts.)
 */
export async function waitForDatabaseAccess(): Promise<void> {}
