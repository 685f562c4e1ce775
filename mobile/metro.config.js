// Learn more: https://docs.expo.dev/guides/customizing-metro/
const http = require("node:http");
const { getDefaultConfig } = require("expo/metro-config");

const config = getDefaultConfig(__dirname);

// expo-sqlite on the web runs wa-sqlite compiled to WebAssembly...
config.resolver.assetExts.push("wasm");

// ...in a worker that shares memory with the page (SharedArrayBuffer), which browsers
// allow only on a cross-origin-isolated page. The Expo dev server answers "/" before
// any Metro middleware (where enhanceMiddleware would add headers) runs, so the dev
// server process sets the two headers on every response it writes.
const writeHead = http.ServerResponse.prototype.writeHead;
http.ServerResponse.prototype.writeHead = function writeHeadIsolated(...args) {
  if (!this.headersSent) {
    this.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    this.setHeader("Cross-Origin-Embedder-Policy", "credentialless");
  }
  return writeHead.apply(this, args);
};

module.exports = config;
