package report

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// Payloads an article might carry, written for these tests. Each tries
// to leave a mark a test can look for: the page title "pwned", or an
// element with id "pwned".
const (
	payloadScript = `<script>document.title="pwned"</script>`
	payloadImg    = `<img src=x onerror="var p=document.createElement('p');p.id='pwned';document.body.appendChild(p)">`
	payloadLink   = `[click here](javascript:document.title='pwned')`
	payloadSVG    = `<svg onload="document.title='pwned'"></svg>`
)

// hostileText is an article whose every line tries to escape into the
// markup of a report: HTML, Markdown, table pipes, code, comments,
// mentions, math, workflow-command separators and XML's CDATA end.
const hostileText = "# Mayor " + payloadScript + " resigns\n" +
	"<!-- hidden --> Officials said " + payloadImg + " 12 people | were | hurt.\n" +
	"Read `rm -rf /` and " + payloadLink + " or **bold** _it_ @octocat $x^2$ ~~no~~ ]]> ::error::x\n" +
	"A second " + payloadSVG + " report said 15 people were hurt.\n" +
	"Control \x1b[31m characters \x00 and \x01 too.\n"

// hostileReport is a report on the hostile article and a plain one,
// with a conflict whose question, values and reason carry payloads too,
// as a careless stage might pass them on.
func hostileReport(t testing.TB) *compare.Report {
	t.Helper()
	evil := compare.NewDocument("evil|<b>`x`.txt", []byte(hostileText))
	evil.ID, evil.Title, evil.Source = "d1", "# "+payloadScript, payloadImg
	evil.Published, evil.PublishedFrom = "2024-01-02", compare.FromHeader
	evil.Warnings = []string{"warning " + payloadSVG}
	plain := compare.NewDocument("plain.txt", []byte("Officials said 14 people were hurt.\n"))
	plain.ID = "d2"

	sentence := "Officials said " + payloadImg + " 12 people | were | hurt."
	c1 := claim(t, evil, sentence, "12 people | were", compare.Claim{Value: "12", Display: "12 " + payloadLink,
		Attribution: payloadScript})
	c2 := claim(t, plain, "Officials said 14 people were hurt.", "14 people", compare.Claim{Value: "14", Display: "14"})
	c3 := claim(t, evil, "A second "+payloadSVG+" report said 15 people were hurt.", "15 people",
		compare.Claim{Value: "15", Display: "15"})
	c4 := claim(t, evil, "Control \x1b[31m characters \x00 and \x01 too.", "\x1b[31m characters \x00",
		compare.Claim{Value: "\x00", Display: "\x1b[31mred"})
	q := "How many were hurt? " + payloadScript + " | `x` #"
	for _, c := range []*compare.Claim{&c1, &c2, &c3} {
		c.Key, c.Question, c.Kind = "hurt|quantity", q, compare.Quantity
	}
	c4.Key, c4.Question, c4.Kind = "control|name", "Control?\r\n::warning::injected", compare.Name
	return &compare.Report{
		Documents: []*compare.Document{evil, plain},
		Alignments: []compare.Alignment{
			{ID: "a1", Key: c1.Key, Question: q, Kind: compare.Quantity, Claims: []compare.Claim{c1, c2, c3},
				Verdict: compare.Verdict{Outcome: compare.Conflict, Reason: "d1 says 12 " + payloadImg + ", d2 says 14.",
					Qualifiers: []string{payloadSVG, "a,b:c%d ]]> end"}}},
			{ID: "a2", Key: c4.Key, Question: c4.Question, Kind: compare.Name, Claims: []compare.Claim{c4},
				Verdict: compare.Verdict{Outcome: compare.Unique, Reason: "Only d1 says this.\n::error::x"}},
		},
	}
}
