package jsonl_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/jsonl"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/claimdiff/claimdiff/compare/report"
)

func jsonReport(t *testing.T, r *compare.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := report.JSON(&b, r, report.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestShardsReduceToCompare: the example articles extracted in shards,
// their lines shuffled together, read and reduced, give Compare's report.
func TestShardsReduceToCompare(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	if len(files) < 4 {
		t.Skip("no example articles under testdata/")
	}
	ctx := context.Background()
	want, err := pipeline.Compare(ctx, files, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i := 0; i < len(files); i += 3 {
		xs, err := pipeline.Extract(ctx, files[i:min(i+3, len(files))], pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := jsonl.Write(&b, xs); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.SplitAfter(b.String(), "\n")...)
	}
	// Reverse, as a sort by key or a shuffle would reorder them.
	for i, j := 0, len(lines)-1; i < j; i, j = i+1, j-1 {
		lines[i], lines[j] = lines[j], lines[i]
	}
	docs, cs, err := jsonl.Read(strings.NewReader(strings.Join(lines, "\n")), "shards")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := jsonReport(t, pipeline.Reduce(docs, cs)), jsonReport(t, want); !bytes.Equal(got, want) {
		t.Errorf("report reduced from %d shards differs from Compare's", (len(files)+2)/3)
	}
}

// TestTextRoundTrips: text that is not UTF-8 keeps its bytes, so that
// every offset still points where it did.
func TestTextRoundTrips(t *testing.T) {
	text := []byte("Caf\xe9 owners said 12 tables\nwere lost.\n")
	d := compare.NewDocument("menu.txt", text)
	d.Published, d.PublishedFrom = "2021-03-02", compare.FromFlag
	c := compare.Claim{Doc: "d1", Key: "quantity/table/count", Question: "How many tables?", Kind: compare.Quantity,
		Value: "12", Modality: compare.Reported, Sentence: compare.Span{Start: 0, End: 38}, Evidence: compare.Span{Start: 17, End: 26},
		Terms: []string{"owner", "table"}}
	var b bytes.Buffer
	if err := jsonl.Write(&b, []compare.Extraction{{Document: d, Claims: []compare.Claim{c}}}); err != nil {
		t.Fatal(err)
	}
	docs, cs, err := jsonl.Read(&b, "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || !bytes.Equal(docs[0].Text, text) || docs[0].Published != d.Published || docs[0].PublishedFrom != d.PublishedFrom {
		t.Errorf("Read gave documents %+v, want the one written", docs)
	}
	if len(cs) != 1 || cs[0].Key != c.Key || cs[0].Evidence != c.Evidence || cs[0].Modality != c.Modality || cs[0].Doc != "d1" {
		t.Errorf("Read gave claims %+v, want %+v", cs, c)
	}
}

func TestReadErrors(t *testing.T) {
	doc := `{"v":1,"document":{"path":"a.txt","text":"Twelve died."}}`
	claim := func(path string, end int) string {
		return `{"key":"quantity/death/count","v":1,"claim":{"path":"` + path + `","seq":0,"question":"q","kind":"quantity","value":"12","polarity":"positive","modality":"asserted","sentence":[0,` + string(rune('0'+end)) + `],"evidence":[0,6]}}`
	}
	for _, tt := range []struct{ name, in, want string }{
		{"not JSON", "twelve\n", "x:1:1: not a claimdiff JSON line"},
		{"another version", `{"v":2,"document":{"path":"a.txt","text":""}}`, "version 2"},
		{"unknown field", `{"v":1,"document":{"path":"a.txt","text":"","colour":1}}`, "unknown field"},
		{"two documents of one path", doc + "\n" + doc, "x:2:1: a second document"},
		{"a claim of no document", claim("b.txt", 6), `a claim of "b.txt"`},
		{"a span outside the text", doc + "\n" + claim("a.txt", 9) + "\n" + strings.Replace(claim("a.txt", 6), `"evidence":[0,6]`, `"evidence":[0,60]`, 1), "outside its text"},
		{"an unknown kind", doc + "\n" + strings.Replace(claim("a.txt", 6), `"quantity","value"`, `"colour","value"`, 1), `unknown kind "colour"`},
		{"neither", `{"v":1}`, "one document or one claim"},
	} {
		_, _, err := jsonl.Read(strings.NewReader(tt.in), "x")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Read = %v, want an error containing %q", tt.name, err, tt.want)
		}
		var ie *compare.InputError
		if err != nil && strings.HasPrefix(tt.want, "x:") && !errors.As(err, &ie) {
			t.Errorf("%s: Read = %T, want a *compare.InputError", tt.name, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"v":1,"document":{"path":"a.txt","text":"Twelve died."}}` + "\n" +
		`{"key":"k","v":1,"claim":{"path":"a.txt","seq":0,"question":"q","kind":"quantity","value":"12","polarity":"positive","modality":"asserted","sentence":[0,12],"evidence":[0,6]}}`)
	f.Add(`{"v":1,"document":{"path":"a.txt","text_bytes":"/w=="}}`)
	f.Fuzz(func(t *testing.T, in string) {
		docs, cs, err := jsonl.Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		ids := map[string]*compare.Document{}
		for _, d := range docs {
			ids[d.ID] = d
		}
		for _, c := range cs {
			d := ids[c.Doc]
			if d == nil {
				t.Fatalf("claim of unknown document %q", c.Doc)
			}
			for _, s := range []compare.Span{c.Sentence, c.Evidence} {
				if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
					t.Fatalf("span %v outside %d bytes", s, len(d.Text))
				}
			}
		}
		pipeline.Reduce(docs, cs) // must not panic
	})
}

// TestLinesAreWrite: Lines gives Write's lines, and ReadClaim reads back
// each claim line.
func TestLinesAreWrite(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/haiti-quake/*.txt")
	if len(files) == 0 {
		t.Skip("no example articles under testdata/haiti-quake")
	}
	xs, err := pipeline.Extract(context.Background(), files[:1], pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := jsonl.Write(&b, xs); err != nil {
		t.Fatal(err)
	}
	ls, err := jsonl.Lines(xs[0])
	if err != nil {
		t.Fatal(err)
	}
	var joined bytes.Buffer
	for i, l := range ls {
		joined.Write(l.Text)
		joined.WriteByte('\n')
		if i == 0 {
			continue
		}
		kc, err := jsonl.ReadClaim(l.Text)
		if err != nil {
			t.Fatalf("ReadClaim(line %d): %v", i, err)
		}
		want := xs[0].Claims[i-1]
		if kc.Claim.Key != l.Key || kc.Claim.Key != want.Key || kc.Seq != i-1 || kc.Claim.Evidence != want.Evidence {
			t.Errorf("line %d: ReadClaim gave %+v, want %+v at seq %d", i, kc, want, i-1)
		}
	}
	if !bytes.Equal(joined.Bytes(), b.Bytes()) {
		t.Error("Lines differ from Write's lines")
	}
}
