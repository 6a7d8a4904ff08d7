# Styra — the targets the README names. `make run` is the quick start, `make test` the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
WEB := src/styra/web
VENDOR := $(WEB)/static/vendor
# The front-end files Styra serves, copied from node_modules (npm ci) by `make vendor`.
# They are committed, so that a checkout runs without Node; a test checks that
# they match package-lock.json.
VENDORED := \
	htmx.org/dist/htmx.min.js:htmx/htmx.min.js \
	htmx.org/LICENSE:htmx/LICENSE \
	vega/build/vega.min.js:vega/vega.min.js \
	vega/LICENSE:vega/LICENSE \
	vega-lite/build/vega-lite.min.js:vega-lite/vega-lite.min.js \
	vega-lite/LICENSE:vega-lite/LICENSE \
	vega-embed/build/vega-embed.min.js:vega-embed/vega-embed.min.js \
	vega-embed/LICENSE:vega-embed/LICENSE \
	vega-interpreter/LICENSE:vega-interpreter/LICENSE
# vega-interpreter (Vega expressions without eval, as the CSP demands) ships
# only as an ES module importing vega-util; vega.min.js exports those names,
# so `make vendor` wraps the module into a plain script that adds
# vega.expressionInterpreter (tests/web/test_vendored_assets.py checks it).
INTERPRETER_SRC := node_modules/vega-interpreter/build/vega-interpreter.js
INTERPRETER := $(VENDOR)/vega-interpreter/vega-interpreter.js

.PHONY: setup system run test lint audit lock bench load admin clean messages compilemessages vendor screenshots

setup: system $(STAMP) vendor compilemessages

# The Debian packages the app and the tests need (Chromium, DejaVu fonts, gettext,
# Pango, poppler-utils, Node/npm): installed with apt-get when run as root, else
# stops with the `sudo apt-get install` to run. Quick when all are there.
system:
	@sh scripts/system-packages.sh

# requirements.lock pins every package (`make lock` writes it from the installed ones):
# installs are reproducible, and `make audit` checks exactly what is installed.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade -c requirements.lock pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

# npm ci when Node is there (the browser tests need axe-core from node_modules);
# without npm the committed vendored files still serve the app.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: skipping npm ci (browser tests need it)"; fi

vendor: node_modules/.package-lock.json
	@test -d node_modules || { echo "no node_modules: keeping the committed $(VENDOR)"; exit 0; }; \
	for pair in $(VENDORED); do \
		src=node_modules/$${pair%%:*}; dst=$(VENDOR)/$${pair##*:}; \
		mkdir -p $$(dirname $$dst); cp $$src $$dst; done; \
	{ echo "(function (vega) {"; \
	  echo "var ascending = vega.ascending, isString = vega.isString, DisallowedObjectProperties = vega.DisallowedObjectProperties;"; \
	  sed -e '/^import /d' -e '/sourceMappingURL/d' -e 's/^export { expression as expressionInterpreter };/vega.expressionInterpreter = expression;/' $(INTERPRETER_SRC); \
	  echo "})(window.vega);"; } > $(INTERPRETER)

# Translations: Swedish is the source language; `make messages` refreshes the
# English catalogue (from the web and from styra/analysis/words.py, the method's
# words the CLI shares), `compilemessages` builds the .mo files (needs GNU gettext).
messages: $(STAMP)
	cd src/styra && DJANGO_SETTINGS_MODULE=styra.web.settings $(CURDIR)/$(BIN)/django-admin \
		makemessages --locale en --no-location --no-obsolete

compilemessages: $(STAMP)
	@if command -v msgfmt >/dev/null; then \
		cd $(WEB) && DJANGO_SETTINGS_MODULE=styra.web.settings $(CURDIR)/$(BIN)/django-admin \
			compilemessages --verbosity 0; \
	else echo "msgfmt not found (apt-get install gettext): the UI stays in Swedish"; fi

load: setup
	$(BIN)/styra load

admin: setup
	$(BIN)/styra create-admin

# The secret key is written once to var/secret_key (git-ignored) and kept.
# Without a bundle beside the checkout `styra load --fetch` fetches one from Kolada
# into var/kolada (or says what to set when Kolada cannot be reached).
WEITZ := ../shared/data/sdg_interactions/sweden_weitz2018_matrix_long.csv
run: setup
	$(BIN)/python -m styra.web.secretkey
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/styra load --fetch
	@if [ -f $(WEITZ) ]; then $(BIN)/styra interactions import $(WEITZ) \
		--org 0180 --title "Weitz m.fl. 2018" \
		--description "Weitz, Carlsen, Nilsson & Skånberg 2018, Sustainability Science (CC BY 4.0)"; \
	else echo "$(WEITZ) is absent: Stockholm gets no interaction matrix"; fi
	$(BIN)/styra create-admin
	$(BIN)/styra network demo
	@# The background worker (document renders, Kolada sync) beside the web server;
	@# Ctrl-C, or the server stopping, stops both.
	$(BIN)/styra worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(BIN)/styra serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python manage.py makemigrations --check --dry-run

lock: $(STAMP)
	$(BIN)/python scripts/lock.py

# Known vulnerabilities in requirements.lock (pip-audit) and package-lock.json (npm audit
# --omit=dev) fail, unless audit-exceptions.txt documents them (scripts/audit.py).
# When the vulnerability services cannot be asked, `make audit` fails and `make test`
# warns "NOT AUDITED" (`make test AUDIT_UNREACHABLE=fail` fails then too).
AUDIT_UNREACHABLE ?= fail
audit: $(STAMP)
	$(BIN)/python scripts/audit.py --unreachable $(AUDIT_UNREACHABLE)

# STYRA_REQUIRE_ALL=1: a skipped test fails (tests/every_test_runs.py).
test: AUDIT_UNREACHABLE = warn
test: lint audit
	STYRA_REQUIRE_ALL=1 $(BIN)/pytest

bench: setup
	$(BIN)/python bench/load.py
	$(BIN)/python bench/analysis.py
	$(BIN)/python bench/web.py
	$(BIN)/python bench/public.py
	$(BIN)/python bench/dialogue.py
	$(BIN)/python bench/focus.py
	$(BIN)/python bench/calibration.py
	$(BIN)/python bench/soak.py

# docs/screenshots/*.png from a fresh temporary database with the real bundle
# (Debian's /usr/bin/chromium, never downloaded; about 90 s, most of it `styra load`).
screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache node_modules
