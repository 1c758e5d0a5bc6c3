# Ebb — the two commands a new user needs are `make run` and `make test`.
# Each installs what it needs first (scripts/install-deps.sh).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo

.PHONY: run test deps build lint test-rust bench clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(CARGO) build --bin ebb

## make run: build Ebb and show how to start a journal (the desktop app comes in a later release).
run: build
	@echo
	@echo "Ebb is built: $(CURDIR)/target/debug/ebb"
	@echo
	@echo "Start your journal (it goes to ~/.local/share/ebb/journal.ebb):"
	@echo "  target/debug/ebb init"
	@echo "Then, any day:"
	@echo "  target/debug/ebb write \"How today went\" --mood 3 --closeness 6 --safety 7"
	@echo "  target/debug/ebb episode --kind pull_away --actor partner --trigger \"plans changed\""
	@echo "  target/debug/ebb list"
	@echo
	@target/debug/ebb --help

lint: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust: deps
	$(CARGO) test --workspace

## make test: every check and test there is.
test: lint test-rust

## make bench: the SPEC §7 benchmarks (release build; see docs/benchmarks.md).
bench: deps
	$(CARGO) bench --bench core

clean:
	$(CARGO) clean
