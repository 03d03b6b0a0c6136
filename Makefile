# One command to set up and run the demo, one to set up and run the tests.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
UV_VERSION := 0.13.9

.PHONY: setup demo test test-slow lint typecheck eval check bench clean chromium

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP)  ## create .venv with the locked dependencies

demo: setup  ## replay the bundled snapshot offline into ./marsad.duckdb, then write ./marsad-report.html
	$(BIN)/marsad demo

# The report's browser test needs headless Chromium: `sudo apt-get install chromium` (Debian/Ubuntu); without it
# that test is skipped and says why. MARSAD_CHROMIUM may point at another Chromium binary.
test: setup  ## the test suite (includes the tagger accuracy gate and the report in headless Chromium)
	$(BIN)/pytest -q -m "not slow"

test-slow: setup  ## long tests (fault injection)
	$(BIN)/pytest -q -m slow

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy flows transforms warehouse deploy

eval: setup  ## tagger accuracy on the development set
	$(BIN)/marsad eval ../shared/eval/dev.jsonl ../shared/eval/dev-b.jsonl tests/eval/written-2019-2026.jsonl --part dev

check: lint typecheck test  ## everything CI runs

lock:  ## re-resolve requirements.lock from pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

chromium:  ## install Debian's Chromium for the browser test (needs root)
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
