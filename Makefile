# The two commands of the README: `make example` and `make test`.
SWIFT ?= swift

.PHONY: setup example test evaluate fuzz docs man install

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

## Build the documentation (DocC archive, man pages) and check that nothing is undocumented.
docs: setup
	bash Scripts/docs.sh

## Generate the man pages precis.1 and evaluate.1 into .build/man.
man: setup
	bash Scripts/man.sh

## Install precis and evaluate (Swift runtime linked statically), their model bundle and man
## pages under PREFIX: PREFIX/bin, PREFIX/share/man/man1.
PREFIX ?= /usr/local
install: setup
	$(SWIFT) build -c release --static-swift-stdlib --product precis
	$(SWIFT) build -c release --static-swift-stdlib --product evaluate
	bash Scripts/man.sh .build/man
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/man/man1"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/precis" "$$($(SWIFT) build -c release --show-bin-path)/evaluate" "$(PREFIX)/bin/"
	rm -rf "$(PREFIX)/bin/Precis_PrecisModels.resources"
	cp -R "$$($(SWIFT) build -c release --show-bin-path)/Precis_PrecisModels.resources" "$(PREFIX)/bin/"
	install -m 644 .build/man/precis.1 .build/man/evaluate.1 "$(PREFIX)/share/man/man1/"
