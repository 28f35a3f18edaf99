package transform

// in reports whether token t is a word of word set ws. The sets of every
// token are looked up once per document, on first use, so that rules that
// test the same tokens again and again cost an array index, not a map
// lookup. A token out of range is in no set.
func (d *document) in(ws wordSet, t int) bool {
	if t < 0 || t >= len(d.toks) {
		return false
	}
	if d.bits == nil {
		d.bits = make([]wordBits, len(d.toks))
		for i := range d.toks {
			if d.toks[i].punct == 0 {
				d.bits[i] = d.lx.words[d.toks[i].key]
			}
		}
	}
	return d.bits[t][ws/64]&(1<<(ws%64)) != 0
}
