/** English strings. Keys are grouped by screen; `{name}` marks a value filled in by `t`. */
export const en = {
  "app.loading": "Opening…",
  "signIn.title": "Sales Field",
  "signIn.subtitle": "Sign in to your company's server",
  "signIn.server": "Server URL",
  "signIn.email": "Email",
  "signIn.password": "Password",
  "signIn.submit": "Sign in",
  "signIn.offline": "Cannot reach {server}. Check the address and your connection.",
  "tabs.today": "My day",
  "tabs.customers": "Customers",
  "tabs.leads": "Leads",
  "tabs.pipeline": "Pipeline",
  "tabs.sync": "Sync",
  "sync.pending": "Pending",
  "sync.failed": "Needs attention",
  "sync.synced": "Synced",
  "sync.offline": "Offline: changes are kept on this phone and sent when the network is back.",
  "sync.expired": "Your session expired. Sign in again to send your changes.",
  "common.save": "Save",
  "common.cancel": "Cancel",
  "common.search": "Search",
  "common.retry": "Try again",
  "common.none": "—",
} as const;

export type MessageKey = keyof typeof en;
