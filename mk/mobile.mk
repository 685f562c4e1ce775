# mobile/: the field engineers' Expo app (see mobile/README.md).
# Included by the top-level Makefile; every Expo command runs without a terminal or network checks.
MOBILE     := $(ROOT)/mobile
MOBILE_ENV := CI=1 EXPO_OFFLINE=1 EXPO_NO_TELEMETRY=1
MOBILE_GEN := npx openapi-typescript $(ROOT)/openapi/openapi.json --default-non-nullable false

.PHONY: mobile mobile-deps mobile-gen mobile-gen-check mobile-lint mobile-test mobile-contract mobile-export mobile-e2e mobile-web

$(MOBILE)/node_modules/.installed: mobile/package.json mobile/package-lock.json
	cd $(MOBILE) && $(MOBILE_ENV) npm ci --no-audit --no-fund --loglevel=error
	touch $@

mobile-deps: $(MOBILE)/node_modules/.installed  ## install the mobile app's pinned npm packages

mobile-gen: mobile-deps  ## regenerate mobile/src/lib/api/schema.gen.ts from openapi/openapi.json
	cd $(MOBILE) && $(MOBILE_GEN) -o src/lib/api/schema.gen.ts

mobile-gen-check: mobile-deps  ## fail when schema.gen.ts is stale against openapi/openapi.json
	cd $(MOBILE) && tmp=$$(mktemp -d) && $(MOBILE_GEN) -o $$tmp/schema.gen.ts >/dev/null && \
	  if ! cmp -s $$tmp/schema.gen.ts src/lib/api/schema.gen.ts; then \
	    rm -rf $$tmp; echo "mobile/src/lib/api/schema.gen.ts is stale: run 'make mobile-gen'"; exit 1; fi; rm -rf $$tmp

mobile-lint: mobile-deps mobile-gen-check  ## tsc, eslint, and no web addresses in the lock file
	! grep -n "https\?://" $(MOBILE)/package-lock.json
	cd $(MOBILE) && npx tsc --noEmit
	cd $(MOBILE) && npx eslint --max-warnings 0 src e2e test scripts

mobile-export: mobile-deps  ## build the web export into mobile/dist
	cd $(MOBILE) && rm -rf dist && $(MOBILE_ENV) npx expo export --platform web

mobile-e2e: mobile-export web-chromium backend-deps  ## smoke-test the web export in Chromium against a fresh API
	cd $(MOBILE) && $(MOBILE_ENV) node e2e/smoke.mjs

mobile-contract: mobile-deps backend-deps  ## the phone's sync code against the real API (a fresh seeded server)
	cd $(MOBILE) && $(MOBILE_ENV) npx jest --ci --config jest.contract.config.js

mobile-test: mobile-lint  ## the mobile app: types, lint, jest, the sync contract test, web export and the Chromium smoke test
	cd $(MOBILE) && $(MOBILE_ENV) npx jest --ci
	$(MAKE) --no-print-directory mobile-contract
	$(MAKE) --no-print-directory mobile-e2e

mobile-web: mobile-export  ## serve the web export on http://127.0.0.1:8081 (API: make run)
	cd $(MOBILE) && node scripts/serve-web.mjs

mobile: mobile-deps  ## start the Expo dev server (scan the QR code with Expo Go)
	cd $(MOBILE) && EXPO_NO_TELEMETRY=1 npx expo start

CLIENT_LINTS += mobile-lint
CLIENT_TESTS += mobile-test
