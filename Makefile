# Two commands: `make run` and `make test`. Both set everything up first (idempotent).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CHROMIUM := /usr/bin/chromium
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run test bench chromium train clean

setup: $(STAMP)

# torch is installed first and pinned, so pip takes the CPU build instead of resolving a CUDA one.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev]"
	$(VENV)/bin/inchdeep prepare-model
	touch $(STAMP)

chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

run: setup
	$(VENV)/bin/inchdeep serve

test: setup chromium
	$(PY) -m pytest -q

bench: setup chromium
	$(PY) bench/run_all.py

train: setup
	$(VENV)/bin/inchdeep train

clean:
	rm -rf $(VENV) .pytest_cache *.egg-info
