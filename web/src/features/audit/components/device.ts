/**
 * A readable device from a sign-in's User-Agent: "Chrome on Windows",
 * "Expo app on Android", "Python script". Only the common cases; anything else
 * reads "Unknown device" and the raw text stays available as a tooltip.
 */
const APPS: [RegExp, string][] = [
  [/\bExpo\//, 'Expo app'],
  [/\bokhttp\//i, 'Expo app'],
  [/\bpython-requests|\bpython-httpx|\bhttpx\/|\baiohttp/i, 'Python script'],
  [/^curl\//i, 'curl'],
  [/PostmanRuntime/i, 'Postman'],
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\//, 'Opera'],
  [/SamsungBrowser/, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/HeadlessChrome/, 'Headless Chrome'],
  [/\b(Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
  [/CFNetwork\/.*Darwin\//, 'iPhone app'],
]

const SYSTEMS: [RegExp, string][] = [
  [/Windows NT/, 'Windows'],
  [/\bokhttp\//i, 'Android'],
  [/Android/, 'Android'],
  [/iPhone|iPod|iPad|CFNetwork\/.*Darwin\//, 'iOS'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
]

const first = (pairs: [RegExp, string][], text: string) => pairs.find(([pattern]) => pattern.test(text))?.[1]

export function describeUserAgent(userAgent: string | null | undefined): string {
  const ua = userAgent?.trim() ?? ''
  if (!ua) return 'Unknown device'
  const app = first(APPS, ua)
  const system = first(SYSTEMS, ua)
  if (app === 'iPhone app' && /\bExpo\b/.test(ua)) return 'Expo app on iOS'
  if (app && system) return `${app} on ${system}`
  return app ?? (system ? `Browser on ${system}` : 'Unknown device')
}
