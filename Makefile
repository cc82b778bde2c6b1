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

# Run every fuzz target for FUZZTIME each.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# The README's first command: the bundled sample corpus.
sample:
	$(GO) run ./cmd/timeline build -o timeline-out data/samples/bolivia-teasers.jsonl

clean:
	rm -rf bin timeline-out
