# Every target sets itself up: a local .venv is made and filled on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint lock check fuzz bench peers-venv screenshots wheel clean

# The development and test environment is the lock file's: every package at the version the
# suite passed with (`make lock` writes it again from pyproject.toml with pip-tools).
$(STAMP): pyproject.toml requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra test --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements-dev.lock pyproject.toml

run: $(STAMP)
	$(BIN)/soyuz-tui $(ARGS)

# Three workers on two cores: the app tests spend part of their time waiting for the app
# to go idle, and a third worker fills those waits (about 55 s against 61 s with two).
test: $(STAMP)
	$(BIN)/python -m pytest -n 3

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

# The fuzz tests with 10,000 examples each (`make test` runs them with a few dozen),
# and the key storms with 10,000 keys each (`make test`: 300; SOYUZ_KEY_STORM=N sets it).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -n 2 tests/fuzz --hypothesis-show-statistics
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -n 2 tests/hostile/test_app_stress.py -k key_storm

check: $(STAMP)
	$(BIN)/soyuz-tui check

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py screenshots

wheel: $(STAMP)
	$(BIN)/python -m pip wheel --quiet --no-deps -w dist .

# Benchmarks are scripts, not tests: one table of figures against their targets.
# Exits non-zero if a target is missed; BENCH_ARGS="--skip tests" leaves the suite out.
bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py $(BENCH_ARGS)

# Optional: peer Textual apps in an environment of their own (they pin other Textual
# versions), for the informational peers rows of `make bench`.
peers-venv:
	test -x benchmarks/.peers/bin/python || $(PYTHON) -m venv benchmarks/.peers
	benchmarks/.peers/bin/python -m pip install --quiet toolong

clean:
	rm -rf $(VENV) dist build .pytest_cache
