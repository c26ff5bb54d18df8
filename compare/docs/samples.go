package docs

import (
	"path"
	"regexp"
	"strings"
)

// block is a code block of a Markdown or rST page: the indexes in
// reader.ls of its first and last lines (fences included), the language
// its fence or directive names, and the file it is a copy of when the
// page says so ("##### conf/server.ini" above it, or a title= in the
// fence), lower case, else "".
type block struct {
	first, last int
	lang, file  string
	example     bool // the lead-in asks to change the file: its values are the reader's
}

var (
	fenceInfo = regexp.MustCompile("^\\s{0,3}(?:```+|~~~+)\\s*\\{?\\.?([A-Za-z0-9_+\\-]*)")
	rstCode   = regexp.MustCompile(`^\s*\.\.\s+(?:code-block|code|sourcecode)::\s*([A-Za-z0-9_+\-]*)`)
	// configFile is a file name that holds settings, as a page names it.
	configFile = regexp.MustCompile(`(?i)(?:^|[\s"'` + "`" + `(/=])((?:[A-Za-z0-9_.\-]+/)*[A-Za-z0-9_\-][A-Za-z0-9_.\-]*\.(?:ini|conf|cfg|properties|toml|ya?ml|env))\b`)
)

// codeBlocks returns the page's code blocks in order.
func (r *reader) codeBlocks() []block {
	var out []block
	for i := 0; i < len(r.ls); i++ {
		if !r.ls[i].code {
			continue
		}
		j := i
		for j+1 < len(r.ls) && r.ls[j+1].code {
			j++
		}
		b := block{first: i, last: j}
		if m := fenceInfo.FindStringSubmatch(r.ls[i].text); m != nil {
			b.lang = strings.ToLower(m[1])
			b.file = labelFile(r.ls[i].text[len(m[0]):])
		}
		// An rST literal block follows its directive or "::" line.
		if i > 0 {
			if m := rstCode.FindStringSubmatch(r.ls[i-1].text); m != nil {
				b.lang = strings.ToLower(m[1])
			}
		}
		if b.file == "" {
			b.file, b.example = r.leadFile(i)
		}
		out = append(out, b)
		i = j
	}
	return out
}

// leadFile returns the configuration file named by the nearest heading or
// lead-in line above line i, when nothing but blank lines lies between,
// and whether that line asks the reader to change the file ("Edit
// conf/app.ini:"), which makes the block an example of their own values.
func (r *reader) leadFile(i int) (string, bool) {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := strings.TrimSpace(r.ls[k].text)
		if t == "" || rstCode.MatchString(t) {
			continue
		}
		if r.ls[k].code {
			return "", false
		}
		// A lead-in names the file it shows in a short line: a heading
		// or "In conf/server.ini:". A sentence merely mentioning a file
		// ("edit x.yaml, then run") is not a label.
		label := strings.HasSuffix(t, ":") || strings.HasPrefix(t, "**") || strings.HasPrefix(t, "`")
		if !r.ls[k].heading && (len(t) > 80 || !label) {
			return "", false
		}
		return labelFile(t), changeCue.MatchString(t)
	}
	return "", false
}

// changeCue is a lead-in's word asking the reader to change a file.
var changeCue = regexp.MustCompile(`(?i)\b(edit|change|modify|update|override|adjust|customi[sz]e|replace|add|set|example|e\.g\.|for instance|such as|like)\b`)

// labelFile returns the base name of the one configuration file text
// names, lower case, or "".
func labelFile(text string) string {
	ms := configFile.FindAllStringSubmatch(text, -1)
	if len(ms) != 1 {
		return ""
	}
	return strings.ToLower(path.Base(ms[0][1]))
}

// sampleKind tells how to read a code block as a configuration file, from
// its language or the file it copies; ok is false for other code.
func sampleKind(b block) (isYAML, isINI, ok bool) {
	lang := b.lang
	if lang == "" || lang == "text" || lang == "plain" {
		lang = strings.TrimPrefix(path.Ext(b.file), ".")
	}
	switch lang {
	case "ini", "cfg", "conf", "properties", "dosini", "env", "dotenv":
		return false, true, true
	case "toml":
		return false, false, true
	case "yaml", "yml":
		return true, false, true
	}
	return false, false, false
}

// configSamples reads code blocks that show a configuration file as
// configured values. A block that names the file it copies is compared
// with that file (a page showing conf/server.ini with another port than
// conf/server.ini has drifted); an unnamed one is an example, stated in
// passing.
func (r *reader) configSamples(blocks []block) {
	for _, b := range blocks {
		isYAML, isINI, ok := sampleKind(b)
		if !ok {
			continue
		}
		ls := r.ls[b.first : b.last+1]
		var es []entry
		if isYAML {
			es = readYAML(ls)
		} else {
			es = readTOMLorINI(r.d.Text, ls, isINI)
		}
		stem := strings.TrimSuffix(b.file, path.Ext(b.file))
		for _, e := range es {
			if e.value == "" || len(e.items) > 0 {
				continue
			}
			parts := strings.Split(e.path, ".")
			ctx := words(strings.Join(parts[:len(parts)-1], " "))
			if stem != "" {
				ctx = append(ctx, words(stem)...)
			} else {
				ctx = append(ctx, words(r.ls[b.first].head)...)
			}
			weak := b.file == "" || b.example
			r.addSetting(e.key, e.value, e.val, how{ctx: ctx, role: configured, file: b.file, weak: weak})
			for _, c := range e.comments {
				t := string(r.d.Text[c.Start:c.End])
				if m := defaultComment.FindStringSubmatchIndex(t); m != nil {
					r.addSetting(e.key, t[m[2]:m[3]], span(c.Start, m[2], m[3]), how{ctx: ctx, role: defaulted, weak: weak})
				}
			}
		}
	}
}
