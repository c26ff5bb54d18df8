package docs

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/version"
)

var (
	goDirective = regexp.MustCompile(`^\s*go\s+(\d+\.\d+(?:\.\d+)?)\s*$`)
	toolchainDr = regexp.MustCompile(`^\s*toolchain\s+go(\d+\.\d+(?:\.\d+)?)\s*$`)
	moduleDr    = regexp.MustCompile(`^\s*module\s+(\S+)`)
)

// goMod reads go.mod: the go directive is the floor, the toolchain a pin.
func (r *reader) goMod() {
	for _, l := range r.ls {
		if m := goDirective.FindStringSubmatchIndex(l.text); m != nil {
			c, _ := version.ParseConstraint(">=" + l.text[m[2]:m[3]])
			r.addRequirement("go", c, l.text, span(l.span.Start, m[2], m[3]), false)
		}
		if m := toolchainDr.FindStringSubmatchIndex(l.text); m != nil {
			c, _ := version.ParseConstraint("==" + l.text[m[2]:m[3]])
			r.addRequirement("go", c, l.text, span(l.span.Start, m[2], m[3]), false)
		}
		if m := moduleDr.FindStringSubmatchIndex(l.text); m != nil {
			// A module path on a code host is the repository.
			path := l.text[m[2]:m[3]]
			if f := strings.Split(path, "/"); len(f) >= 3 && repoURL.MatchString("https://"+path) {
				r.addURL("docs/url/repository", "Where is the source repository?", strings.ToLower(strings.Join(f[:3], "/")),
					span(l.span.Start, m[2], m[3]), true)
			}
		}
	}
}

// jsonSpan finds where a JSON value stands: the first value after the
// first `"key"`; the key itself when the value is not found.
func (r *reader) jsonSpan(key, value string) compare.Span {
	t := string(r.d.Text)
	k := strings.Index(t, `"`+key+`"`)
	if k < 0 {
		return compare.Span{}
	}
	v := strings.Index(t[k:], value)
	if v < 0 || value == "" {
		return compare.Span{Start: k, End: k + len(key) + 2}
	}
	return compare.Span{Start: k + v, End: k + v + len(value)}
}

// packageJSON reads package.json: engines (requirements), version, name,
// licence, packageManager (a pin), repository and homepage.
func (r *reader) packageJSON() {
	var pj struct {
		Name, Version, License, Homepage, PackageManager string
		Engines                                          map[string]any
		Repository                                       any
		Bin                                              any
		Volta                                            map[string]any
	}
	if err := json.Unmarshal(r.d.Text, &pj); err != nil {
		return // not a manifest claimdiff can read; ingest already checked it is text
	}
	for tool, raw := range pj.Engines {
		s, ok := raw.(string)
		if !ok {
			continue
		}
		c, err := version.ParseConstraint(s)
		t := toolName(tool)
		if err != nil || t == "" {
			continue
		}
		if c.Pin {
			c.Pin = false // engines "18" means 18 and up in practice
		}
		r.addRequirement(t, c, `"`+tool+`": "`+s+`"`, r.jsonSpan(tool, s), false)
	}
	for tool, raw := range pj.Volta {
		// Volta pins the versions a developer works with.
		s, ok := raw.(string)
		t := toolName(tool)
		if c, err := version.ParseConstraint("==" + s); ok && t != "" && err == nil {
			r.addRequirement(t, c, `"`+tool+`": "`+s+`"`, r.jsonSpan(tool, s), false)
		}
	}
	if pj.Version != "" {
		r.addVersion(pj.Version, r.jsonSpan("version", pj.Version))
	}
	if pj.Name != "" {
		r.addPackage("npm", pj.Name, r.jsonSpan("name", pj.Name), false)
	}
	switch bin := pj.Bin.(type) {
	case string:
		// A lone bin takes the package's name, without its scope.
		name := pj.Name[strings.LastIndex(pj.Name, "/")+1:]
		r.addCommand(name, name, r.jsonSpan("bin", bin), false)
	case map[string]any:
		t := string(r.d.Text)
		from := strings.Index(t, `"bin"`)
		for name := range bin {
			if k := strings.Index(t[max(from, 0):], `"`+name+`"`); from >= 0 && k >= 0 {
				at := from + k + 1
				r.addCommand(name, name, compare.Span{Start: at, End: at + len(name)}, false)
			}
		}
	}
	if pj.License != "" {
		r.spdx(pj.License, r.jsonSpan("license", pj.License))
	}
	if pm := pj.PackageManager; pm != "" {
		if at := strings.LastIndex(pm, "@"); at > 0 {
			if c, err := version.ParseConstraint("==" + strings.SplitN(pm[at+1:], "+", 2)[0]); err == nil && toolName(pm[:at]) != "" {
				r.addRequirement(toolName(pm[:at]), c, pm, r.jsonSpan("packageManager", pm), false)
			}
		}
	}
	r.textFacts(true)
}

func (r *reader) addVersion(v string, ev compare.Span) {
	if _, err := version.Parse(v); err != nil {
		return
	}
	r.add(fact{key: "docs/version", question: "What is the current release?", kind: compare.Quantity,
		value: strings.TrimPrefix(v, "v"), display: v, line: r.lineOf(ev), ev: ev})
}

// spdx reads an SPDX expression ("MIT OR Apache-2.0") or a licence name.
func (r *reader) spdx(expr string, ev compare.Span) {
	ids, spans := licenseIDs(expr)
	for i, id := range ids {
		s := compare.Span{Start: ev.Start + spans[i][0], End: ev.Start + spans[i][1]}
		if ev.End-ev.Start != len(expr) {
			s = ev
		}
		r.addLicense(id, expr, s, false)
	}
}

var (
	classifierPython  = regexp.MustCompile(`^Programming Language :: Python :: (\d+\.\d+)$`)
	classifierLicense = regexp.MustCompile(`^License :: (?:OSI Approved :: )?(.+)$`)
	optionalDep       = regexp.MustCompile(`optional\s*=\s*true`)
	toxEnv            = regexp.MustCompile(`^py(\d)(\d+)$`)
)

// toml reads pyproject.toml, Cargo.toml and other TOML files.
func (r *reader) toml() {
	es := readTOMLorINI(r.d.Text, r.ls, false)
	name := strings.ToLower(baseName(r.d.Path))
	for _, e := range es {
		switch e.path {
		case "project.requires-python", "tool.poetry.dependencies.python", "package.rust-version", "workspace.package.rust-version":
			tool := "python"
			if strings.HasSuffix(e.path, "rust-version") {
				tool = "rust"
			}
			c, err := version.ParseConstraint(e.value)
			if err != nil {
				continue
			}
			if tool == "rust" {
				c.Pin = false // rust-version is the least version
			}
			r.addRequirement(tool, c, e.key+" = "+e.value, e.val, false)
		case "toolchain.channel":
			if c, err := version.ParseConstraint("==" + e.value); err == nil {
				r.addRequirement("rust", c, e.key+" = "+e.value, e.val, false)
			}
		case "project.version", "package.version", "tool.poetry.version", "workspace.package.version":
			r.addVersion(e.value, e.val)
		case "bin.name":
			r.addCommand(e.value, e.value, e.val, false)
		case "project.name", "tool.poetry.name":
			r.addPackage("python", e.value, e.val, false)
		case "package.name":
			r.addPackage("cargo", e.value, e.val, false)
		case "project.license", "package.license", "tool.poetry.license", "workspace.package.license":
			v := e.value
			if q := quoted.FindStringSubmatchIndex(v); q != nil && strings.HasPrefix(v, "{") {
				v = v[q[2]:q[3]]
			}
			r.spdx(v, e.line)
		case "project.classifiers", "tool.poetry.classifiers":
			var vs []version.Version
			var first, last compare.Span
			for _, it := range e.items {
				if m := classifierPython.FindStringSubmatch(it.value); m != nil {
					if v, err := version.Parse(m[1]); err == nil {
						vs = append(vs, v)
						if first.End == 0 {
							first = it.span
						}
						last = it.span
					}
				}
				if m := classifierLicense.FindStringSubmatch(it.value); m != nil {
					ids, _ := licenseIDs(m[1])
					for _, id := range ids {
						r.addLicense(id, it.value, it.span, false)
					}
				}
			}
			if len(vs) > 0 {
				r.addVersionSet("python", vs, "classifiers", compare.Span{Start: first.Start, End: last.End}, true, true)
			}
		default:
			switch {
			case strings.HasPrefix(e.path, "project.urls.") || e.path == "package.repository" || e.path == "package.homepage" ||
				e.path == "package.documentation" || e.path == "tool.poetry.repository" || e.path == "tool.poetry.documentation" || e.path == "tool.poetry.homepage":
				r.urls(e.value, e.val.Start)
			case (strings.HasPrefix(e.path, "project.scripts.") || strings.HasPrefix(e.path, "tool.poetry.scripts.")) && e.key != "":
				r.addCommand(e.key, e.key+" = "+e.value, compare.Span{Start: e.line.Start, End: e.line.Start + len(e.key)}, false)
			case strings.HasPrefix(e.path, "features.") && strings.Count(e.path, ".") == 1:
				r.addFeature(strings.ToLower(e.key), "yes", compare.Span{Start: e.line.Start, End: e.line.Start + len(e.key)})
			case strings.HasPrefix(e.path, "dependencies.") && strings.Count(e.path, ".") == 1 &&
				optionalDep.MatchString(e.value):
				// An optional dependency is a feature of its name.
				r.addFeature(strings.ToLower(e.key), "yes", compare.Span{Start: e.line.Start, End: e.line.Start + len(e.key)})
			case name != "pyproject.toml" && name != "cargo.toml":
				r.configEntry(e)
			}
		}
	}
	r.textFacts(true)
}

// ini reads INI files: tox environments and setup.cfg fields as manifest
// facts; other keys as settings; comments as prose (a configuration file
// often states defaults in its comments).
func (r *reader) ini() {
	es := readTOMLorINI(r.d.Text, r.ls, true)
	for _, e := range es {
		switch {
		case strings.HasSuffix(e.path, "envlist") || e.path == "tox.env_list":
			var vs []version.Version
			items := e.items
			if len(items) == 0 {
				items = splitList(e.value)
				for i := range items {
					items[i].span = compare.Span{Start: e.val.Start + items[i].span.Start, End: e.val.Start + items[i].span.End}
				}
			}
			for _, it := range items {
				for _, part := range strings.Split(strings.Trim(it.value, "{}"), "-") {
					if m := toxEnv.FindStringSubmatch(part); m != nil {
						if v, err := version.Parse(m[1] + "." + m[2]); err == nil {
							vs = append(vs, v)
						}
					}
				}
			}
			r.addVersionSet("python", vs, e.key+" = "+e.value, e.line, true, false)
		case e.path == "options.python_requires":
			if c, err := version.ParseConstraint(e.value); err == nil {
				r.addRequirement("python", c, e.key+" = "+e.value, e.val, false)
			}
		case e.path == "metadata.license":
			r.spdx(e.value, e.val)
		case e.path == "metadata.version":
			r.addVersion(e.value, e.val)
		default:
			r.configEntry(e)
		}
	}
	r.textFacts(true)
}

// defaultComment is a default stated in a comment or a description:
// "default is 4000", "the default value is 30s", "default 1500
// milliseconds".
var defaultComment = regexp.MustCompile(`(?i)\bdefaults?(?:\s+value)?(?:\s+(?:is|:|=|to|of))?\s*:?\s*` + "`?" + `(\d+(?:\.\d+)?(?:\s*` + unitPattern + `)?)\b`)

// configEntry reads one key of a configuration file as a setting, with
// its section as context. A default its comment states is read too.
func (r *reader) configEntry(e entry) {
	parts := strings.Split(e.path, ".")
	ctx := words(strings.Join(parts[:len(parts)-1], " "))
	ctx = append(ctx, words(strings.TrimSuffix(baseName(r.d.Path), "."+strings.ToLower(lastExt(r.d.Path))))...)
	file := strings.ToLower(baseName(r.d.Path))
	r.addSetting(e.key, e.value, e.val, how{ctx: ctx, role: configured, file: file})
	for _, c := range e.comments {
		t := string(r.d.Text[c.Start:c.End])
		if m := defaultComment.FindStringSubmatchIndex(t); m != nil {
			r.addSetting(e.key, t[m[2]:m[3]], span(c.Start, m[2], m[3]), how{ctx: ctx, role: defaulted, comment: true})
		}
	}
}

func lastExt(p string) string {
	b := baseName(p)
	if i := strings.LastIndexByte(b, '.'); i >= 0 {
		return b[i+1:]
	}
	return ""
}

// matrixTool returns the tool a CI matrix key names ("python-version",
// "node", "rust_channel", "go-version"), or "".
func matrixTool(key string) string {
	k := strings.ToLower(key)
	for _, suf := range []string{"-version", "_version", "-versions", "_versions", "-channel", "_channel", "-toolchain", "_toolchain"} {
		k = strings.TrimSuffix(k, suf)
	}
	if k == "toolchain" {
		return "rust"
	}
	return toolName(k)
}

// yaml reads YAML: a CI workflow's matrices and runners, a compose file's
// ports and environment, other keys as settings.
func (r *reader) yaml() {
	es := readYAML(r.ls)
	workflow := false
	for _, e := range es {
		if e.path == "jobs" || strings.HasSuffix(e.path, ".runs-on") {
			workflow = true
		}
	}
	r.workflow = workflow
	compose := strings.Contains(strings.ToLower(baseName(r.d.Path)), "compose")
	var platItems []item // the platforms a workflow runs on, in its matrices and runners
	for _, e := range es {
		switch {
		case workflow && strings.Contains(e.path, ".matrix.") && matrixTool(e.key) != "":
			var vs []version.Version
			items := e.items
			if len(items) == 0 && e.value != "" {
				items = []item{{value: e.value, span: e.val}}
			}
			for _, it := range items {
				if v, err := version.Parse(it.value); err == nil {
					vs = append(vs, v)
				}
			}
			ev := e.line
			if len(items) > 0 {
				ev = compare.Span{Start: items[0].span.Start, End: items[len(items)-1].span.End}
			}
			r.addVersionSet(matrixTool(e.key), vs, strings.TrimSpace(string(r.d.Text[e.line.Start:e.line.End])), ev, true, false)
		case workflow && (strings.HasSuffix(e.path, ".os") || strings.HasSuffix(e.path, ".platform") ||
			strings.HasSuffix(e.path, ".target")) && strings.Contains(e.path, ".matrix.") ||
			workflow && strings.HasSuffix(e.path, ".runs-on") && releaseWorkflow(r.d.Path, es):
			// A matrix names the platforms a job covers; a single runner
			// says where CI happens to run, except in a release workflow,
			// whose jobs build what is shipped.
			items := e.items
			if e.value != "" && len(items) == 0 {
				items = []item{{value: e.value, span: e.val}}
			}
			for _, it := range items {
				p := runnerPlatform(it.value)
				if p == "" {
					continue
				}
				platItems = append(platItems, it)
				r.add(fact{key: "docs/supports/" + p, question: question("Is %s supported?", platformTitle(p)),
					kind: compare.PolarityKind, value: "yes", display: it.value, line: r.lineOf(it.span), ev: it.span, weak: p == "linux"})
			}
		case workflow:
			// Steps, triggers and permissions are not the project's facts.
		case compose && strings.HasSuffix(e.path, ".ports"):
			parts := strings.Split(e.path, ".")
			svc := ""
			if len(parts) >= 3 {
				svc = parts[len(parts)-2]
			}
			for _, it := range e.items {
				f := strings.Split(it.value, ":")
				if len(f) >= 1 {
					p := strings.Split(f[len(f)-1], "/")[0]
					off := strings.LastIndex(it.value, p)
					r.addPort(svc, p, compare.Span{Start: it.span.Start + off, End: it.span.Start + off + len(p)}, true)
				}
			}
		default:
			if e.value != "" && len(e.items) == 0 {
				r.configEntry(e)
			}
		}
	}
	if len(platItems) > 0 {
		// A release workflow's targets are what the project ships; a test
		// matrix's are only where it is tested.
		var ms [][]int
		var list strings.Builder
		for _, it := range platItems {
			name := runnerPlatform(it.value)
			ms = append(ms, []int{list.Len(), list.Len() + len(name)})
			list.WriteString(name + " ")
		}
		ev := compare.Span{Start: platItems[0].span.Start, End: platItems[len(platItems)-1].span.End}
		r.platformSet(ms, list.String(), ev, !releaseWorkflow(r.d.Path, es))
	}
	r.textFacts(true)
}

// runnerPlatform names the platform of a CI runner or build target
// ("windows-latest", "ubuntu-22.04", "aarch64-apple-darwin"), or "".
func runnerPlatform(v string) string {
	v = strings.ToLower(strings.ReplaceAll(v, "_", "-"))
	switch {
	case strings.HasPrefix(v, "ubuntu") || strings.HasPrefix(v, "debian") || strings.Contains(v, "linux"):
		return "linux"
	case strings.Contains(v, "darwin") || strings.Contains(v, "apple"):
		return "macos"
	}
	if m := platform.FindString(strings.ReplaceAll(v, "-", " ")); m != "" {
		return platformName(m)
	}
	return ""
}

var (
	dockerFrom   = regexp.MustCompile(`(?i)^\s*FROM\s+(?:--platform=\S+\s+)?([a-z0-9./_\-]+):v?(\d+(?:\.\d+){0,2})(?:[-@\s]|$)`)
	dockerExpose = regexp.MustCompile(`(?i)^\s*EXPOSE\s+(\d{2,5})`)
)

// dockerfile reads EXPOSE ports, and the names of ENV and ARG lines (the
// keyword is their cue) and local URLs as any text.
func (r *reader) dockerfile() {
	for _, l := range r.ls {
		if m := dockerFrom.FindStringSubmatchIndex(l.text); m != nil {
			// The base image is the runtime the image ships: a pin.
			image := strings.ToLower(l.text[m[2]:m[3]])
			image = image[strings.LastIndex(image, "/")+1:]
			tool := toolName(image)
			if image == "golang" {
				tool = "go"
			}
			if c, err := version.ParseConstraint("==" + l.text[m[4]:m[5]]); err == nil && tool != "" {
				r.addRequirement(tool, c, strings.TrimSpace(l.text), span(l.span.Start, m[4], m[5]), false)
			}
		}
		if m := dockerExpose.FindStringSubmatchIndex(l.text); m != nil {
			r.addPort("", l.text[m[2]:m[3]], span(l.span.Start, m[2], m[3]), true)
		}
	}
	r.textFacts(true)
}

// pinFile reads .nvmrc, .python-version, .tool-versions and the like: the
// version a developer works with, a pin.
func (r *reader) pinFile() {
	b := strings.ToLower(baseName(r.d.Path))
	tool := map[string]string{".nvmrc": "node", ".node-version": "node", ".python-version": "python",
		".ruby-version": "ruby", "rust-toolchain": "rust", ".go-version": "go", "runtime.txt": "python"}[b]
	for _, l := range r.ls {
		t := strings.TrimSpace(l.text)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		lead := strings.Index(l.text, t)
		tl, v := tool, t
		if b == "runtime.txt" {
			// Heroku's form: "python-3.11.4".
			name, ver, ok := strings.Cut(t, "-")
			if !ok {
				continue
			}
			tl, v = toolName(name), ver
			lead = strings.Index(l.text, ver)
		}
		if b == ".tool-versions" {
			f := strings.Fields(t)
			if len(f) < 2 {
				continue
			}
			tl, v = toolName(f[0]), f[1]
			lead = strings.Index(l.text, f[1])
		}
		c, err := version.ParseConstraint("==" + strings.TrimPrefix(v, "v"))
		if err != nil || tl == "" {
			continue
		}
		r.addRequirement(tl, c, t, span(l.span.Start, lead, lead+len(v)), false)
		if b != ".tool-versions" {
			return
		}
	}
}

// licenseFile reads the licence a LICENSE file holds, from its first
// lines, where every common licence names itself.
func (r *reader) licenseFile() {
	n := 0
	for _, l := range r.ls {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		if n++; n > 5 {
			break
		}
		ids, spans := licenseIDs(l.text)
		if len(ids) == 0 && strings.Contains(l.text, "Permission is hereby granted, free of charge") {
			ids, spans = []string{"MIT"}, [][2]int{{0, len(l.text)}}
		}
		for i, id := range ids {
			r.addLicense(id, strings.TrimSpace(l.text), span(l.span.Start, spans[i][0], spans[i][1]), false)
		}
		if len(ids) > 0 {
			return
		}
	}
}

// releaseWorkflow reports whether a CI workflow builds releases, by its
// file name or its name: its platforms are the ones shipped.
func releaseWorkflow(path string, es []entry) bool {
	isRelease := func(s string) bool {
		s = strings.ToLower(s)
		return strings.Contains(s, "release") || strings.Contains(s, "publish") || strings.Contains(s, "dist")
	}
	if isRelease(baseName(path)) {
		return true
	}
	for _, e := range es {
		if e.path == "name" && isRelease(e.value) {
			return true
		}
	}
	return false
}

var (
	setupRequires   = regexp.MustCompile(`python_requires\s*=\s*["']([^"']+)["']`)
	setupClassifier = regexp.MustCompile(`["']Programming Language :: Python :: (\d+\.\d+)["']`)
	setupLicense    = regexp.MustCompile(`["']License :: (?:OSI Approved :: )?([^"']+)["']|\blicense\s*=\s*["']([^"']+)["']`)
)

// setupPy reads the keyword arguments of a setup.py call by their text:
// python_requires, the Python classifiers and the licence.
func (r *reader) setupPy() {
	text := string(r.d.Text)
	if m := setupRequires.FindStringSubmatchIndex(text); m != nil {
		if c, err := version.ParseConstraint(text[m[2]:m[3]]); err == nil {
			r.addRequirement("python", c, text[m[0]:m[1]], compare.Span{Start: m[2], End: m[3]}, false)
		}
	}
	var vs []version.Version
	var ev compare.Span
	for _, m := range setupClassifier.FindAllStringSubmatchIndex(text, -1) {
		if v, err := version.Parse(text[m[2]:m[3]]); err == nil {
			vs = append(vs, v)
			if ev.End == 0 {
				ev.Start = m[0]
			}
			ev.End = m[1]
		}
	}
	r.addVersionSet("python", vs, "classifiers", ev, true, true)
	for _, m := range setupLicense.FindAllStringSubmatchIndex(text, -1) {
		a, b := m[2], m[3]
		if a < 0 {
			a, b = m[4], m[5]
		}
		ids, spans := licenseIDs(text[a:b])
		for i, id := range ids {
			r.addLicense(id, text[a:b], compare.Span{Start: a + spans[i][0], End: a + spans[i][1]}, false)
		}
	}
	r.textFacts(true)
}

// composerJSON reads a PHP project's composer.json: the PHP requirement,
// name, version and licence.
func (r *reader) composerJSON() {
	var cj struct {
		Name, Version string
		License       any
		Require       map[string]any
	}
	if err := json.Unmarshal(r.d.Text, &cj); err != nil {
		return
	}
	if s, ok := cj.Require["php"].(string); ok {
		if c, err := version.ParseConstraint(s); err == nil {
			c.Pin = false
			r.addRequirement("php", c, `"php": "`+s+`"`, r.jsonSpan("php", s), false)
		}
	}
	if cj.Version != "" {
		r.addVersion(cj.Version, r.jsonSpan("version", cj.Version))
	}
	if l, ok := cj.License.(string); ok {
		r.spdx(l, r.jsonSpan("license", l))
	}
	r.textFacts(true)
}
