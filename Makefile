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
PG_TEST_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

# Client apps add their targets to these lists in mk/<client>.mk.
CLIENT_TESTS :=
CLIENT_LINTS :=
RUN_PREREQS  :=
include $(wildcard mk/*.mk)

.PHONY: help run serve test lint backend-lint backend-deps migrate seed openapi openapi-check \
        backend-test backend-test-sqlite backend-test-postgres db-create bench requirements compose-check

help:  ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort

# --- backend -----------------------------------------------------------------
$(VENV)/.installed: backend/requirements.txt backend/requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r backend/requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e backend
	touch $@

backend-deps: $(VENV)/.installed  ## create backend/.venv with the pinned dependencies

requirements:  ## re-pin backend dependencies (needs uv: pip install uv)
	cd backend && uv pip compile --python-version 3.11 --no-header pyproject.toml -o requirements.txt
	cd backend && uv pip compile --python-version 3.11 --no-header --extra dev pyproject.toml -o requirements-dev.txt

db-create: backend-deps  ## create the PostgreSQL database named by DATABASE_URL if missing
	cd backend && $(PY) -m app.cli create-database

migrate: db-create  ## apply the Alembic migrations
	cd backend && $(PY) -m alembic upgrade head

seed: migrate  ## load the demo data (idempotent)
	cd backend && $(PY) -m app.cli seed

run: seed $(RUN_PREREQS)  ## install, migrate, seed and serve on http://127.0.0.1:8000
	cd backend && $(PY) -m uvicorn app.main:create_app --factory --host $(HOST) --port $(PORT)

openapi: backend-deps  ## export the OpenAPI document to openapi/openapi.json
	cd backend && $(PY) scripts/export_openapi.py ../openapi/openapi.json

openapi-check: backend-deps  ## fail when openapi/openapi.json differs from the app
	cd backend && $(PY) scripts/export_openapi.py --check ../openapi/openapi.json

lint: backend-lint $(CLIENT_LINTS)  ## every linter: backend, then the clients

backend-lint: backend-deps  ## ruff, mypy, import contracts, alembic drift
	cd backend && $(PY) -m ruff check app tests scripts migrations ../bench
	cd backend && $(PY) -m ruff format --check app tests scripts migrations ../bench
	cd backend && $(PY) -m mypy app
	cd backend && $(VENV)/bin/lint-imports
	cd backend && rm -f /tmp/sales-alembic-check.db && \
	  DATABASE_URL=sqlite+aiosqlite:////tmp/sales-alembic-check.db $(PY) -m alembic upgrade head && \
	  DATABASE_URL=sqlite+aiosqlite:////tmp/sales-alembic-check.db $(PY) -m alembic check

backend-test-sqlite: backend-deps
	cd backend && TEST_DATABASE_URL=sqlite+aiosqlite:// $(PY) -m pytest -q -n 2

backend-test-postgres: backend-deps
	cd backend && TEST_DATABASE_URL=$(PG_TEST_URL) $(PY) -m pytest -q -n 2

backend-test: backend-test-sqlite backend-test-postgres  ## the backend suite on SQLite and on PostgreSQL

test: lint backend-test openapi-check compose-check $(CLIENT_TESTS)  ## everything CI runs

bench: backend-deps  ## benchmarks (print ratios)
	cd backend && $(PY) ../bench/run.py

compose-check:  ## validate docker-compose.yml (installs Debian's docker-compose if no compose is present)
	@if docker compose version >/dev/null 2>&1; then SALES_SECRET_KEY=check docker compose config -q; \
	else command -v docker-compose >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null); \
	SALES_SECRET_KEY=check docker-compose config -q; fi
	@echo "docker-compose.yml is valid"
