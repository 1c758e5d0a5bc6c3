# Ebb — the two commands a new user needs are `make run` and `make test`.
# Each installs what it needs first (scripts/install-deps.sh).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo

.PHONY: run test deps ui-deps ui lint test-rust test-ui e2e print-check fuzz reliability-large bench package clean cli

deps:
	@bash scripts/install-deps.sh

ui-deps: deps
	cd ui && npm ci --no-fund --no-audit --ignore-scripts

ui: ui-deps
	cd ui && npm run build

## make run: build and start the desktop app (a journal is created on first start).
run: ui
	$(CARGO) run -p ebb-desktop --bin ebb-desktop

## make cli: build the `ebb` command line only.
cli: deps
	$(CARGO) build --bin ebb

lint: ui
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps -p ebb
	cd ui && npm run check && npm run lint

test-rust: ui
	$(CARGO) test --workspace

test-ui: ui-deps
	cd ui && npm test

e2e: ui
	bash scripts/e2e.sh

## make print-check: the summary printed through WebKit under three font settings (DejaVu,
## Liberation, Noto only): the bundled face, page 1 holds the summary, a quiet period is one page.
print-check: ui
	xvfb-run -a -s "-screen 0 1280x900x24" bash scripts/print-check.sh

## make fuzz: each fuzz target for FUZZ_SECONDS (60 in CI; see docs/reliability.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

## make test: every check and test there is: Rust, UI, end-to-end, printing, a short fuzzing run.
test: lint test-rust test-ui e2e print-check fuzz

## make reliability-large: the reliability suites at ten times their CI size (about 3 hours).
reliability-large: ui
	bash scripts/reliability-large.sh

## make bench: the SPEC §7 benchmarks (release build; see docs/benchmarks.md).
bench: deps
	$(CARGO) bench --bench core

## make package: an installable .deb (release build, about 13 minutes).
package: ui
	npx --yes @tauri-apps/cli@2 build --bundles deb --ci
	@ls -1 target/release/bundle/deb/*.deb

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules
