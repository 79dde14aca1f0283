# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench eval

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,classify]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(BIN)/communique ingest samples/articles.jsonl --db demo.duckdb
	$(BIN)/communique events --db demo.duckdb
	$(BIN)/communique stories --db demo.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/communique eval ../shared/eval/plover_gsr_dev.jsonl
	$(BIN)/communique eval ../shared/eval/petr2_gsr_dev.jsonl
	$(BIN)/communique eval ../shared/eval/case2021_task2_dev.jsonl

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --repeat 3 --rounds 5

clean:
	rm -rf $(VENV) demo.duckdb
