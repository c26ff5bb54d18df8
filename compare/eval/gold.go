package eval

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// gold is the part of a cluster's gold.yaml corpus.py reads.
type gold struct {
	Documents []goldDoc   `yaml:"documents"`
	Claims    []goldClaim `yaml:"claims"`
}

type goldDoc struct {
	File scalar `yaml:"file"`
}

type goldClaim struct {
	ID      scalar       `yaml:"id"`
	Verdict scalar       `yaml:"verdict"`
	Answers []goldAnswer `yaml:"answers"`
	line    int
	hasAns  bool
}

type goldAnswer struct {
	File  scalar `yaml:"file"`
	Quote scalar `yaml:"quote"`
	Value scalar `yaml:"value"`
	line  int
}

// UnmarshalYAML keeps the line of the claim for error messages.
func (c *goldClaim) UnmarshalYAML(n ast.Node) error {
	type plain goldClaim
	var p plain
	if err := yaml.NodeToValue(n, &p); err != nil {
		return err
	}
	*c = goldClaim(p)
	c.line = line(n)
	if m, ok := n.(*ast.MappingNode); ok {
		for _, kv := range m.Values {
			if kv.Key.String() == "answers" {
				_, null := kv.Value.(*ast.NullNode)
				c.hasAns = !null
			}
		}
	}
	return nil
}

// UnmarshalYAML keeps the line of the answer for error messages.
func (a *goldAnswer) UnmarshalYAML(n ast.Node) error {
	type plain goldAnswer
	var p plain
	if err := yaml.NodeToValue(n, &p); err != nil {
		return err
	}
	*a = goldAnswer(p)
	a.line = line(n)
	return nil
}

func line(n ast.Node) int {
	if t := n.GetToken(); t != nil && t.Position != nil {
		return t.Position.Line
	}
	return 0
}

// scalar is a YAML scalar as corpus.py sees it after PyYAML's safe_load
// and str(): an unquoted 2005-11-18 is a date and prints the same, but an
// unquoted 1.50 is the float 1.5, yes is True and 1:30 is the integer 90
// (YAML 1.1 rules, which PyYAML follows and goccy/go-yaml does not).
type scalar struct {
	Str   string // str() of the value
	IsStr bool   // the value is a Python str
	Set   bool   // the key was present
	line  int
}

func (s *scalar) UnmarshalYAML(n ast.Node) error {
	s.Set, s.line = true, line(n)
	if t, ok := n.(*ast.TagNode); ok {
		if t.Start != nil && (t.Start.Value == "!!str" || t.Start.Value == "!str") {
			s.Str, s.IsStr = strings.TrimSpace(t.Value.String()), true
			if sn, ok := t.Value.(*ast.StringNode); ok {
				s.Str = sn.Value
			}
			return nil
		}
		n = t.Value
	}
	switch n := n.(type) {
	case *ast.NullNode:
		s.Str = "None"
		return nil
	case *ast.LiteralNode:
		s.Str, s.IsStr = n.Value.Value, true
		return nil
	case *ast.StringNode:
		if tt := n.GetToken().Type; tt == token.SingleQuoteType || tt == token.DoubleQuoteType {
			s.Str, s.IsStr = n.Value, true
			return nil
		}
		s.Str, s.IsStr = resolvePlain(n.Value)
		return nil
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		s.Str, s.IsStr = resolvePlain(n.GetToken().Value)
		return nil
	}
	return &lineError{line(n), fmt.Sprintf("want a single value, not %s", n.Type())}
}

// lineError is a problem at a line of a gold.yaml that the YAML library
// does not know is one.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// PyYAML's implicit resolvers for plain scalars (resolver.py, YAML 1.1).
var (
	yamlBool  = regexp.MustCompile(`^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$`)
	yamlFloat = regexp.MustCompile(`^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$`)
	yamlInt   = regexp.MustCompile(`^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$`)
	yamlNull  = regexp.MustCompile(`^(?:~|null|Null|NULL|)$`)
	yamlTime  = regexp.MustCompile(`^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?$`)
	yamlDate  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// resolvePlain returns str() of what PyYAML makes of the plain scalar v,
// and whether that is a str. What PyYAML would fail on stays a string.
func resolvePlain(v string) (string, bool) {
	switch {
	case yamlNull.MatchString(v):
		return "None", false
	case yamlBool.MatchString(v):
		switch strings.ToLower(v) {
		case "yes", "true", "on":
			return "True", false
		}
		return "False", false
	case yamlInt.MatchString(v):
		if s, ok := pyInt(v); ok {
			return s, false
		}
	case yamlFloat.MatchString(v):
		return pyYAMLFloat(v), false
	case yamlDate.MatchString(v) || (yamlTime.MatchString(v) && strings.ContainsAny(v, ":")):
		if s, ok := pyTimestamp(v); ok {
			return s, false
		}
	}
	return v, true
}

func pyInt(v string) (string, bool) {
	v = strings.ReplaceAll(v, "_", "")
	sign := ""
	if v != "" && (v[0] == '-' || v[0] == '+') {
		if v[0] == '-' {
			sign = "-"
		}
		v = v[1:]
	}
	n := new(big.Int)
	var ok bool
	switch {
	case v == "0":
		return "0", true
	case strings.HasPrefix(v, "0b"):
		_, ok = n.SetString(v[2:], 2)
	case strings.HasPrefix(v, "0x"):
		_, ok = n.SetString(v[2:], 16)
	case strings.HasPrefix(v, "0"):
		_, ok = n.SetString(v[1:], 8)
	case strings.Contains(v, ":"):
		base := big.NewInt(1)
		parts := strings.Split(v, ":")
		for i := len(parts) - 1; i >= 0; i-- {
			d, err := strconv.Atoi(parts[i])
			if err != nil {
				return "", false
			}
			n.Add(n, new(big.Int).Mul(big.NewInt(int64(d)), base))
			base.Mul(base, big.NewInt(60))
		}
		ok = true
	default:
		_, ok = n.SetString(v, 10)
	}
	if !ok {
		return "", false
	}
	if n.Sign() == 0 {
		sign = ""
	}
	return sign + n.String(), true
}

func pyYAMLFloat(v string) string {
	v = strings.ToLower(strings.ReplaceAll(v, "_", ""))
	sign := 1.0
	if v != "" && (v[0] == '-' || v[0] == '+') {
		if v[0] == '-' {
			sign = -1
		}
		v = v[1:]
	}
	var f float64
	switch {
	case v == ".inf":
		return map[bool]string{true: "inf", false: "-inf"}[sign > 0]
	case v == ".nan":
		return "nan"
	case strings.Contains(v, ":"):
		parts := strings.Split(v, ":")
		base := 1.0
		for i := len(parts) - 1; i >= 0; i-- {
			d, _ := strconv.ParseFloat(parts[i], 64)
			f += d * base
			base *= 60
		}
	default:
		f, _ = strconv.ParseFloat(v, 64)
	}
	f *= sign
	if math.IsInf(f, 0) {
		return map[bool]string{true: "inf", false: "-inf"}[f > 0]
	}
	return pyFloat(f)
}

// pyTimestamp is str() of the date or datetime PyYAML constructs.
func pyTimestamp(v string) (string, bool) {
	m := yamlTime.FindStringSubmatch(v)
	if m == nil {
		return "", false
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	y, mo, d := num(m[1]), num(m[2]), num(m[3])
	date := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if date.Year() != y || int(date.Month()) != mo || date.Day() != d || y == 0 {
		return "", false // PyYAML raises on a day that does not exist
	}
	s := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if m[4] == "" {
		return s, true
	}
	h, mi, se := num(m[4]), num(m[5]), num(m[6])
	if h > 23 || mi > 59 || se > 59 {
		return "", false
	}
	s += fmt.Sprintf(" %02d:%02d:%02d", h, mi, se)
	if frac := m[7]; frac != "" {
		if len(frac) > 6 {
			frac = frac[:6]
		}
		frac += strings.Repeat("0", 6-len(frac))
		if frac != "000000" {
			s += "." + frac
		}
	}
	switch {
	case m[9] != "":
		s += fmt.Sprintf("%s%02d:%02d", m[9], num(m[10]), num(m[11]))
	case m[8] == "Z":
		s += "+00:00"
	}
	return s, true
}

// readGold reads and checks a gold.yaml: what corpus.py would fail on is
// an error naming the file and line.
func readGold(path string) (*gold, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	if err := checkYAMLNesting(path, data); err != nil {
		return nil, err
	}
	var g gold
	if err := yaml.Unmarshal(data, &g); err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return nil, &compare.InputError{Path: path, Line: le.line, Err: errors.New(le.msg)}
		}
		var ye yaml.Error
		if errors.As(err, &ye) && ye.GetToken() != nil && ye.GetToken().Position != nil {
			p := ye.GetToken().Position
			return nil, &compare.InputError{Path: path, Line: p.Line, Col: p.Column, Err: errors.New(ye.GetMessage())}
		}
		return nil, &compare.InputError{Path: path, Err: errors.New(yaml.FormatError(err, false, false))}
	}
	bad := func(line int, format string, args ...any) error {
		return &compare.InputError{Path: path, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if len(g.Documents) == 0 {
		return nil, bad(0, "no documents")
	}
	for i, d := range g.Documents {
		if !d.File.IsStr || d.File.Str == "" {
			return nil, bad(d.File.line, "document %d: want a file name", i+1)
		}
	}
	for i, c := range g.Claims {
		if !c.Verdict.IsStr || (c.Verdict.Str != "agree" && c.Verdict.Str != "conflict") {
			continue // corpus.py scores agreements and conflicts only
		}
		name := fmt.Sprintf("claim %d", i+1)
		if c.ID.IsStr {
			name = fmt.Sprintf("claim %q", c.ID.Str)
		}
		if !c.hasAns || len(c.Answers) == 0 {
			return nil, bad(c.line, "%s has no answers", name)
		}
		for j, a := range c.Answers {
			switch {
			case !a.File.IsStr:
				return nil, bad(a.line, "%s, answer %d: want a file name", name, j+1)
			case !a.Quote.IsStr:
				return nil, bad(a.line, "%s, answer %d: want a quote (a string)", name, j+1)
			case !a.Value.Set:
				return nil, bad(a.line, "%s, answer %d: no value", name, j+1)
			}
		}
	}
	return &g, nil
}
