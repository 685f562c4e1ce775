# The web dashboard (web/): dependencies, generated API types, build, tests.
# Included by the top-level Makefile, which provides ROOT, backend-deps and seed.

WEB         := $(ROOT)/web
WEB_DEPS    := $(WEB)/node_modules/.stamp-deps
WEB_DIST    := $(WEB)/dist/index.html
WEB_SOURCES := $(shell find $(WEB)/src $(WEB)/public -type f 2>/dev/null) \
               $(WEB)/index.html $(WEB)/vite.config.ts $(WEB)/package-lock.json
WEB_ENV     := CI=1 npm_config_yes=false npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

.PHONY: web-deps web-gen web-gen-check web-build web-lint web-unit web-e2e web-test web-dev web-chromium

$(WEB_DEPS): $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && $(WEB_ENV) npm ci --loglevel=error
	touch $@

web-deps: $(WEB_DEPS)  ## install the web app's pinned npm packages

web-gen: $(WEB_DEPS)  ## regenerate web/src/lib/api/schema.gen.ts from openapi/openapi.json
	cd $(WEB) && node scripts/schema.mjs

web-gen-check: $(WEB_DEPS)  ## fail when schema.gen.ts is stale versus openapi/openapi.json
	cd $(WEB) && node scripts/schema.mjs --check

$(WEB_DIST): $(WEB_DEPS) $(WEB_SOURCES)
	cd $(WEB) && $(WEB_ENV) npx --no-install vite build --logLevel warn
	touch $@

web-build: $(WEB_DIST)  ## build the dashboard into web/dist (served by the API)

web-lint: $(WEB_DEPS)  ## type-check and lint the web app
	cd $(WEB) && npx --no-install tsc -b
	cd $(WEB) && npx --no-install eslint --max-warnings=0 .

web-unit: $(WEB_DEPS)  ## component and hook tests (vitest)
	cd $(WEB) && $(WEB_ENV) npx --no-install vitest run

web-chromium:  ## Debian's Chromium for the browser tests (skipped when present)
	@test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

web-e2e: backend-deps web-build web-chromium  ## browser flows against a real API on a fresh seeded database
	cd $(WEB) && node e2e/run.mjs

web-test: web-gen-check web-lint web-unit web-build web-e2e  ## everything the web app is tested with

web-dev: $(WEB_DEPS)  ## Vite dev server; /api is proxied to http://127.0.0.1:8000
	cd $(WEB) && npx --no-install vite --host 127.0.0.1

CLIENT_TESTS += web-test
CLIENT_LINTS += web-lint
RUN_PREREQS  += web-build
run: export SALES_WEB_DIST := $(WEB)/dist
