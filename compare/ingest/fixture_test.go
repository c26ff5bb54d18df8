package ingest

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadFixtures(t *testing.T) {
	docs, err := Read(context.Background(), []string{"testdata/articles"}, Options{})
	if err != nil {
		t.Fatalf("Read(testdata/articles) error: %v", err)
	}
	var got []meta
	for _, d := range docs {
		got = append(got, metaOf(d))
		checkInvariants(t, d)
	}
	want := []meta{
		{Title: "River bursts its banks in Lowmoor", Source: "Valley Post", Published: "2006-03-02", From: "front-matter",
			Boilerplate: []string{"Share this | Tweet | Email", "Sign up for our weekly newsletter"}},
		{Title: "Lowmoor flood forces 35 families from homes", Source: "Valley Wire", Published: "2006-03-02", From: "header",
			Boilerplate: []string{"VALLEY WIRE", "LOWMOOR, March 2, 2006 (Valley Wire)",
				"(Photo : Valley Wire) Rescue workers carry sandbags along a flooded street in Lowmoor.", "Like Us on Instagram"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read(testdata/articles) mismatch (-want +got):\n%s", diff)
	}
	md := string(docs[0].Plain())
	for _, markup := range []string{"**", "](", "https://", "![", "flood.jpg", "title:", "> ", "- Roads", "# River"} {
		if strings.Contains(md, markup) {
			t.Errorf("Read(testdata/articles) %s: Plain() still holds %q", docs[0].Path, markup)
		}
	}
	for _, prose := range []string{"River Lowe", "forty homes", "The water rose faster than in 1998", "Roads closed: 3"} {
		if !strings.Contains(md, prose) {
			t.Errorf("Read(testdata/articles) %s: Plain() lost %q", docs[0].Path, prose)
		}
	}
}
