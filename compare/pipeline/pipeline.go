// Package pipeline runs the stages of claimdiff in order (ingest, segment,
// syntax, mentions, claims, align, judge) and is the one call the CLI makes.
//
// Documents are read and their claims extracted concurrently, each into its
// own slot, so the report is the same bytes whatever the number of CPUs;
// inputs are sorted by ingest, so it is the same whatever their order.
package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
	"github.com/claimdiff/claimdiff/compare/claims"
	docsfacts "github.com/claimdiff/claimdiff/compare/docs"
	"github.com/claimdiff/claimdiff/compare/ingest"
	"github.com/claimdiff/claimdiff/compare/internal/par"
	"github.com/claimdiff/claimdiff/compare/judge"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/claimdiff/claimdiff/compare/syntax"
)

// Options for Compare and Extract.
type Options struct {
	Published string // publication date for every input, as --published
	// Dates are publication dates of single inputs (by path as given),
	// from a configuration file; Published overrides them.
	Dates map[string]string
	// Aliases give the canonical name of a user's name variants.
	Aliases mentions.Aliases
	Stdin   io.Reader // read for the input "-"
	// Sentences keeps each document's parsed sentences in its Extraction
	// (extract --syntax); otherwise they are dropped once claims are read.
	Sentences bool
	// FollowSymlinks reads links inside input folders that lead out of
	// them (see ingest.Options).
	FollowSymlinks bool
	// Mode chooses the claims read: ModeNews (events in articles),
	// ModeDocs (a software project's facts: requirements, settings,
	// support; package docs) or ModeAuto, docs when an input is a
	// manifest, a README or a page with code blocks (docs.LooksTechnical).
	Mode Mode
	// Progress, when set, is called after each document is extracted with
	// the number done and the total; calls may come from several goroutines
	// but never at once.
	Progress func(done, total int)
}

// Mode is what kind of claims Compare and Extract read.
type Mode int

const (
	ModeAuto Mode = iota
	ModeNews
	ModeDocs
)

// Compare reads the inputs and returns the report of their claims'
// agreements and conflicts: conflicts first, then agreements, then claims
// only one document makes, each group in document order. Inputs that
// cannot be read are named in the error, which then comes with the
// report on the others (nil if none could be read).
func Compare(ctx context.Context, paths []string, opt Options) (*compare.Report, error) {
	xs, err := Extract(ctx, paths, opt)
	if xs == nil {
		return nil, err
	}
	var docs []*compare.Document
	var cs []compare.Claim
	for _, x := range xs {
		docs = append(docs, x.Document)
		cs = append(cs, x.Claims...)
	}
	return Reduce(docs, cs), err
}

// Reduce aligns and judges claims extracted apart, such as those
// jsonl.Read returns, into the report Compare gives for the same inputs.
// The documents' stories are read once, before alignment, which they
// guide, for the warnings and for the judge: at 10,000 documents that is
// most of a second.
func Reduce(docs []*compare.Document, cs []compare.Claim) *compare.Report {
	r := &compare.Report{Documents: docs}
	rel := judge.RelateClaims(cs)
	rel.KnowSameNews(publishedWithin(docs, SameNewsDays))
	JudgeReportWith(r, align.GroupRelatedTimely(cs, rel.Close, publishedWithin(docs, TimelyDays)), rel)
	return r
}

// TimelyDays is how many days apart two reports may be published for
// figures whose sentences share only a word or two to be taken for one
// fact: a count a week later has often moved on.
const TimelyDays = 2

// SameNewsDays is how many days apart two reports may be published to be
// one day's news (judge.Relation.KnowSameNews).
const SameNewsDays = 1

// publishedWithin returns whether documents a and b (IDs of docs) were
// published at most days apart, or either's date is unknown.
func publishedWithin(docs []*compare.Document, days int) func(a, b string) bool {
	byID := make(map[string]*compare.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	return func(a, b string) bool {
		da, db := byID[a], byID[b]
		if da == nil || db == nil || da.PublishedDate.IsZero() || db.PublishedDate.IsZero() {
			return true
		}
		gap := da.PublishedDate.Time().Sub(db.PublishedDate.Time())
		return gap.Abs() <= time.Duration(days)*24*time.Hour
	}
}

// JudgeReportWith is Judge, filling r's alignments and its warnings about
// documents that share no story, given the relation of the documents'
// stories read before alignment (judge.RelateClaims), as Reduce does.
func JudgeReportWith(r *compare.Report, as []compare.Alignment, rel *judge.Relation) {
	r.Warnings = judge.UnrelatedWarnings(rel.Unrelated(as), r.Documents)
	r.Alignments = judgeApart(as, r.Documents, rel)
}

// Judge gives each alignment its verdict, orders them (conflicts and
// updates, then agreements, then unique claims, each by the document and
// place of their first claim) and numbers them a1, a2… Claims of documents
// that share no story, or of different events, are not compared, and a
// question asked by several documents is one entry (see judge).
func Judge(as []compare.Alignment, docs []*compare.Document) []compare.Alignment {
	// Issue 13: claims of documents that share no story are never
	// compared (judge/related.go).
	return judgeApart(as, docs, judge.Relate(as))
}

// judgeApart is Judge given the relation of the documents' stories.
func judgeApart(as []compare.Alignment, docs []*compare.Document, rel *judge.Relation) []compare.Alignment {
	order := map[string]int{}
	for i, d := range docs {
		order[d.ID] = i
	}
	as = judge.SplitUnrelated(as, rel.Apart)
	as = judge.SplitThin(as, rel.Thin)
	j := judge.New(docs)
	j.KeepApart(rel.Apart)
	j.KnowClose(rel.Close)
	as = j.SplitEvents(as)
	// Each verdict goes to its own slot: the same whatever the number of
	// CPUs.
	par.ForEach(len(as), 64, func(i int) { as[i].Verdict = j.Verdict(as[i]) })
	// Issue 13: one entry per fact (judge/facts.go).
	as = j.OneEntryPerFact(as)
	kept := as[:0]
	for _, a := range as {
		// Every clause makes a polarity claim and every person named a who
		// claim; one that no other document takes up says nothing a reader
		// needs.
		if (a.Kind == compare.PolarityKind || claims.KindOf(a.Key).Name == "who") && a.Verdict.Outcome == compare.Unique {
			continue
		}
		if claims.DatesStoryOnly(a.Key) {
			// It told the judge which day's news each report is.
			continue
		}
		if claims.KindOf(a.Key).Values == claims.ValuesDocsFact && !docsfacts.Keep(a) {
			continue
		}
		kept = append(kept, a)
	}
	as = kept
	rank := map[compare.Outcome]int{compare.Conflict: 0, compare.Update: 0, compare.Agree: 1, compare.Unique: 2}
	slices.SortStableFunc(as, func(a, b compare.Alignment) int {
		return cmp.Or(
			cmp.Compare(rank[a.Verdict.Outcome], rank[b.Verdict.Outcome]),
			cmp.Compare(order[a.Claims[0].Doc], order[b.Claims[0].Doc]),
			cmp.Compare(a.Claims[0].Evidence.Start, b.Claims[0].Evidence.Start),
			cmp.Compare(a.Key, b.Key),
		)
	})
	for i := range as {
		as[i].ID = fmt.Sprintf("a%d", i+1)
	}
	return as
}

// Extract reads the inputs and returns each document's mentions and claims,
// in the documents' order. As with Compare, an error naming bad inputs
// may come with the extractions of the others.
func Extract(ctx context.Context, paths []string, opt Options) ([]compare.Extraction, error) {
	if opt.Mode == ModeDocs || opt.Mode == ModeAuto && slices.ContainsFunc(paths, docsfacts.IsProjectFolder) {
		// A project folder gives its documents and manifests, not its
		// vendored or generated files.
		expanded, err := docsfacts.Expand(paths)
		if err != nil {
			return nil, err
		}
		paths = expanded
		opt.Mode = ModeDocs
	}
	docs, err := ingest.Read(ctx, paths, ingest.Options{Published: opt.Published, Dates: opt.Dates, Stdin: opt.Stdin,
		FollowSymlinks: opt.FollowSymlinks})
	if len(docs) == 0 {
		return nil, err
	}
	docsMode := opt.Mode == ModeDocs || opt.Mode == ModeAuto && isProject(docs)
	if docsMode {
		docs = mirrorsOnce(docs)
		for _, d := range docs {
			if docsfacts.IsManifest(d.Path) {
				d.Title = "" // a manifest's first line is not a title
			}
		}
	}
	if !docsMode {
		// The parser model loads at the first parse and WordNet at the
		// first look-up after it; side by side they take the longer of
		// the two loads, the start-up time of a small comparison.
		go lexicon.Load()
	}
	xs := make([]compare.Extraction, len(docs))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
	)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, d := range docs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			if docsMode {
				xs[i] = compare.Extraction{Document: d, Claims: docsfacts.Extract(d)}
			} else {
				xs[i] = extract(d, opt.Aliases, opt.Sentences)
			}
			<-sem
			if opt.Progress != nil {
				mu.Lock()
				done++
				opt.Progress(done, len(docs))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return xs, err
}

// ExtractDocument runs segment, syntax, mentions and claims on one
// document, keeping its sentences.
func ExtractDocument(d *compare.Document) compare.Extraction {
	return extract(d, mentions.Aliases{}, true)
}

func extract(d *compare.Document, aliases mentions.Aliases, keep bool) compare.Extraction {
	ss := segment.Sentences(d)
	syntax.Parse(d, ss) // every sentence once; later stages read the trees
	ms := mentions.Find(d, ss)
	for i, m := range ms {
		if m.Kind != compare.Name {
			continue
		}
		if c, ok := aliases.Canonical(m.Value); ok {
			ms[i].Value = c
		}
	}
	x := compare.Extraction{Document: d, Mentions: ms, Claims: claims.Extract(d, ss, ms)}
	if keep {
		x.Sentences = ss
	}
	return x
}

// isProject reports whether the documents are a software project's
// (docs.LooksTechnical).
func isProject(ds []*compare.Document) bool { return docsfacts.LooksTechnical(ds) }

// mirrorsOnce keeps one of several documents with the same text (a page
// mirrored in two places), the first in input order.
func mirrorsOnce(ds []*compare.Document) []*compare.Document {
	seen := map[string]bool{}
	out := ds[:0:0]
	for _, d := range ds {
		if seen[string(d.Text)] {
			continue
		}
		seen[string(d.Text)] = true
		out = append(out, d)
	}
	return out
}
