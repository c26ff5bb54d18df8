package judge

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
)

// textDoc is a document of one sentence, its whole text.
func textDoc(id, published, text string) *compare.Document {
	d := compare.NewDocument(id+".txt", []byte(text))
	d.ID = id
	d.SetPublished(published)
	return d
}

func claimOf(d *compare.Document, kind compare.Kind, value, display string) compare.Claim {
	all := compare.Span{End: len(d.Text)}
	return compare.Claim{Doc: d.ID, Kind: kind, Value: value, Display: display, Sentence: all, Evidence: all}
}

// keyedClaim is claimOf of a value alone, under an alignment key.
func keyedClaim(d *compare.Document, kind compare.Kind, key, value string) compare.Claim {
	c := claimOf(d, kind, value, "")
	c.Key = key
	return c
}

func TestUpdateOrConflict(t *testing.T) {
	tests := []struct {
		name       string
		pubA, pubB string
		textA      string
		textB      string
		kind       compare.Kind
		a, b       string
		modA       compare.Modality
		keyA       string
		want       compare.Outcome
		reason     []string // words the reason must hold
	}{
		{name: "running toll rises on a later day",
			pubA: "2031-05-03", pubB: "2031-05-05",
			textA: "The toll from the flood rose to 120 on Monday.", textB: "The number of dead has risen to 185, officials said.",
			kind: compare.Quantity, a: "120", b: "185", want: compare.Update,
			reason: []string{"rose from 120 to 185", "3 and 5 May 2031", "d2 newer"}},
		{name: "same figures on the same day disagree",
			pubA: "2031-05-03", pubB: "2031-05-03",
			textA: "The toll from the flood rose to 120 on Monday.", textB: "The number of dead has risen to 185, officials said.",
			kind: compare.Quantity, a: "120", b: "185", want: compare.Conflict},
		{name: "figures without a running cue disagree",
			pubA: "2031-05-03", pubB: "2031-05-05",
			textA: "The bridge is 120 metres long.", textB: "The bridge is 185 metres long.",
			kind: compare.Quantity, a: "120", b: "185", want: compare.Conflict},
		{name: "a tally kept from a start grows on a later day",
			pubA: "2031-05-03", pubB: "2031-05-12",
			textA: "More than 410 sailors have died at sea since the war began.", textB: "The number of sailors who have died at sea since the war began passed 450.",
			kind: compare.Quantity, a: ">410", b: ">450", keyA: "quantity/death/count/period/since", want: compare.Update,
			reason: []string{"3 and 12 May 2031", "d2 newer"}},
		{name: "a tally kept from a start does not shrink",
			pubA: "2031-05-03", pubB: "2031-05-12",
			textA: "More than 450 sailors have died at sea since the war began.", textB: "The number of sailors who have died at sea since the war began passed 410.",
			kind: compare.Quantity, a: ">450", b: ">410", keyA: "quantity/death/count/period/since", want: compare.Conflict},
		{name: "a plan overtaken by what happened",
			pubA: "2031-06-05", pubB: "2031-06-07",
			textA: "The mayor is expected to sign the bill on Friday.", textB: "The mayor signed the bill on Saturday.",
			kind: compare.Time, a: "2031-06-06", b: "2031-06-07", modA: compare.Expected, want: compare.Update,
			reason: []string{"expected", "then", "5 and 7 Jun 2031", "d2 newer"}},
		{name: "a plan by key, overtaken across months",
			pubA: "2031-05-30", pubB: "2031-06-02",
			textA: "The ferry is due to resume service on Friday.", textB: "The ferry resumed service on Sunday.",
			kind: compare.Time, a: "2031-05-30", b: "2031-06-01", keyA: "time/resume/planned", want: compare.Update,
			reason: []string{"30 May and 2 Jun 2031"}},
		{name: "a plan moved before its day",
			pubA: "2031-06-02", pubB: "2031-06-04",
			textA: "The summit will open on Friday.", textB: "The summit will now open on Monday.",
			kind: compare.Time, a: "2031-06-06", b: "2031-06-09", keyA: "time/opening/planned", want: compare.Update,
			reason: []string{"planned for", "then for", "d2 newer"}},
		{name: "what happened does not turn back into a plan",
			pubA: "2031-06-05", pubB: "2031-06-07",
			textA: "The mayor signed the bill on Thursday.", textB: "The mayor is expected to sign the bill on Saturday.",
			kind: compare.Time, a: "2031-06-04", b: "2031-06-09", want: compare.Conflict},
	}
	for _, tt := range tests {
		da, db := textDoc("d1", tt.pubA, tt.textA), textDoc("d2", tt.pubB, tt.textB)
		ca, cb := claimOf(da, tt.kind, tt.a, ""), claimOf(db, tt.kind, tt.b, "")
		ca.Modality, ca.Key = tt.modA, tt.keyA
		if tt.name == "what happened does not turn back into a plan" {
			cb.Modality = compare.Expected
		}
		if tt.name == "a plan moved before its day" || claims.IsRunningTotal(tt.keyA) {
			cb.Key = tt.keyA
		}
		v := Verdict(compare.Alignment{Kind: tt.kind, Claims: []compare.Claim{ca, cb}}, []*compare.Document{da, db})
		if v.Outcome != tt.want {
			t.Errorf("%s: Verdict = %v (%s), want %v", tt.name, v.Outcome, v.Reason, tt.want)
			continue
		}
		for _, w := range tt.reason {
			if !strings.Contains(strings.ToLower(v.Reason), strings.ToLower(w)) {
				t.Errorf("%s: reason %q lacks %q", tt.name, v.Reason, w)
			}
		}
		if v.Confidence <= 0 || v.Confidence > 1 {
			t.Errorf("%s: confidence %v not in (0, 1]", tt.name, v.Confidence)
		}
	}
}

// TestUpdateNeedsOrderedDates checks that a page-capture date, which
// cannot order two reports, keeps a difference a conflict.
func TestUpdateNeedsOrderedDates(t *testing.T) {
	da := textDoc("d1", "2031-05-03", "The toll rose to 120.")
	db := textDoc("d2", "2031-05-05", "The toll rose to 185.")
	db.Warnings = []string{"date looks like a capture stamp"}
	v := Verdict(compare.Alignment{Kind: compare.Quantity, Claims: []compare.Claim{
		claimOf(da, compare.Quantity, "120", ""), claimOf(db, compare.Quantity, "185", ""),
	}}, []*compare.Document{da, db})
	if v.Outcome != compare.Conflict {
		t.Errorf("Verdict with a doubtful date = %v (%s), want conflict", v.Outcome, v.Reason)
	}
}

func TestConfidenceFollowsEvidence(t *testing.T) {
	da := textDoc("d1", "2031-05-03", "Six people died in the fire.")
	db := textDoc("d2", "2031-05-03", "Eight people died in the fire.")
	firm := compare.Alignment{Kind: compare.Quantity, Claims: []compare.Claim{
		claimOf(da, compare.Quantity, "6", ""), claimOf(db, compare.Quantity, "8", ""),
	}}
	firm.Claims[0].Terms, firm.Claims[1].Terms = []string{"die", "fire"}, []string{"die", "fire"}
	hedged := compare.Alignment{Kind: compare.Quantity, Claims: append([]compare.Claim(nil), firm.Claims...)}
	hedged.Claims[1].Modality = compare.Hedged
	hedged.Claims[1].Value = "~8"
	far := compare.Alignment{Kind: compare.Quantity, Claims: append([]compare.Claim(nil), firm.Claims...)}
	far.Claims[1].Terms = []string{"storm", "wind"}
	docs := []*compare.Document{da, db}
	cf, ch, cfar := Verdict(firm, docs).Confidence, Verdict(hedged, docs).Confidence, Verdict(far, docs).Confidence
	if !(cf > ch && cf > cfar) {
		t.Errorf("confidence firm %v, hedged %v, far %v: want firm highest", cf, ch, cfar)
	}
	for _, c := range []float64{cf, ch, cfar} {
		if c <= 0 || c > 1 {
			t.Errorf("confidence %v not in (0, 1]", c)
		}
	}
}
