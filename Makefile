# Styra — the targets the README names. `make run` is the quick start, `make test` the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test lint bench load admin clean messages

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

load: setup
	$(BIN)/styra load

admin: setup
	$(BIN)/styra create-admin

run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/styra load
	$(BIN)/styra create-admin
	$(BIN)/styra serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports
	$(BIN)/python manage.py makemigrations --check --dry-run

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
