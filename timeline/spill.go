package timeline

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// spill is an append-only sequence of records kept in a temporary file (or,
// for a build without a temporary directory, in memory). Each record is
// written with its length in front, so it can be read back in order, or
// directly when its offset and length were noted.
type spill struct {
	f    *os.File // nil: the records are in mem
	w    *bufio.Writer
	mem  []byte
	size int64
	n    int // records
	err  error
}

// newSpill starts a spill in a new temporary file in dir, or in memory when
// dir is "".
func newSpill(dir, pattern string) (*spill, error) {
	if dir == "" {
		return &spill{}, nil
	}
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, fmt.Errorf("timeline: temporary build file: %w", err)
	}
	return &spill{f: f, w: bufio.NewWriterSize(f, 256<<10)}, nil
}

// add appends a record and returns the offset and length of its payload.
func (s *spill) add(rec []byte) (off int64, n int) {
	var hdr [binary.MaxVarintLen64]byte
	h := binary.PutUvarint(hdr[:], uint64(len(rec)))
	off = s.size + int64(h)
	if s.f == nil {
		s.mem = append(s.mem, hdr[:h]...)
		s.mem = append(s.mem, rec...)
	} else if s.err == nil {
		if _, err := s.w.Write(hdr[:h]); err != nil {
			s.err = err
		} else if _, err := s.w.Write(rec); err != nil {
			s.err = err
		}
	}
	s.size += int64(h + len(rec))
	s.n++
	return off, len(rec)
}

// flush makes every record added so far readable.
func (s *spill) flush() error {
	if s.err == nil && s.w != nil {
		s.err = s.w.Flush()
	}
	if s.err != nil {
		return fmt.Errorf("timeline: writing temporary build file: %w", s.err)
	}
	return nil
}

// readAt reads the payload at off of length n into buf (grown as needed).
func (s *spill) readAt(off int64, n int, buf []byte) ([]byte, error) {
	if off < 0 || off+int64(n) > s.size {
		return nil, errCorrupt
	}
	if s.f == nil {
		return s.mem[off : off+int64(n)], nil
	}
	if cap(buf) < n {
		buf = make([]byte, n)
	}
	buf = buf[:n]
	if _, err := s.f.ReadAt(buf, off); err != nil {
		return nil, fmt.Errorf("timeline: reading temporary build file: %w", err)
	}
	return buf, nil
}

// scanner reads the records in order; each reader is independent, so
// several may run at once.
func (s *spill) scanner() *spillScanner {
	var r io.Reader
	if s.f == nil {
		r = bytes.NewReader(s.mem)
	} else {
		r = io.NewSectionReader(s.f, 0, s.size)
	}
	return &spillScanner{r: bufio.NewReaderSize(r, 256<<10)}
}

// close removes the temporary file.
func (s *spill) close() error {
	s.mem = nil
	if s.f == nil {
		return nil
	}
	name := s.f.Name()
	err := s.f.Close()
	if rerr := os.Remove(name); err == nil && !errors.Is(rerr, os.ErrNotExist) {
		err = rerr
	}
	s.f = nil
	return err
}

type spillScanner struct {
	r   *bufio.Reader
	buf []byte
}

// next returns the next record, valid until the following call, or io.EOF
// after the last one.
func (sc *spillScanner) next() ([]byte, error) {
	n, err := binary.ReadUvarint(sc.r)
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, errCorrupt
	}
	if n > 1<<31 {
		return nil, errCorrupt
	}
	if uint64(cap(sc.buf)) < n {
		sc.buf = make([]byte, n)
	}
	sc.buf = sc.buf[:n]
	if _, err := io.ReadFull(sc.r, sc.buf); err != nil {
		return nil, errCorrupt
	}
	return sc.buf, nil
}
