# Shortcuts; the scripts in bin/ do the work.
.PHONY: help run test lint bench bench-search search-rebuild search-eval messages

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

run:  ## set up and serve the demo portal on http://127.0.0.1:8000
	bin/serve

test:  ## set up and run the whole test suite
	bin/test

lint:  ## ruff and djhtml
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/djhtml --check templates

bench:  ## page throughput and CPU per page against a bare Django baseline
	.venv/bin/python bench/pages.py

bench-search:  ## search page p50/p95 against the practice page, 10,000 practices, both engines
	.venv/bin/python bench/search.py

search-rebuild:  ## rebuild search entries and (with ELASTICSEARCH_URL) a new index behind the alias
	.venv/bin/python manage.py search_rebuild

search-eval:  ## relevance on the evaluation set: nDCG@10, recall@10, MRR per language and engine
	.venv/bin/python manage.py search_eval search/eval/demo.json

messages:  ## extract and compile translations
	.venv/bin/python manage.py makemessages -l bg -l uk -l pl -l en --ignore=.venv --ignore=node_modules --no-obsolete
	.venv/bin/python manage.py compilemessages --ignore=.venv
