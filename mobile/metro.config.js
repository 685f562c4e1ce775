// Learn more: https://docs.expo.dev/guides/customizing-metro/
const { getDefaultConfig } = require("expo/metro-config");

const config = getDefaultConfig(__dirname);

// expo-sqlite on the web runs wa-sqlite compiled to WebAssembly.
config.resolver.assetExts.push("wasm");

// ...in a worker that shares memory with the page (SharedArrayBuffer), which the
// browser only allows on a cross-origin-isolated page.
config.server.enhanceMiddleware = (middleware) => (req, res, next) => {
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Cross-Origin-Embedder-Policy", "credentialless");
  return middleware(req, res, next);
};

module.exports = config;
