# Targets for developers and CI. Everything runs offline once modules are
# downloaded; ../shared (corpora) is optional and only needed for `make eval`.

GO      ?= go
BIN     := bin/timeline
SHARED  ?= ../shared
FUZZTIME ?= 10s

.PHONY: all build test race bench lint fuzz eval sample bench-corpus clean

all: build test

build:
	$(GO) build -o $(BIN) ./cmd/timeline

# The README's test command.
test:
	$(GO) test ./...

race:
	$(GO) test -race ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt would change:"; gofmt -l .; exit 1; }
	$(GO) vet ./...

# Run every fuzz target for FUZZTIME each (a duration, or a count of
# inputs such as 3000x). A failure that leaves no crashing input in
# testdata/fuzz is the fuzzing engine's own time-out ("context deadline
# exceeded" when a worker is slow to stop): that target is run once more.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  dir=$$($(GO) list -f '{{.Dir}}' $$pkg); \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; \
	    before=$$(ls $$dir/testdata/fuzz/$$t 2>/dev/null | wc -l); \
	    if ! $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg; then \
	      after=$$(ls $$dir/testdata/fuzz/$$t 2>/dev/null | wc -l); \
	      if [ "$$after" != "$$before" ]; then echo "fuzz: $$t found a failing input (saved in $$dir/testdata/fuzz/$$t)"; exit 1; fi; \
	      echo "fuzz: $$t failed without a failing input; running it again"; \
	      $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	    fi; \
	  done; \
	done

# Tag and score the TimeML corpora in ../shared with the TempEval-3 Task A
# rules (the corpora are not part of the repository).
TIMEML := $(SHARED)/corpora/timeml
eval:
	@if [ ! -d "$(TIMEML)/tbaq" ] || [ ! -d "$(TIMEML)/wikiwars-train" ]; then \
	  echo "make eval: the TimeML corpora are not at $(TIMEML) (set SHARED=path/to/shared); nothing scored"; exit 1; fi
	@echo "### TBAQ (TimeBank + AQUAINT), news: anchored on the document date"
	$(GO) run ./cmd/timeline eval timeml --tag $(TIMEML)/tbaq/TimeBank $(TIMEML)/tbaq/AQUAINT
	@echo "### WikiWars-train, narrative history (--domain auto decides per document)"
	$(GO) run ./cmd/timeline eval timeml --tag $(TIMEML)/wikiwars-train

# Throughput and peak memory of `timeline build` on a generated corpus of
# BENCH_MB megabytes of varied articles (news and narrative history).
BENCH_MB ?= 50
bench-corpus: build
	$(GO) run ./internal/synthcorpus/cmd/benchcorpus -mb $(BENCH_MB) -timeline $(BIN)

# The README's first command: the bundled sample corpus.
sample:
	$(GO) run ./cmd/timeline build -o timeline-out data/samples/bolivia-teasers.jsonl

clean:
	rm -rf bin timeline-out
