# Panel Kecamatan. Only Python 3.11 is assumed on the machine; everything else goes into .venv.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install run test test-fast test-e2e scale-out-check migration bench bench-quick clean

install: $(STAMP)

# Re-installs only when pyproject.toml changes (or the venv is missing).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

# make run DEMO=1  -> fills an empty database with demo data at start-up (never by default)
run: $(STAMP)
	$(if $(filter 1,$(DEMO)),DEMO_DATA=1 )$(PY) main.py

# pytest exits 5 when it collects no test, so an empty run fails too.
test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

# The inner loop: everything but the browser tests, on SQLite even when DATABASE_URL is set.
test-fast: $(STAMP)
	env -u DATABASE_URL $(PY) -m pytest --ignore=tests/e2e $(PYTEST_ARGS)

# Only the browser tests (headless Chromium: apt-get install -y chromium chromium-driver), failing
# rather than skipping when Chromium is missing; they refresh the pictures in docs/screenshots.
test-e2e: $(STAMP)
	PANEL_E2E_REQUIRED=1 PANEL_SCREENSHOT_DIR=docs/screenshots $(PY) -m pytest tests/e2e $(PYTEST_ARGS)

# Two instances sharing PostgreSQL and Redis behind nginx, proved with two browsers (see deploy/).
scale-out-check: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,redis]'
	$(PY) deploy/scale_out_check.py

# make migration NAME=add_surat_keluar  -> one migration file for SQLite and PostgreSQL.
# It installs nothing: a shared venv's editable install is never re-pointed at this checkout.
migration:
	@test -x $(PY) || { echo 'no $(VENV) yet: run make install first'; exit 2; }
	@test -n "$(NAME)" || { echo 'usage: make migration NAME=short_name'; exit 2; }
	$(PY) migrations/make_migration.py $(NAME)

bench: $(STAMP)
	@if [ -f bench/__main__.py ]; then $(PY) -m bench $(BENCH_ARGS); else echo 'no benchmarks yet'; fi

bench-quick: $(STAMP)
	@if [ -f bench/__main__.py ]; then $(PY) -m bench --quick $(BENCH_ARGS); else echo 'no benchmarks yet'; fi

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
