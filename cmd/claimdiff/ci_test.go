package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/goccy/go-yaml"
	"github.com/google/go-cmp/cmp"
)

// TestCIExamples runs the claimdiff commands of the CI set-ups under
// docs/ci exactly as written there, on a copy of testdata/haiti-quake,
// and checks that they run (exit 0 or 1, never a usage error) and write
// the reports they name.
func TestCIExamples(t *testing.T) {
	tests := []struct {
		file    string
		scripts func(doc map[string]any) []string
		env     map[string]string
		wrote   []string
		// project, when set, is the folder the commands run in (files by
		// path); else a copy of testdata/haiti-quake.
		project map[string]string
	}{
		{
			file:    "github-actions.yml",
			scripts: workflowRuns,
			env:     map[string]string{"GITHUB_STEP_SUMMARY": "step-summary.md"},
			wrote:   []string{"claimdiff.sarif", "step-summary.md"},
		},
		{
			file:    "docs-mode.yml",
			scripts: workflowRuns,
			env:     map[string]string{"GITHUB_STEP_SUMMARY": "step-summary.md"},
			wrote:   []string{"step-summary.md"},
			project: map[string]string{
				"go.mod":        "module example.org/lamp\n\ngo 1.23\n",
				"README.md":     "# lamp\n\nBuilding lamp needs Go 1.22 or later.\n",
				"docs/guide.md": "# Guide\n\nInstall Go 1.23 or newer first.\n",
			},
		},
		{
			file: "gitlab-ci.yml",
			scripts: func(doc map[string]any) []string {
				var runs []string
				for _, line := range asList(asMap(doc["claimdiff"])["script"]) {
					runs = append(runs, line.(string))
				}
				return runs
			},
			wrote: []string{"claimdiff-junit.xml", "claimdiff.json"},
		},
	}
	src, err := filepath.Abs(filepath.Join("..", "..", "docs", "ci"))
	if err != nil {
		t.Fatal(err)
	}
	articles, err := filepath.Abs(filepath.Join("..", "..", "testdata", "haiti-quake"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(src, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var doc map[string]any
			if err := yaml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("%s: %v", tt.file, err)
			}
			var commands [][]string
			for _, script := range tt.scripts(doc) {
				for _, line := range strings.Split(script, "\n") {
					if args := strings.Fields(os.Expand(line, func(k string) string { return tt.env[k] })); len(args) > 0 && args[0] == "claimdiff" {
						commands = append(commands, args[1:])
					}
				}
			}
			if len(commands) == 0 {
				t.Fatalf("%s: no claimdiff command found", tt.file)
			}
			// The commands may name printers still being written: skip,
			// naming them, rather than fail on them.
			for _, args := range commands {
				for i := 1; i < len(args); i++ {
					format := ""
					switch args[i-1] {
					case "--format":
						format = args[i]
					case "--report":
						format, _, _ = strings.Cut(args[i], "=")
					}
					if _, err := report.Lookup(format); format != "" && err != nil {
						t.Skipf("%s: %v", tt.file, err)
					}
				}
			}
			dir := t.TempDir()
			if tt.project == nil {
				if err := os.CopyFS(filepath.Join(dir, "testdata", "haiti-quake"), os.DirFS(articles)); err != nil {
					t.Fatal(err)
				}
			}
			for name, text := range tt.project {
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			for _, args := range commands {
				var stdout, stderr bytes.Buffer
				if code := run(args, nil, &stdout, &stderr); code != exitOK && code != exitFindings {
					t.Errorf("%s: claimdiff %s exited %d: %s", tt.file, strings.Join(args, " "), code, stderr.String())
				}
			}
			for _, f := range tt.wrote {
				if fi, err := os.Stat(f); err != nil || fi.Size() == 0 {
					t.Errorf("%s: the commands did not write %s (%v)", tt.file, f, err)
				}
			}
		})
	}
}

// workflowRuns returns the run scripts of a GitHub Actions workflow's steps.
func workflowRuns(doc map[string]any) []string {
	var runs []string
	for _, job := range asMap(doc["jobs"]) {
		for _, step := range asList(asMap(job)["steps"]) {
			if s, ok := asMap(step)["run"].(string); ok {
				runs = append(runs, s)
			}
		}
	}
	return runs
}

func asMap(v any) map[string]any { m, _ := v.(map[string]any); return m }
func asList(v any) []any         { l, _ := v.([]any); return l }

// TestCIVersions checks that the CI set-ups under docs/ci parse and use
// the current major version of each action (upload-sarif v3 is
// deprecated), the permissions the SARIF upload needs, an upload that
// does not fail when claimdiff wrote no report (exit 2) or runs for a
// fork, and GitLab rules for merge requests.
func TestCIVersions(t *testing.T) {
	dir := filepath.Join("..", "..", "docs", "ci")
	read := func(name string) map[string]any {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return doc
	}

	gh := read("github-actions.yml")
	wantUses := map[string]string{
		"actions/checkout":                  "v6",
		"actions/setup-go":                  "v6",
		"github/codeql-action/upload-sarif": "v4",
	}
	gotUses := map[string]string{}
	var upload map[string]any
	for _, job := range asMap(gh["jobs"]) {
		for _, step := range asList(asMap(job)["steps"]) {
			uses, _ := asMap(step)["uses"].(string)
			if action, version, ok := strings.Cut(uses, "@"); ok {
				gotUses[action] = version
				if action == "github/codeql-action/upload-sarif" {
					upload = asMap(step)
				}
			}
		}
	}
	if diff := cmp.Diff(wantUses, gotUses); diff != "" {
		t.Errorf("github-actions.yml: actions (-want +got):\n%s", diff)
	}
	perms := asMap(gh["permissions"])
	for k, v := range map[string]string{"contents": "read", "actions": "read", "security-events": "write"} {
		if perms[k] != v {
			t.Errorf("github-actions.yml: permissions.%s = %v, want %s", k, perms[k], v)
		}
	}
	cond, _ := upload["if"].(string)
	for _, want := range []string{"always()", "hashFiles('claimdiff.sarif')", "head.repo.full_name == github.repository"} {
		if !strings.Contains(cond, want) {
			t.Errorf("github-actions.yml: upload-sarif if: %q lacks %q", cond, want)
		}
	}

	gl := asMap(read("gitlab-ci.yml")["claimdiff"])
	var ifs []string
	for _, r := range asList(gl["rules"]) {
		if s, ok := asMap(r)["if"].(string); ok {
			ifs = append(ifs, s)
		}
	}
	if !slices.ContainsFunc(ifs, func(s string) bool { return strings.Contains(s, `"merge_request_event"`) }) {
		t.Errorf("gitlab-ci.yml: rules %q do not run the job for merge requests", ifs)
	}
}
