PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
STAMP := $(VENV)/.installed
# the sample corpus: the files at the top of corpus/, never the blind set in corpus/annotated/
SAMPLE := $(sort $(wildcard corpus/*.txt corpus/*.jsonl))

.PHONY: install demo test test-fast lint bench train clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (set PYTHON=...)" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(KG) build $(SAMPLE) --store output/kg
	$(KG) extract $(SAMPLE) --format tsv > output/statements.tsv
	$(KG) export --store output/kg --format graphml -o output/graph.graphml
	$(KG) export --store output/kg --format gexf -o output/graph.gexf
	$(KG) export --store output/kg --format gexf --view relations -o output/relations.gexf
	$(KG) draw --store output/kg -o output/alliances.png
	$(KG) draw --store output/kg --focus Mali -o output/focus-mali.png
	$(KG) draw --store output/kg --by year -o output/alliances-by-year.png
	$(KG) query --store output/kg --saved allies --param actor=Mali

test: $(STAMP)
	$(VENV)/bin/ruff check graph scripts tests
	$(VENV)/bin/pytest -q

test-fast: $(STAMP)
	$(VENV)/bin/pytest -q -m "not slow"

lint: $(STAMP)
	$(VENV)/bin/ruff check graph scripts tests

train: $(STAMP)
	$(PY) scripts/train_pairs.py

bench: $(STAMP)
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) output/kg output/*.graphml output/*.gexf output/*.png
