package syntax

import (
	"strings"
	"sync"
)

// sentenceCache keeps the analyses of sentences already seen. The same
// sentence recurs across re-filed versions of a story and across the
// documents of a project (a third of the sentences of the retold wire
// copy of bench/corpus), and its analysis depends on its words alone, so
// it is made once. The cache stops growing at maxCachedWords words (about
// 24 bytes each), and what it gives back is what analysing would give:
// output never depends on it.
type sentenceCache struct {
	mu    sync.Mutex
	m     map[string]cached
	words int
}

// cached is an analysis in compact form: tag classes, heads, relation
// numbers and lemmas.
type cached struct {
	tags, rels []uint8
	heads      []int32
	lemmas     []string
}

const maxCachedWords = 1 << 20

func (c *sentenceCache) get(key string) (cached, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	return e, ok
}

func (c *sentenceCache) put(key string, e cached) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.words+len(e.tags) > maxCachedWords {
		return
	}
	if c.m == nil {
		c.m = map[string]cached{}
	}
	if _, ok := c.m[key]; !ok {
		c.m[key] = e
		c.words += len(e.tags)
	}
}

// scratch is the working memory of one analysis, reused through a pool so
// that analysing a sentence allocates nothing once warm.
type scratch struct {
	ws          []wordInfo
	tags, rt    []int
	heads       []int
	labels      []string
	feats       []uint64
	tagScores   []int32
	parseScores []int32
	st          *parseState
}

func newScratch() *scratch {
	return &scratch{st: newParseState(0)}
}

func (s *scratch) right(n int) []int {
	s.rt = grow(s.rt, n)
	return s.rt
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Analysis is what the model says of one sentence's words: for word i,
// its UPOS tag, lemma, head (an index into the sentence, -1 for the root)
// and dependency relation.
type Analysis struct {
	UPOS, Lemma, Rel []string
	Head             []int
	XPOS             []string // filled in only when not nil
}

// Analyze tags, lemmatises and parses one sentence given as its words'
// forms (Universal Dependencies tokenisation), and returns its analysis.
// Time and memory are linear in the number of words.
func (m *Model) Analyze(forms []string) Analysis {
	n := len(forms)
	a := Analysis{UPOS: make([]string, n), Lemma: make([]string, n), Rel: make([]string, n), Head: make([]int, n),
		XPOS: make([]string, n)}
	m.AnalyzeInto(forms, &a)
	return a
}

// AnalyzeInto is Analyze writing into a, whose slices must have one entry
// per form.
func (m *Model) AnalyzeInto(forms []string, a *Analysis) {
	n := len(forms)
	if n == 0 {
		return
	}
	key := strings.Join(forms, "\x00")
	e, ok := m.seen.get(key)
	if !ok {
		e = m.analyze(forms)
		m.seen.put(key, e)
	}
	for i := range n {
		t := int(e.tags[i])
		a.UPOS[i], a.Lemma[i], a.Head[i] = m.tags.upos[t], e.lemmas[i], int(e.heads[i])
		a.Rel[i] = m.parser.labels[e.rels[i]]
		if a.XPOS != nil {
			a.XPOS[i] = m.tags.xpos[t]
		}
	}
}

// analyze tags, lemmatises and parses forms.
func (m *Model) analyze(forms []string) cached {
	n := len(forms)
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = newScratch()
	}
	defer m.pool.Put(s)
	if len(s.parseScores) != m.parser.p.classes {
		s.parseScores = make([]int32, m.parser.p.classes)
	}
	if len(s.tagScores) != len(m.tags.names) {
		s.tagScores = make([]int32, len(m.tags.names))
	}
	s.ws = grow(s.ws, n)
	for i, f := range forms {
		s.ws[i] = infoOf(f)
	}
	markCase(s.ws, forms)
	s.tags = grow(s.tags, n)
	s.feats = m.tagger.tag(s.ws, s.tags, s.right(n), s.feats, s.tagScores)
	e := cached{tags: make([]uint8, n), rels: make([]uint8, n), heads: make([]int32, n), lemmas: make([]string, n)}
	for i, t := range s.tags {
		e.tags[i] = uint8(t)
		e.lemmas[i] = m.lemma.lemma(normalize(forms[i]), s.ws[i].lowerS, m.tags.upos[t])
	}
	s.feats = m.parser.parse(s.ws, s.tags, s.st, s.feats, s.parseScores, e.heads, e.rels)
	return e
}

// AnalyzeTree fills in the UPOS, LEMMA, HEAD and DEPREL of a CoNLL-U
// sentence from its forms, keeping its words and everything else as given
// (gold tokenisation). HEAD counts from 1, 0 being the root.
//
// It does not use the cache of sentences seen, so that `eval ud` times the
// model itself.
func (m *Model) AnalyzeTree(s *TreeSentence) {
	if len(s.Words) == 0 {
		return
	}
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	e := m.analyze(forms)
	for i := range s.Words {
		w, t := &s.Words[i], int(e.tags[i])
		w.UPOS, w.XPOS, w.Lemma = m.tags.upos[t], m.tags.xpos[t], e.lemmas[i]
		w.Head, w.Deprel = int(e.heads[i])+1, m.parser.labels[e.rels[i]]
	}
}
