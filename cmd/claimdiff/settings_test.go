package main

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/config"
	"github.com/google/go-cmp/cmp"
)

func TestShowProgress(t *testing.T) {
	tests := []struct {
		total    int
		terminal bool
		env      map[string]string
		want     bool
	}{
		{total: 21, terminal: true, want: true},
		{total: 500, terminal: true, env: map[string]string{"TERM": "xterm-256color"}, want: true},
		{total: 20, terminal: true, want: false},
		{total: 3, terminal: true, want: false},
		{total: 500, terminal: false, want: false},
		{total: 500, terminal: true, env: map[string]string{"CI": "true"}, want: false},
		{total: 500, terminal: true, env: map[string]string{"CI": "1"}, want: false},
		{total: 500, terminal: true, env: map[string]string{"TERM": "dumb"}, want: false},
	}
	for _, tt := range tests {
		got := showProgress(tt.total, tt.terminal, func(k string) string { return tt.env[k] })
		if got != tt.want {
			t.Errorf("showProgress(%d, terminal %t, %v) = %t, want %t", tt.total, tt.terminal, tt.env, got, tt.want)
		}
	}
}

func TestProgressBarNotTerminal(t *testing.T) {
	if p := progressBar(nilWriter{}); p != nil {
		t.Errorf("progressBar(a writer that is not a terminal) = a callback, want nil")
	}
}

type nilWriter struct{}

func (nilWriter) Write(p []byte) (int, error) { return len(p), nil }

func TestDropIgnored(t *testing.T) {
	r := &compare.Report{Alignments: []compare.Alignment{
		{ID: "a1", Key: "quantity/death/count", Question: "How many people died?"},
		{ID: "a2", Key: "name/where", Question: "Where?"},
		{ID: "a3", Key: "time/quake", Question: "When did the earthquake strike?"},
	}}
	dropIgnored(r, &config.Config{Ignore: []string{"quantity/*/count", "When did*"}})
	want := []compare.Alignment{{ID: "a1", Key: "name/where", Question: "Where?"}}
	if diff := cmp.Diff(want, r.Alignments); diff != "" {
		t.Errorf("dropIgnored mismatch (-want +got):\n%s", diff)
	}
}

func TestReportSpecs(t *testing.T) {
	got, err := reportSpecs([]string{"json=flag.json"}, map[string]string{"json": "config.json", "text": "config.txt"}, "")
	if err != nil {
		t.Fatalf("reportSpecs = %v", err)
	}
	var pairs [][2]string
	for _, s := range got {
		pairs = append(pairs, [2]string{s.format, s.path})
	}
	want := [][2]string{{"json", "flag.json"}, {"text", "config.txt"}}
	if diff := cmp.Diff(want, pairs); diff != "" {
		t.Errorf("reportSpecs(flag over config) mismatch (-want +got):\n%s", diff)
	}
}
