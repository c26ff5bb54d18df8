package syntax

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
	for i, t := range s.tags {
		a.UPOS[i] = m.tags.upos[t]
		if a.XPOS != nil {
			a.XPOS[i] = m.tags.xpos[t]
		}
		a.Lemma[i] = m.lemma.lemma(normalize(forms[i]), s.ws[i].lowerS, m.tags.upos[t])
	}
	s.feats = m.parser.parse(s.ws, s.tags, s.st, s.feats, s.parseScores, a.Head, a.Rel)
}

// AnalyzeTree fills in the UPOS, LEMMA, HEAD and DEPREL of a CoNLL-U
// sentence from its forms, keeping its words and everything else as given
// (gold tokenisation). HEAD counts from 1, 0 being the root.
func (m *Model) AnalyzeTree(s *TreeSentence) {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	a := m.Analyze(forms)
	for i := range s.Words {
		w := &s.Words[i]
		w.UPOS, w.XPOS, w.Lemma, w.Head, w.Deprel = a.UPOS[i], a.XPOS[i], a.Lemma[i], a.Head[i]+1, a.Rel[i]
	}
}
