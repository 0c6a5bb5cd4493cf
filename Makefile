# innovact-desk: set up, run, test, build.
#
#   make run     set everything up (first time only) and open the window (on the demo event the first time)
#   make test    the same set-up, then every test (tests/core and tests/ui, Qt offscreen)
#   make build   the standalone program: dist/innovact-desk/innovact-desk
#   make bench   roster import and search timings (BENCH_ARGS="--sizes 1000,10000" for a quick run)
#   make lint    ruff
#   make web     rebuild the verifier page (web/ -> assets/web) from the npm lock file
#
# The set-up (target `setup`) works on a fresh Debian 12 machine: it installs the Debian packages that
# Qt's window (xcb), QtMultimedia and the PDF tests need when they are missing (as root, or with a sudo
# that asks no password; otherwise it says which are missing and goes on), creates .venv, and installs
# requirements-dev.txt whenever a requirements file is newer than the stamp .venv/.installed.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BENCH_ARGS ?=
PYINSTALLER_FLAGS ?= --log-level WARN

# What Qt's xcb platform plugin, its GL integrations and QtMultimedia load (checked with ldd on
# PySide6 6.12), plus poppler-utils (pdftotext, pdftoppm) for the tests that read our PDFs.
# The verifier page (web/) also wants node and npm (to build it: web/build.sh) and Debian's chromium
# (its tests in tests/web drive /usr/bin/chromium through Playwright; no browser is downloaded).
DEB_PACKAGES := \
	libpulse0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 \
	libwayland-cursor0 libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
	poppler-utils

.PHONY: setup system-packages run test build bench lint clean web

setup: system-packages $(STAMP)

# Debian packages: only the missing ones, one `apt-get update` first, never a question asked.
# (`NAMEt64` counts too: Debian 13 renamed some libraries, libglib2.0-0 among them.)
system-packages:
	@command -v dpkg-query >/dev/null 2>&1 || exit 0; \
	missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" "$${p}t64" 2>/dev/null | grep -q ' installed$$' || missing="$$missing $$p"; \
	done; \
	command -v node >/dev/null 2>&1 || missing="$$missing nodejs"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	if [ ! -x "$(PY)" ] && ! $(PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1; then \
	  missing="$$missing python3-venv"; \
	fi; \
	[ -n "$$missing" ] || exit 0; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then sudo="sudo -n"; \
	else \
	  echo "note: not root and no password-less sudo: skipping the Debian packages$$missing"; \
	  echo "      (install them with: sudo apt-get install$$missing)"; \
	  exit 0; \
	fi; \
	echo "Installing Debian packages:$$missing"; \
	apt="$$sudo env DEBIAN_FRONTEND=noninteractive apt-get"; \
	if $$apt update -qq && $$apt install -y -qq --no-install-recommends $$missing </dev/null; then \
	  echo "Debian packages installed."; \
	else \
	  echo "warning: apt-get could not install$$missing; the window or some tests may not work" >&2; \
	fi

$(PY): | system-packages
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $(STAMP)

run: setup
	$(PY) main.py

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

build: setup
	$(VENV)/bin/pyinstaller --noconfirm $(PYINSTALLER_FLAGS) build.spec

bench: setup
	$(PY) benchmarks/bench_roster.py $(BENCH_ARGS)

web: system-packages
	web/build.sh

lint: setup
	$(VENV)/bin/ruff check .

clean:
	rm -rf build dist
