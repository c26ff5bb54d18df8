// Package config reads claimdiff's configuration file, .claimdiff.yaml:
// name aliases, alignments to ignore, publication dates per file, and the
// defaults of compare's flags (fail-on, format, reports, baseline, mode).
//
// In: a file's bytes (Parse) or path (Load), or a folder to search from
// (Find). Out: a *Config whose paths are resolved against the file's
// folder, or a *compare.InputError naming the file, the line, the column
// and the key at fault. Every key is optional; an unknown key, a value of
// the wrong type, a bad date, format or pattern is an error, never ignored.
//
//	# .claimdiff.yaml
//	aliases:
//	  North Korea: [Pyongyang, DPRK, the North]
//	ignore:
//	  - quantity/talks/*          # path.Match pattern on alignment keys
//	  - How many dollars*         # or on questions
//	dates:
//	  articles/valley-echo.txt: 2014-03-02
//	fail-on: conflict
//	format: text
//	reports:
//	  sarif: out/claimdiff.sarif
//	baseline: .claimdiff-baseline.json
//	mode: docs                    # or news; default: guessed from the inputs
//
// Example:
//
//	path, err := config.Find(".")
//	if err != nil || path == "" {
//		return err // "" means none: the defaults hold
//	}
//	c, err := config.Load(path, config.Options{Formats: report.Names()})
package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/bounded"
	"github.com/claimdiff/claimdiff/compare/internal/nesting"
)

// FileName is the name Find looks for.
const FileName = ".claimdiff.yaml"

// ModeValues are the values mode takes.
var ModeValues = []string{"docs", "news"}

// FailOnValues are the values fail-on takes, as compare's --fail-on.
var FailOnValues = []string{"conflict", "update", "unique", "none"}

// Config is what a configuration file says. Paths are absolute or relative
// to the working folder: Load joins a relative path in the file to the
// file's folder.
type Config struct {
	Path string // the file read

	// Aliases maps a canonical name to its variants.
	Aliases map[string][]string
	// Ignore holds alignment keys, questions or path.Match patterns on
	// either; alignments they match are dropped from the report.
	Ignore []string
	// Dates maps an input's path (resolved as above) to its publication
	// date: YYYY, YYYY-MM or YYYY-MM-DD.
	Dates map[string]string

	FailOn   string            // "" when not set
	Format   string            // "" when not set
	Reports  map[string]string // format → path
	Baseline string            // path; "" when not set
	// Mode is "docs" (a software project's documents), "news" (articles)
	// or "" when not set (guessed from the inputs), as --docs and --news.
	Mode string
}

// Options say what Parse checks against.
type Options struct {
	// Formats are the report formats format and reports may name; nil
	// accepts any name.
	Formats []string
}

// Find returns the path of the first FileName in dir or its parents, or
// "" when there is none. The search stops at the root of a repository (a
// folder holding .git), so that a checkout never picks up the file of a
// folder it happens to sit in, and at the root of the file system.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find %s: %w", FileName, err)
	}
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and parses the file at p.
func Load(p string, opt Options) (*Config, error) {
	data, err := bounded.ReadFile(p, MaxBytes)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &compare.InputError{Path: p, Err: fmt.Errorf("read configuration: %w", err)}
	}
	return Parse(p, data, opt)
}

// MaxBytes bounds a configuration file: a few kilobytes is a large one,
// and a device such as /dev/zero never ends.
const MaxBytes = 1 << 20

// Parse reads a configuration from data, read from the file p; relative
// paths in it are joined to p's folder.
func Parse(p string, data []byte, opt Options) (*Config, error) {
	c := &Config{Path: p}
	if err := nesting.YAML(data, nesting.MaxYAML); err != nil {
		var ne *nesting.Error
		errors.As(err, &ne)
		return nil, &compare.InputError{Path: p, Line: ne.Line, Col: 1, Err: errors.New("invalid YAML: " + ne.What)}
	}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		ie := &compare.InputError{Path: p, Err: err}
		var ye yaml.Error
		if errors.As(err, &ye) {
			ie.Err = errors.New("invalid YAML: " + ye.GetMessage())
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				ie.Line, ie.Col = tk.Position.Line, tk.Position.Column
			}
		}
		return nil, ie
	}
	if len(file.Docs) > 1 {
		ie := errAt(p, file.Docs[1], "", "want one YAML document, found %d", len(file.Docs)).(*compare.InputError)
		if st := file.Docs[1].Start; st != nil && st.Position != nil {
			ie.Line, ie.Col = st.Position.Line, st.Position.Column // the "---"
		}
		return nil, ie
	}
	if len(file.Docs) == 0 || isEmpty(file.Docs[0].Body) {
		return c, nil
	}
	top, ok := file.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		return nil, errAt(p, file.Docs[0].Body, "", "want a mapping of keys (aliases, ignore, dates, fail-on, format, reports, baseline, mode), found %s", kindOf(file.Docs[0].Body))
	}
	r := reader{path: p, dir: filepath.Dir(p), formats: opt.Formats}
	r.root = repoRoot(r.dir)
	seen := map[string]bool{}
	for _, mv := range top.Values {
		key, err := r.key(mv, "")
		if err != nil {
			return nil, err
		}
		if seen[key] {
			return nil, errAt(p, mv.Key, key, "given twice")
		}
		seen[key] = true
		v := mv.Value
		switch key {
		case "aliases":
			c.Aliases, err = r.aliases(v)
		case "ignore":
			c.Ignore, err = r.ignore(v)
		case "dates":
			c.Dates, err = r.dates(v)
		case "fail-on":
			c.FailOn, err = r.oneOf(v, key, FailOnValues)
		case "format":
			c.Format, err = r.oneOf(v, key, r.formats)
		case "reports":
			c.Reports, err = r.reports(v)
		case "mode":
			c.Mode, err = r.oneOf(v, key, ModeValues)
		case "baseline":
			var s string
			if s, err = r.str(v, key); err == nil {
				c.Baseline, err = r.confined(v, key, s)
			}
		default:
			err = errAt(p, mv.Key, key, "unknown key (known: aliases, baseline, dates, fail-on, format, ignore, mode, reports)")
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Ignored reports whether an alignment with this key and question matches
// an entry of Ignore, as a whole string or as a path.Match pattern.
func (c *Config) Ignored(key, question string) bool {
	for _, pat := range c.Ignore {
		for _, s := range []string{key, question} {
			if s == pat {
				return true
			}
			// Patterns were checked by Parse, so Match cannot fail here.
			if ok, _ := path.Match(pat, s); ok {
				return true
			}
		}
	}
	return false
}

type reader struct {
	path, dir string
	root      string // paths must stay inside: the repository's root
	formats   []string
}

// key returns the key of mv as a string; in names the mapping it belongs
// to, for messages.
func (r reader) key(mv *ast.MappingValueNode, in string) (string, error) {
	k, ok := scalar(mv.Key)
	if !ok || k == "" {
		return "", errAt(r.path, mv.Key, in, "want a plain key, found %s", kindOf(mv.Key))
	}
	return k, nil
}

func (r reader) mapping(v ast.Node, key string) (*ast.MappingNode, error) {
	if isEmpty(v) {
		return &ast.MappingNode{}, nil
	}
	m, ok := unwrap(v).(*ast.MappingNode)
	if !ok {
		return nil, errAt(r.path, v, key, "want a mapping, found %s", kindOf(v))
	}
	return m, nil
}

func (r reader) list(v ast.Node, key string) ([]string, error) {
	if isEmpty(v) {
		return nil, nil
	}
	seq, ok := unwrap(v).(*ast.SequenceNode)
	if !ok {
		return nil, errAt(r.path, v, key, "want a list of strings, found %s", kindOf(v))
	}
	var out []string
	for _, item := range seq.Values {
		s, err := r.str(item, key)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (r reader) str(v ast.Node, key string) (string, error) {
	s, ok := scalar(v)
	if !ok {
		return "", errAt(r.path, v, key, "want a string, found %s", kindOf(v))
	}
	if strings.TrimSpace(s) == "" {
		return "", errAt(r.path, v, key, "empty value")
	}
	return s, nil
}

func (r reader) oneOf(v ast.Node, key string, values []string) (string, error) {
	s, err := r.str(v, key)
	if err != nil {
		return "", err
	}
	if values != nil && !slices.Contains(values, s) {
		return "", errAt(r.path, v, key, "unknown value %q (want %s)", s, strings.Join(values, ", "))
	}
	return s, nil
}

// file resolves s against the configuration file's folder.
func (r reader) file(v ast.Node, key, s string) (string, error) {
	if s == "-" {
		return "", errAt(r.path, v, key, "want a file, not standard input")
	}
	s = filepath.FromSlash(s)
	if filepath.IsAbs(s) {
		return filepath.Clean(s), nil
	}
	return filepath.Join(r.dir, s), nil
}

// confined is file for a file claimdiff reads or writes (a report, the
// baseline): it must lie inside the repository, since a configuration
// file may come with an untrusted checkout. The command line may name
// any file.
func (r reader) confined(v ast.Node, key, s string) (string, error) {
	p, err := r.file(v, key, s)
	if err == nil && !within(r.root, p) {
		return "", errAt(r.path, v, key, "%s is outside the repository (%s): give a file outside it on the command line", s, r.root)
	}
	return p, err
}

// repoRoot is the folder holding .git at or above dir, or dir itself
// when there is none.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// within reports whether p lies inside root, by its name and, where the
// folders exist, by their real paths: a symbolic link inside the
// repository may not lead out of it.
func within(root, p string) bool {
	inside := func(root, p string) bool {
		rel, err := filepath.Rel(root, p)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	if !inside(root, p) {
		return false
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return true // a root that does not exist holds no links
	}
	// The deepest existing folder on the way to p, resolved.
	for d := filepath.Dir(p); ; d = filepath.Dir(d) {
		if real, err := filepath.EvalSymlinks(d); err == nil {
			return inside(realRoot, real)
		}
		if d == filepath.Dir(d) {
			return true
		}
	}
}

func (r reader) aliases(v ast.Node) (map[string][]string, error) {
	m, err := r.mapping(v, "aliases")
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, mv := range m.Values {
		canon, err := r.key(mv, "aliases")
		if err != nil {
			return nil, err
		}
		at := "aliases." + canon
		if _, dup := out[canon]; dup {
			return nil, errAt(r.path, mv.Key, at, "given twice")
		}
		vs, err := r.list(mv.Value, at)
		if err != nil {
			return nil, err
		}
		out[canon] = vs
	}
	return out, nil
}

func (r reader) ignore(v ast.Node) ([]string, error) {
	pats, err := r.list(v, "ignore")
	if err != nil {
		return nil, err
	}
	seq, _ := unwrap(v).(*ast.SequenceNode)
	for i, p := range pats {
		if _, err := path.Match(p, ""); err != nil {
			return nil, errAt(r.path, seq.Values[i], "ignore", "bad pattern %q: %v", p, err)
		}
	}
	return pats, nil
}

func (r reader) dates(v ast.Node) (map[string]string, error) {
	m, err := r.mapping(v, "dates")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, mv := range m.Values {
		k, err := r.key(mv, "dates")
		if err != nil {
			return nil, err
		}
		at := "dates." + k
		p, err := r.file(mv.Key, at, k)
		if err != nil {
			return nil, err
		}
		if _, dup := out[p]; dup {
			return nil, errAt(r.path, mv.Key, at, "given twice")
		}
		d, err := r.str(mv.Value, at)
		if err != nil {
			return nil, err
		}
		if !isDate(d) {
			return nil, errAt(r.path, mv.Value, at, "%q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", d)
		}
		out[p] = d
	}
	return out, nil
}

func (r reader) reports(v ast.Node) (map[string]string, error) {
	m, err := r.mapping(v, "reports")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, mv := range m.Values {
		f, err := r.key(mv, "reports")
		if err != nil {
			return nil, err
		}
		at := "reports." + f
		if r.formats != nil && !slices.Contains(r.formats, f) {
			return nil, errAt(r.path, mv.Key, at, "unknown report format %q (known: %s)", f, strings.Join(r.formats, ", "))
		}
		if _, dup := out[f]; dup {
			return nil, errAt(r.path, mv.Key, at, "given twice")
		}
		s, err := r.str(mv.Value, at)
		if err != nil {
			return nil, err
		}
		if out[f], err = r.confined(mv.Value, at, s); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// isDate accepts YYYY, YYYY-MM and YYYY-MM-DD naming a real month or day.
func isDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}

// scalar returns the text of a scalar node as written (a date or a
// number stays the string it was), false for anything else.
func scalar(n ast.Node) (string, bool) {
	switch n := unwrap(n).(type) {
	case *ast.StringNode:
		return n.Value, true
	case *ast.LiteralNode:
		return n.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return n.GetToken().Value, true
	}
	return "", false
}

// unwrap looks through a mapping key's "? " marker; anchors, aliases and
// tags are left for kindOf to name, since a configuration has no need of
// them.
func unwrap(n ast.Node) ast.Node {
	if k, ok := n.(*ast.MappingKeyNode); ok {
		return k.Value
	}
	return n
}

func isEmpty(n ast.Node) bool {
	switch n.(type) {
	case nil, *ast.NullNode, *ast.CommentGroupNode:
		return true
	}
	return false
}

func kindOf(n ast.Node) string {
	switch unwrap(n).(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	case *ast.NullNode, nil:
		return "nothing"
	case *ast.AnchorNode, *ast.AliasNode:
		return "an anchor or alias (not supported here)"
	case *ast.TagNode:
		return "a tagged value (not supported here)"
	case *ast.BoolNode:
		return "a boolean"
	case *ast.IntegerNode, *ast.FloatNode:
		return "a number"
	}
	return "a string"
}

// errAt is an error at n's place, naming the key (dotted: dates.a.txt)
// when there is one.
func errAt(p string, n ast.Node, key, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if key != "" {
		msg = key + ": " + msg
	}
	ie := &compare.InputError{Path: p, Err: errors.New(msg)}
	if n != nil {
		if tk := n.GetToken(); tk != nil && tk.Position != nil {
			ie.Line, ie.Col = tk.Position.Line, tk.Position.Column
		}
	}
	return ie
}
