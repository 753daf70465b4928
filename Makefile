# TJ Desk. Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test verify bench lint translations package package-test clean

# Creates the virtual environment and installs the app with its test tools.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "TJ Desk needs Python 3.11 or newer; this is " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m ui.cli

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

verify: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

lint: $(STAMP)
	$(PY) -m ruff check tjdesk ui hardware tests benchmarks
	$(PY) -m mypy tjdesk hardware

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui tjdesk -name '*.py' | sort) -ts ui/resources/translations/tjdesk_th.ts
	$(VENV)/bin/pyside6-lrelease ui/resources/translations/tjdesk_th.ts -qm ui/resources/translations/tjdesk_th.qm

# dist/tjdesk/ (the one-folder program), then the tarball/zip and its .sha256 beside it.
package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/tjdesk.spec
	$(PY) packaging/archive.py --dist dist

# Starts the built program the way a shelter PC would and runs its self-test.
package-test: package
	QT_QPA_PLATFORM=offscreen dist/tjdesk/tjdesk --self-test

clean:
	rm -rf $(VENV) build dist
