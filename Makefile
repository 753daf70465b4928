# TJ Desk. Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
CHILDREN ?= 1
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test verify bench mutate lint translations package package-test lock clean

# Creates the virtual environment and installs the app with its test tools.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "TJ Desk needs Python 3.11 or newer; this is " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m ui.cli

# The whole suite with the fonts this machine has, then the tests that measure drawn text
# (marked text_measure) again with a fontconfig that lists no font folder at all: a screen or
# printout must fit with the shipped faces alone, and with any others beside them.
NO_FONTS_CONF := $(VENV)/no-system-fonts/fonts.conf
NO_SYSTEM_FONTS := FONTCONFIG_FILE=$(abspath $(NO_FONTS_CONF)) TJDESK_NO_SYSTEM_FONTS=1

$(NO_FONTS_CONF):
	@mkdir -p $(dir $@)
	@printf '%s\n' '<?xml version="1.0"?>' '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">' \
		'<fontconfig><cachedir>$(abspath $(dir $@))/cache</cachedir></fontconfig>' > $@

test: $(STAMP) $(NO_FONTS_CONF)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -rs -m "not slow"
	QT_QPA_PLATFORM=offscreen $(NO_SYSTEM_FONTS) $(PY) -m pytest -rs -m "text_measure and not slow"

verify: $(STAMP) $(NO_FONTS_CONF)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	QT_QPA_PLATFORM=offscreen $(NO_SYSTEM_FONTS) $(PY) -m pytest -m text_measure

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Mutation testing (mutmut 3), one module at a time against its own fast tests, on one process:
# prints each module's score and survivors, merges the scores into benchmarks/results.json.
# `make mutate CHILDREN=2` checks two mutants at a time (default one: the machine is shared).
# `make mutate MODULES="policy audit"` runs only those (names: $(PY) -m benchmarks.mutation --list).
mutate: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.mutation --children=$(CHILDREN) $(MODULES)

lint: $(STAMP)
	$(PY) -m ruff check tjdesk ui hardware tests benchmarks
	$(PY) -m mypy tjdesk hardware

# Thai: our strings (tjdesk_th.ts, kept in step with the code by lupdate) and Qt's own standard
# strings (qt_th.ts, by hand: PySide6 ships no Thai) compiled into one committed catalogue.
# tests/ui/i18n checks that the .ts holds every string in the code and that the .qm is current.
# The aliases are the project's own helpers: module-level _tr(text) land in the empty context
# (ui/i18n.py finds them from any context), _N/_T are QT_TRANSLATE_NOOP under short names.
# thai_breaks puts U+200B between Thai words, so labels wrap where libthai is missing.
TS_DIR := ui/resources/translations
TR_ALIASES := tr+=_tr,translate+=_translate,QT_TRANSLATE_NOOP+=_N,QT_TRANSLATE_NOOP+=_T
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui tjdesk -name '*.py' | sort) -ts $(TS_DIR)/tjdesk_th.ts -target-language th_TH -no-obsolete -locations none \
		-tr-function-alias $(TR_ALIASES)
	$(PY) -m ui.resources.translations.thai_breaks $(TS_DIR)/tjdesk_th.ts $(TS_DIR)/qt_th.ts
	$(VENV)/bin/pyside6-lrelease $(TS_DIR)/tjdesk_th.ts $(TS_DIR)/qt_th.ts -qm $(TS_DIR)/tjdesk_th.qm

# dist/tjdesk/ (the one-folder program), then the tarball/zip and its .sha256 beside it.
# What goes into the bundle is pinned, with hashes, in packaging/requirements.lock.
package: $(STAMP)
	$(PY) -m pip install --quiet --require-hashes -r packaging/requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/tjdesk.spec
	$(PY) packaging/archive.py --dist dist

# Starts the built program the way a shelter PC would and runs its self-test.
package-test: package
	QT_QPA_PLATFORM=offscreen dist/tjdesk/tjdesk --self-test

# Rewrites packaging/requirements.lock from pyproject.toml (the runtime dependencies and the
# package extra), with every file's hash, from PyPI alone (no local wheel folders).
lock: $(STAMP)
	$(PY) -m pip install --quiet pip-tools
	PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= $(VENV)/bin/pip-compile --quiet --upgrade \
		--generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links --extra package --output-file packaging/requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist
