# grantbox developer and CI entry points. `make test` is the one test command (CI runs it).
#
#   make venv    .venv with grantbox installed editable + dev tools (re-installs when
#                pyproject.toml is newer than the install stamp)
#   make test    system packages (Dovecot, Chromium), venv, ruff, mypy, pytest
#   make lint    ruff + mypy only
#   make demo    the embedded demo: local mail servers, sample applicants, the whole loop,
#                then the review page on http://127.0.0.1:8000 until Ctrl-C

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: venv test lint demo system-deps clean

venv: $(STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "grantbox needs Python >= 3.11 (found $(PYTHON))" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

system-deps:
	bash scripts/install-system-deps.sh

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy

# `python -m pytest` (not .venv/bin/pytest) puts the repo root on sys.path: tests import
# `tests.mailservers`. pytest exits 5 when it collects no test: that fails the build too.
# Two test processes (pytest-xdist): most tests wait on servers, not on the CPU; each process
# starts its own Dovecot and relay, and every test has its own mailbox and database; idle
# workers take queued tests from the busy one (worksteal), so the slow tests do not pile up
# at the end. The 20 slowest are printed: the CI run has a time budget.
PYTEST_WORKERS ?= 2
test: system-deps venv
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal --durations=20 $(PYTEST_ARGS)

demo: venv
	$(BIN)/grantbox demo --keep-running

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
