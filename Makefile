# The two commands of the README: `make example` and `make test`.
SWIFT ?= swift

.PHONY: setup example test evaluate

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
