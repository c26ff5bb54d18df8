package report

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// largeReport repeats the fixture's alignments and documents past the
// length from which JSON arrays are encoded in parallel. The documents
// are built without NewDocument, so that each indexes its lines on first
// use, as a caller's may.
func largeReport(t *testing.T) (*compare.Report, []compare.Extraction) {
	r, xs := fixture(t)
	big := &compare.Report{Warnings: r.Warnings}
	var bigXs []compare.Extraction
	for n := range 2*window + 7 {
		byID := map[string]*compare.Document{}
		for _, d := range r.Documents {
			c := &compare.Document{ID: fmt.Sprintf("%s-%d", d.ID, n), Path: d.Path, Title: d.Title,
				Published: d.Published, PublishedFrom: d.PublishedFrom, Text: d.Text, Warnings: d.Warnings}
			byID[d.ID] = c
			big.Documents = append(big.Documents, c)
		}
		for _, a := range r.Alignments {
			a.ID = fmt.Sprintf("%s-%d", a.ID, n)
			a.Claims = append([]compare.Claim(nil), a.Claims...)
			for k := range a.Claims {
				a.Claims[k].Doc = byID[a.Claims[k].Doc].ID
			}
			big.Alignments = append(big.Alignments, a)
		}
		for _, x := range xs {
			x.Document = byID[x.Document.ID]
			x.Claims = append([]compare.Claim(nil), x.Claims...)
			for k := range x.Claims {
				x.Claims[k].Doc = x.Document.ID
			}
			bigXs = append(bigXs, x)
		}
	}
	return big, bigXs
}

// TestJSONParallelSameBytes checks that long arrays encoded on several
// cores give the bytes of encoding them one by one on one.
func TestJSONParallelSameBytes(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	print := func(procs int) (report, extract []byte) {
		runtime.GOMAXPROCS(procs)
		r, xs := largeReport(t)
		var a, b bytes.Buffer
		if err := JSON(&a, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if err := ExtractJSON(&b, xs, Options{}); err != nil {
			t.Fatal(err)
		}
		return a.Bytes(), b.Bytes()
	}
	wantReport, wantExtract := print(1)
	if n := bytes.Count(wantReport, []byte(`"id": "a1-`)); n < parallelFrom {
		t.Fatalf("the report holds %d copies of a1, too few to be encoded in parallel", n)
	}
	for _, procs := range []int{2, 5} {
		gotReport, gotExtract := print(procs)
		if !bytes.Equal(gotReport, wantReport) {
			t.Errorf("JSON report on %d CPUs differs from the report on 1", procs)
		}
		if !bytes.Equal(gotExtract, wantExtract) {
			t.Errorf("JSON extraction on %d CPUs differs from the extraction on 1", procs)
		}
	}
}
