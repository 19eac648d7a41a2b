# Shortcuts; the scripts in bin/ do the work.
.PHONY: help run test lint bench messages

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

messages:  ## extract and compile translations
	.venv/bin/python manage.py makemessages -l bg -l uk -l pl -l en --ignore=.venv --ignore=node_modules --no-obsolete
	.venv/bin/python manage.py compilemessages --ignore=.venv
