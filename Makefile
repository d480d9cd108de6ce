# The two commands of the README: `make example` and `make test`.
SWIFT ?= swift

.PHONY: setup example test evaluate fuzz

setup:
	@bash Scripts/setup.sh

## Summarize the bundled example article, with citations.
example: setup
	$(SWIFT) run precis summarize Examples/ja-article.txt --sentences 3 --format markdown

## Run the test suite.
test: setup
	$(SWIFT) test

## Score the summarizer and fact checker against Evaluation/ fixtures.
evaluate: setup
	$(SWIFT) run evaluate

## Build the fuzzers (Fuzz/README.md says how to run them).
fuzz: setup
	cd Fuzz && $(SWIFT) build -c release --sanitize=fuzzer
