// Command genwordnet reads the WordNet 3.0 database files (index.*, data.*
// and *.exc, in the format of wndb(5WN)) and writes the compact table that
// package lexicon embeds.
//
// To regenerate the table (only needed when this program or the set of
// relations kept changes; CI uses the committed file):
//
//	apt-get install -y wordnet-base   # files under /usr/share/wordnet
//	go generate ./compare/lexicon
//
// which runs
//
//	go run ./internal/genwordnet -dict /usr/share/wordnet -out data/wordnet.bin.gz
//
// The output bytes depend only on the input files and the Go release (gzip
// without a name or time in its header), so running it twice gives the same
// file.
//
// Table layout, before gzip; every number is an unsigned varint unless said
// otherwise:
//
//	magic "claimdiff-wordnet-3.0 v1\n"
//	lemmas:     count, then per lemma (sorted, lower case, spaces between
//	            the words of a collocation) its byte length and bytes
//	synsets:    count, then per synset (ordered by part of speech n, v, a,
//	            r and then by offset in data.pos): pos byte (1 n, 2 v, 3 a,
//	            4 r, 5 adjective satellite), lexicographer file number
//	            byte (lexnames(5WN)), offset minus the previous synset's
//	            offset in the same data file, word count, lemma ids,
//	            pointer count, and per pointer: kind byte (see kinds),
//	            target synset id, source word number byte, target word
//	            number byte (0 for relations between whole synsets)
//	senses:     per part of speech n, v, a, r: entry count, then per entry
//	            lemma id and its synset ids, most frequent sense first
//	exceptions: per part of speech n, v, a, r: entry count, then per entry
//	            the inflected form (length, bytes) and its base forms'
//	            lemma ids (only bases that are lemmas of that part of speech)
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Magic starts every table; package lexicon checks it.
const magic = "claimdiff-wordnet-3.0 v1\n"

// kinds maps the pointer symbols kept to the kind bytes of the table. The
// rest (hyponyms, meronyms, domains, verb groups, ...) are left out: the
// lexicon walks up, never down, and the table stays small.
var kinds = map[string]byte{
	"@":  1, // hypernym
	"@i": 2, // instance hypernym
	"#m": 3, // member holonym
	"#p": 4, // part holonym
	"#s": 5, // substance holonym
	"!":  6, // antonym
	"+":  7, // derivationally related form
	"&":  8, // similar to
	"\\": 9, // pertainym (adjective) or derived from adjective (adverb)
}

var posFiles = []string{"noun", "verb", "adj", "adv"}

type pointer struct {
	kind     byte
	pos      int // index into posFiles of the target
	offset   int
	src, dst byte
}

type synset struct {
	pos     byte // 1..5 as in the table
	lexFile byte // lexnames(5WN): 4 noun.act, 11 noun.event, ...
	file    int  // index into posFiles
	offset  int
	words   []string
	ptrs    []pointer
	id      int
	wordIDs []int
}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "folder holding the WordNet 3.0 database files")
	out := flag.String("out", "data/wordnet.bin.gz", "table to write")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genwordnet:", err)
		os.Exit(1)
	}
}

func run(dict, out string) error {
	var all []*synset
	byKey := map[[2]int]*synset{}
	for f, name := range posFiles {
		ss, err := readData(filepath.Join(dict, "data."+name), f)
		if err != nil {
			return err
		}
		for _, s := range ss {
			byKey[[2]int{f, s.offset}] = s
		}
		all = append(all, ss...) // data files are sorted by offset already
	}
	for i, s := range all {
		s.id = i
	}

	type entry struct {
		lemma   string
		offsets []int
	}
	var index [4][]entry
	lemmaSet := map[string]bool{}
	for f, name := range posFiles {
		err := eachLine(filepath.Join(dict, "index."+name), func(line string) error {
			fs := strings.Fields(line)
			if len(fs) < 6 {
				return fmt.Errorf("short index line %q", line)
			}
			n, err := strconv.Atoi(fs[2])
			if err != nil || n < 1 {
				return fmt.Errorf("bad synset_cnt in %q", line)
			}
			if len(fs) < n {
				return fmt.Errorf("index line %q lists fewer than %d offsets", line, n)
			}
			e := entry{lemma: lemmaForm(fs[0])}
			for _, o := range fs[len(fs)-n:] {
				off, err := strconv.Atoi(o)
				if err != nil {
					return fmt.Errorf("bad offset %q in %q", o, line)
				}
				if byKey[[2]int{f, off}] == nil {
					return fmt.Errorf("index line %q points at missing synset %d", line, off)
				}
				e.offsets = append(e.offsets, off)
			}
			index[f] = append(index[f], e)
			lemmaSet[e.lemma] = true
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, s := range all {
		for _, w := range s.words {
			lemmaSet[w] = true
		}
	}
	inPOS := [4]map[string]bool{}
	for f := range index {
		inPOS[f] = map[string]bool{}
		for _, e := range index[f] {
			inPOS[f][e.lemma] = true
		}
	}

	type exception struct {
		form  string
		bases []string
	}
	var excs [4][]exception
	for f, name := range posFiles {
		err := eachLine(filepath.Join(dict, name+".exc"), func(line string) error {
			fs := strings.Fields(line)
			if len(fs) < 2 {
				return fmt.Errorf("short exception line %q", line)
			}
			e := exception{form: lemmaForm(fs[0])}
			for _, b := range fs[1:] {
				// Morphy checks every base against WordNet; keeping only
				// bases WordNet has does that once, here.
				if b := lemmaForm(b); inPOS[f][b] && !slices.Contains(e.bases, b) {
					e.bases = append(e.bases, b)
				}
			}
			if len(e.bases) > 0 {
				excs[f] = append(excs[f], e)
			}
			return nil
		})
		if err != nil {
			return err
		}
		slices.SortFunc(excs[f], func(a, b exception) int { return strings.Compare(a.form, b.form) })
		excs[f] = slices.CompactFunc(excs[f], func(a, b exception) bool { return a.form == b.form })
	}

	lemmas := make([]string, 0, len(lemmaSet))
	for l := range lemmaSet {
		lemmas = append(lemmas, l)
	}
	slices.Sort(lemmas)
	lemmaID := make(map[string]int, len(lemmas))
	for i, l := range lemmas {
		lemmaID[l] = i
	}

	var b bytes.Buffer
	b.WriteString(magic)
	num := func(n int) { b.Write(binary.AppendUvarint(nil, uint64(n))) }
	str := func(s string) { num(len(s)); b.WriteString(s) }

	num(len(lemmas))
	for _, l := range lemmas {
		str(l)
	}
	num(len(all))
	prev := 0
	for i, s := range all {
		if i > 0 && s.file != all[i-1].file {
			prev = 0
		}
		b.WriteByte(s.pos)
		b.WriteByte(s.lexFile)
		num(s.offset - prev)
		prev = s.offset
		num(len(s.words))
		for _, w := range s.words {
			num(lemmaID[w])
		}
		num(len(s.ptrs))
		for _, p := range s.ptrs {
			t := byKey[[2]int{p.pos, p.offset}]
			if t == nil {
				return fmt.Errorf("synset %08d-%s points at missing synset %08d in data.%s", s.offset, posFiles[s.file], p.offset, posFiles[p.pos])
			}
			b.WriteByte(p.kind)
			num(t.id)
			b.WriteByte(p.src)
			b.WriteByte(p.dst)
		}
	}
	for f := range index {
		num(len(index[f]))
		for _, e := range index[f] {
			num(lemmaID[e.lemma])
			num(len(e.offsets))
			for _, o := range e.offsets {
				num(byKey[[2]int{f, o}].id)
			}
		}
	}
	for f := range excs {
		num(len(excs[f]))
		for _, e := range excs[f] {
			str(e.form)
			num(len(e.bases))
			for _, l := range e.bases {
				num(lemmaID[l])
			}
		}
	}

	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, z.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return err
	}
	fmt.Fprintf(os.Stderr, "genwordnet: %d lemmas, %d synsets, %d bytes raw, %d bytes gzip -> %s\n",
		len(lemmas), len(all), b.Len(), z.Len(), out)
	return nil
}

// lemmaForm is the table's spelling of a WordNet word: lower case, with
// spaces for the underscores of collocations, without an adjective's
// syntactic marker such as "(a)" or "(ip)".
func lemmaForm(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
		w = w[:i]
	}
	return strings.ToLower(strings.ReplaceAll(w, "_", " "))
}

// eachLine calls fn for each line of a WordNet file, skipping the licence
// lines at the top of data and index files, which start with two spaces.
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "  ") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

func readData(path string, file int) ([]*synset, error) {
	var out []*synset
	err := eachLine(path, func(line string) error {
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i] // the gloss is not kept
		}
		fs := strings.Fields(line)
		s, err := parseSynset(fs, file)
		if err != nil {
			return fmt.Errorf("%w in %q", err, line)
		}
		out = append(out, s)
		return nil
	})
	return out, err
}

var errShort = errors.New("synset line ends early")

func parseSynset(fs []string, file int) (*synset, error) {
	if len(fs) < 4 {
		return nil, errShort
	}
	off, err := strconv.Atoi(fs[0])
	if err != nil {
		return nil, fmt.Errorf("bad synset_offset %q", fs[0])
	}
	lex, err := strconv.Atoi(fs[1])
	if err != nil || lex < 0 || lex > 255 {
		return nil, fmt.Errorf("bad lex_filenum %q", fs[1])
	}
	s := &synset{file: file, offset: off, lexFile: byte(lex)}
	pos := strings.IndexByte("nvars", fs[2][0])
	if len(fs[2]) != 1 || pos < 0 {
		return nil, fmt.Errorf("bad ss_type %q", fs[2])
	}
	s.pos = byte(pos + 1)
	wcnt, err := strconv.ParseUint(fs[3], 16, 8)
	if err != nil {
		return nil, fmt.Errorf("bad w_cnt %q", fs[3])
	}
	i := 4
	for range wcnt {
		if i+1 >= len(fs) {
			return nil, errShort
		}
		s.words = append(s.words, lemmaForm(fs[i]))
		i += 2 // word and lex_id
	}
	if i >= len(fs) {
		return nil, errShort
	}
	pcnt, err := strconv.Atoi(fs[i])
	if err != nil {
		return nil, fmt.Errorf("bad p_cnt %q", fs[i])
	}
	i++
	for range pcnt {
		if i+3 >= len(fs) {
			return nil, errShort
		}
		sym, offs, tpos, st := fs[i], fs[i+1], fs[i+2], fs[i+3]
		i += 4
		kind, ok := kinds[sym]
		if !ok {
			continue
		}
		toff, err := strconv.Atoi(offs)
		if err != nil {
			return nil, fmt.Errorf("bad pointer offset %q", offs)
		}
		tf := strings.IndexByte("nvars", tpos[0])
		if tf == 4 {
			tf = 2 // satellites live in data.adj
		}
		if len(tpos) != 1 || tf < 0 {
			return nil, fmt.Errorf("bad pointer pos %q", tpos)
		}
		if len(st) != 4 {
			return nil, fmt.Errorf("bad source/target %q", st)
		}
		sw, err1 := strconv.ParseUint(st[:2], 16, 8)
		dw, err2 := strconv.ParseUint(st[2:], 16, 8)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad source/target %q", st)
		}
		s.ptrs = append(s.ptrs, pointer{kind: kind, pos: tf, offset: toff, src: byte(sw), dst: byte(dw)})
	}
	return s, nil
}
