# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench eval browser

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq default-jre-headless)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,spark,classify]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(BIN)/communique ingest samples/articles.jsonl --db demo.duckdb
	$(BIN)/communique events --db demo.duckdb
	$(BIN)/communique stories --db demo.duckdb

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# The browser tests drive Debian's chromium with chromium-driver (never a downloaded browser); installed
# once, as root, where missing.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
		else echo "make test: chromium and chromium-driver are missing; install them as root (apt-get install chromium chromium-driver)"; fi; \
	fi

eval: $(STAMP)
	$(BIN)/communique eval ../shared/eval/plover_gsr_dev.jsonl
	$(BIN)/communique eval ../shared/eval/petr2_gsr_dev.jsonl
	$(BIN)/communique eval ../shared/eval/case2021_task2_dev.jsonl
	$(BIN)/communique eval ../shared/eval/geo_lgl_dev.jsonl

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --repeat 3 --rounds 5

clean:
	rm -rf $(VENV) demo.duckdb
