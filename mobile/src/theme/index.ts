/** Design tokens: every color, space and type size the screens use. */
export const colors = {
  background: "#f4f6f9",
  surface: "#ffffff",
  border: "#dde3ea",
  text: "#1b2430",
  muted: "#5f6b7a",
  primary: "#1f5fbf",
  primaryText: "#ffffff",
  danger: "#b42318",
  dangerSoft: "#fdecea",
  warning: "#9a6700",
  warningSoft: "#fff4d6",
  success: "#1a7f37",
  successSoft: "#e6f4ea",
  infoSoft: "#e8f0fc",
} as const;

export const space = { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 } as const;
export const radius = { sm: 6, md: 10, lg: 16 } as const;
export const font = { small: 13, body: 15, title: 18, heading: 22 } as const;
