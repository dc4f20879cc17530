// Package chunk gives tests a reader that hands out its data a few bytes
// at a time, so that every boundary between two reads gets tried.
package chunk

import "io"

// Reader returns a reader of data that gives at most n bytes a read.
func Reader(data []byte, n int) io.Reader {
	return &reader{data, n}
}

// reader gives at most n bytes a read.
type reader struct {
	data []byte
	n    int
}

func (r *reader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	k := copy(p[:min(len(p), r.n)], r.data)
	r.data = r.data[k:]
	return k, nil
}
