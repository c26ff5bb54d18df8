package syntax

import (
	"bytes"
	"strings"
	"testing"
)

const sampleCoNLLU = `# sent_id = t1
# text = They don't swim.
1	They	they	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	swim	swim	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	swam	swim	VERB	VBD	_	_	_	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestCoNLLURoundTrip(t *testing.T) {
	// The sample's heads are deliberately inconsistent (word 1 points at
	// 3); ReadCoNLLU must keep what is written, not fix it.
	ss, err := ReadCoNLLU(strings.NewReader(sampleCoNLLU), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || len(ss[0].Words) != 5 {
		t.Fatalf("ReadCoNLLU: got %d sentences, want 1 of 5 words", len(ss))
	}
	if w := ss[0].Words[2]; w.Form != "n't" || w.Head != 4 || w.Deprel != "advmod" {
		t.Errorf("word 3 = %+v", w)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, &ss[0]); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sampleCoNLLU {
		t.Errorf("WriteCoNLLU did not round-trip:\n%s", buf.String())
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1\tA\n", "sample:1: a word line has 2 tab-separated fields, want 10"},
		{"2\tA\ta\tX\t_\t_\t0\troot\t_\t_\n", `sample:1: word ID "2", want 1`},
		{"1\tA\ta\tX\t_\t_\tx\troot\t_\t_\n", `sample:1: HEAD "x" is not a word ID`},
		{"1\tA\ta\tX\t_\t_\t7\troot\t_\t_\n", "sample: sentence 1: word 1 has HEAD 7 beyond the sentence's 1 words"},
	}
	for _, tt := range tests {
		_, err := ReadCoNLLU(strings.NewReader(tt.in), "sample")
		if err == nil || err.Error() != tt.want {
			t.Errorf("ReadCoNLLU(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

// FuzzReadCoNLLU checks that any input is read or refused without a
// panic, and that what is read prints back to text that reads the same.
func FuzzReadCoNLLU(f *testing.F) {
	f.Add(sampleCoNLLU)
	f.Add("1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n\n# c\n1\tB\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("\t\t\t\t\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var buf bytes.Buffer
		for i := range ss {
			if err := WriteCoNLLU(&buf, &ss[i]); err != nil {
				t.Fatal(err)
			}
		}
		again, err := ReadCoNLLU(&buf, "again")
		if err != nil {
			t.Fatalf("printed sentences do not read back: %v\n%s", err, buf.String())
		}
		if len(again) != len(ss) {
			t.Fatalf("read %d sentences, printed and read back %d", len(ss), len(again))
		}
		for i := range ss {
			if len(again[i].Words) != len(ss[i].Words) {
				t.Fatalf("sentence %d: %d words, read back %d", i, len(ss[i].Words), len(again[i].Words))
			}
		}
	})
}
