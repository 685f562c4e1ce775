import { describe, expect, it } from 'vitest'
import { describeUserAgent } from './device'

describe('describeUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome on Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Edge on Windows'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15', 'Safari on macOS'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox on Linux'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36', 'Chrome on Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari on iOS'],
    ['okhttp/4.12.0', 'Expo app on Android'],
    ['Expo/2.32.6 CFNetwork/1568.100.1 Darwin/24.0.0', 'Expo app on iOS'],
    ['Sales/1 CFNetwork/1568.100.1 Darwin/24.0.0', 'iPhone app on iOS'],
    ['python-httpx/0.28.1', 'Python script'],
    ['curl/8.5.0', 'curl'],
  ])('%s', (ua, expected) => {
    expect(describeUserAgent(ua)).toBe(expected)
  })

  it('says so when there is nothing to go on', () => {
    expect(describeUserAgent(null)).toBe('Unknown device')
    expect(describeUserAgent('Something/1.0')).toBe('Unknown device')
  })
})
