# Every set-up step lives here: a fresh Debian 12 machine (Python 3.11, Node 20, root)
# needs nothing but `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

ROOT        := $(abspath .)
BACKEND     := $(ROOT)/backend
VENV        := $(BACKEND)/.venv
PY          := $(VENV)/bin/python
HOST        ?= 127.0.0.1
PORT        ?= 8000

# Client apps add their targets to these lists in mk/<client>.mk.
CLIENT_TESTS :=
CLIENT_LINTS :=
RUN_PREREQS  :=
include $(wildcard mk/*.mk)

.PHONY: help run test lint backend-lint backend-deps migrate seed openapi openapi-check \
        backend-test backend-fuzz db-stop bench requirements compose-check

help:  ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort

# --- backend -----------------------------------------------------------------
$(VENV)/.installed: backend/requirements.txt backend/requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r backend/requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e backend
	touch $@

backend-deps: $(VENV)/.installed  ## create backend/.venv with the pinned dependencies

requirements: backend-deps  ## re-pin backend dependencies (with uv, installed on demand)
	test -x $(VENV)/bin/uv || $(PY) -m pip install --quiet uv
	cd backend && $(VENV)/bin/uv pip compile --python-version 3.11 --no-header pyproject.toml -o requirements.txt
	cd backend && $(VENV)/bin/uv pip compile --python-version 3.11 --no-header --extra dev pyproject.toml -o requirements-dev.txt

# Without DATABASE_URL these use the embedded PostgreSQL in var/postgres (started on
# demand; `make run` stops it again on exit). With DATABASE_URL, that server.
migrate: backend-deps  ## create the database when missing and apply the migrations
	cd backend && $(PY) -m app.cli migrate

seed: backend-deps  ## migrate, then load the demo data (idempotent)
	cd backend && $(PY) -m app.cli seed

run: backend-deps $(RUN_PREREQS)  ## install, migrate, seed; serve API + web on http://127.0.0.1:8000 and run the job worker
	cd backend && $(PY) -m app.cli run --host $(HOST) --port $(PORT)

db-stop:  ## stop the embedded PostgreSQL if a command left it running
	cd backend && $(PY) -m app.cli postgres stop

openapi: backend-deps  ## export the OpenAPI document to openapi/openapi.json
	cd backend && $(PY) scripts/export_openapi.py ../openapi/openapi.json

openapi-check: backend-deps  ## fail when openapi/openapi.json differs from the app
	cd backend && $(PY) scripts/export_openapi.py --check ../openapi/openapi.json

lint: backend-lint $(CLIENT_LINTS)  ## every linter: backend, then the clients

backend-lint: backend-deps  ## ruff, mypy, import contracts (migration drift is a test)
	cd backend && $(PY) -m ruff check app tests scripts migrations ../bench
	cd backend && $(PY) -m ruff format --check app tests scripts migrations ../bench
	cd backend && $(PY) -m mypy app
	cd backend && $(VENV)/bin/lint-imports

# On PostgreSQL: TEST_DATABASE_URL or DATABASE_URL names a server, else each test worker
# starts an embedded scratch server of its own (tests/support/databases.py).
backend-test: backend-deps  ## the backend suite on PostgreSQL, two workers
	cd backend && $(PY) -m pytest -q -n 2

backend-fuzz: backend-deps  ## schemathesis against a throwaway stack: no 500, nothing outside the OpenAPI document
	cd backend && $(PY) scripts/fuzz_api.py --max-examples 8

test: lint backend-test backend-fuzz openapi-check compose-check $(CLIENT_TESTS)  ## everything CI runs

bench: backend-deps  ## benchmarks (print ratios)
	cd backend && $(PY) ../bench/reads.py
	cd backend && $(PY) ../bench/order_to_cash.py
	cd backend && $(PY) ../bench/reports.py
	cd backend && $(PY) ../bench/imports.py
	cd backend && $(PY) ../bench/sync.py

compose-check:  ## validate docker-compose.yml (installs Debian's docker-compose if no compose is present)
	@if docker compose version >/dev/null 2>&1; then SALES_SECRET_KEY=check docker compose config -q; \
	else command -v docker-compose >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null); \
	SALES_SECRET_KEY=check docker-compose config -q; fi
	@echo "docker-compose.yml is valid"
