# banmian: `make demo` reads the bundled sample pages; `make test` runs the whole suite.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
# Debian packages the generator (CJK fonts), the browser tests and the PostgreSQL tests need.
APT_PKGS := fonts-wqy-zenhei fonts-arphic-uming chromium postgresql

.PHONY: venv demo test bench compiled system-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e '.[pdf,synth,web,postgres,test]'
	touch $(STAMP)

venv: $(STAMP)

# Installs missing Debian packages when run as root; elsewhere the tests that need them skip.
system-deps:
	@missing=$$(for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing: $$missing"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "not root: missing $$missing (tests that need them skip)"; fi; \
	fi

# Reads the bundled page, stores it in an archive and searches it; `banmian serve --db
# out/demo.db` then shows it in the web reader.
demo: $(STAMP)
	@mkdir -p out
	$(BIN)/banmian parse examples/*.txt -f jsonl -o out/examples.jsonl
	$(BIN)/banmian parse examples/000_f46ce7a10e2cdd5f.txt -f md
	$(BIN)/banmian ingest examples/000_f46ce7a10e2cdd5f.txt --db out/demo.db --paper 平湖日报 --date 2024-01-14 --page 1
	$(BIN)/banmian search 金融 --db out/demo.db

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

# Accuracy on 200 generated pages (text reader beside the naive baseline), then text speed.
# PDF and archive benches: benchmarks/bench_pdf.py, benchmarks/bench_archive.py.
bench: $(STAMP) system-deps
	$(BIN)/python benchmarks/bench_accuracy.py
	$(BIN)/python benchmarks/bench_text.py

# The reader's hot modules compiled with mypyc (see setup.py) into a venv of their own, rebuilt
# when a source changes: .venv-compiled/bin/banmian, .venv-compiled/bin/python benchmarks/bench_text.py.
CVENV   := .venv-compiled
CSTAMP  := $(CVENV)/.installed

$(CSTAMP): pyproject.toml setup.py $(wildcard banmian/*.py banmian/*/*.py)
	$(PY) -m venv $(CVENV)
	$(CVENV)/bin/pip install -q -U pip setuptools wheel mypy
	BANMIAN_COMPILE=1 $(CVENV)/bin/pip install -q --no-build-isolation '.[pdf,synth,web,postgres]'
	touch $(CSTAMP)

compiled: $(CSTAMP)

clean:
	rm -rf $(VENV) $(CVENV) out .pytest_cache build
