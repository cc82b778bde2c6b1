package corpus

import (
	"bufio"
	"errors"
)

// html reads one HTML article. Not yet implemented: such files are skipped.
func (r *reader) html(br *bufio.Reader, name, id string) error {
	r.skip(name, errors.Join(ErrUnsupported, errors.New("HTML input is not read yet")))
	return nil
}
