package docs

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/google/go-cmp/cmp"
)

// facts returns "key=value" for the firm claims of a document, and
// "key~value" for passing mentions, sorted.
func facts(path, text string, prefix string) []string {
	d := compare.NewDocument(path, []byte(text))
	d.ID = "d1"
	var out []string
	for _, c := range Extract(d) {
		if !strings.HasPrefix(c.Key, prefix) {
			continue
		}
		sep := "="
		if isWeak(c) {
			sep = "~"
		}
		out = append(out, c.Key+sep+c.Value)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestExtract(t *testing.T) {
	tests := []struct {
		path, text, prefix string
		want               []string
	}{
		{"README.md", "# Tool\n\nYou need Node.js 20 or later to build it.\n", "docs/requires",
			[]string{"docs/requires/node=>=20"}},
		{"docs/install.md", "Install\n=======\n\nThe library requires Python >= 3.10 and runs on CPython.\n", "docs/requires",
			[]string{"docs/requires/python=>=3.10"}},
		{"README.md", "Works with Python 3.9 to 3.12.\n", "docs/requires",
			[]string{"docs/requires-max/python=<=3.12", "docs/requires/python=>=3.9"}},
		{"README.md", "The minimum supported Rust version (MSRV) is 1.74.\n", "docs/requires",
			[]string{"docs/requires/rust=>=1.74"}},
		{"README.md", "[![msrv](https://img.shields.io/badge/rust-1.70%2B-orange.svg)](x)\n", "docs/requires",
			[]string{"docs/requires/rust=>=1.70"}},
		// An example is not a requirement; neither is a past statement.
		{"README.md", "For example, set up Python 3.11 in CI.\nVersion 2 previously required Go 1.19 or later.\n", "docs/requires", nil},
		{"docs/lock.md", "Version 3 is the format used by npm v9 and above. In Node.js 20 and later, fetch is built in. The default is false on Node 18.13.0 and above.\n", "docs/requires", nil},
		{"README.md", "It runs on Node.js 20 or later. The channel API is available only on Node.js v16+. Node.js v15+ is required to run this example.\n", "docs/requires", []string{"docs/requires/node=>=20"}},
		// A version as the condition of something, and a heading naming a case.
		{"README.md", "## Go 1.16+\n\nUse go install.\n\nIt loops forever (Go >= 1.22, issue #7).\nIf you use Python 3.7 or older, pin 2.x.\n", "docs/requires", nil},
		{"README.md", "## Requirements: Go 1.21+\n", "docs/requires", []string{"docs/requires/go=>=1.21"}},
		// Code blocks are not prose.
		{"README.md", "```\n# needs Ruby 3.0 or newer\n```\n", "docs/requires", nil},
		{"go.mod", "module example.org/thing\n\ngo 1.22\n\ntoolchain go1.22.3\n", "docs/requires",
			[]string{"docs/requires/go===1.22.3", "docs/requires/go=>=1.22"}},
		{"package.json", `{"name": "thing", "version": "2.1.0", "engines": {"node": ">=18.12"}, "license": "MIT"}`, "docs/",
			[]string{"docs/license=MIT", "docs/package/npm=thing", "docs/requires/node=>=18.12", "docs/version=2.1.0"}},
		{"pyproject.toml", "[project]\nname = \"Thing_Two\"\nrequires-python = \">=3.9\"\nlicense = { text = \"BSD-3-Clause\" }\nclassifiers = [\n  \"Programming Language :: Python :: 3.9\",\n  \"Programming Language :: Python :: 3.12\",\n]\n\n[tool.black]\ntarget-version = ['py38']\n", "docs/",
			[]string{"docs/license=BSD-3-Clause", "docs/package/python=thing-two", "docs/requires-max/python~<=3.12", "docs/requires/python=>=3.9", "docs/requires/python~>=3.9"}},
		{"Cargo.toml", "[package]\nname = \"arena\"\nversion = \"0.4.2\"\nrust-version = \"1.70\"\n\n[features]\nserde = []\n\n[dependencies]\nlog = { version = \"0.4\", optional = true }\n", "docs/",
			[]string{"docs/feature/log=yes", "docs/feature/serde=yes", "docs/package/cargo=arena", "docs/requires/rust=>=1.70", "docs/version=0.4.2"}},
		{".nvmrc", "v20.11.1\n", "docs/", []string{"docs/requires/node===20.11.1"}},
		{"runtime.txt", "python-3.11.4\n", "docs/", []string{"docs/requires/python===3.11.4"}},
		{"Dockerfile", "FROM node:18-alpine AS build\nFROM --platform=linux/amd64 docker.io/library/python:3.12-slim\nFROM scratch\n", "docs/requires",
			[]string{"docs/requires/node===18", "docs/requires/python===3.12"}},
		{"setup.py", "setup(\n    name=\"x\",\n    python_requires=\">=3.8\",\n    classifiers=[\"License :: OSI Approved :: MIT License\"],\n)\n", "docs/",
			[]string{"docs/license=MIT", "docs/requires/python=>=3.8"}},
		{"composer.json", `{"name": "a/b", "require": {"php": "^8.1"}, "license": "MIT"}`, "docs/", []string{"docs/license=MIT", "docs/requires/php=>=8.1"}},
		{"rust-toolchain.toml", "[toolchain]\nchannel = \"1.76.0\"\n", "docs/requires", []string{"docs/requires/rust===1.76.0"}},
		{"Dockerfile", "ENV APP_PORT=8080 APP_MODE=fast\n", "docs/set", []string{"docs/set/appport=8080"}},
		{".github/workflows/ci.yml", "jobs:\n  test:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n        node-version:\n          - 18\n          - 22\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 16\n", "docs/",
			[]string{"docs/platforms~linux, windows", "docs/requires-max/node=<=22", "docs/requires/node~>=18", "docs/supports/linux~yes", "docs/supports/windows=yes"}},
		{"tox.ini", "[tox]\nenvlist = py39, py310, py311\n", "docs/requires",
			[]string{"docs/requires-max/python=<=3.11", "docs/requires/python~>=3.9"}},
		{"LICENSE", "\n                                 Apache License\n                           Version 2.0, January 2004\n", "docs/", []string{"docs/license=Apache-2.0"}},
		{"README.md", "Builds run on Linux, macOS and Windows.\n", "docs/platforms", []string{"docs/platforms=linux, macos, windows"}},
		{"docs/download.md", "## Downloads\n\nPrebuilt binaries:\n\n- macOS (Apple silicon and Intel)\n- Linux, x86-64\n\n## Thanks\n\n- Linux folks\n- Windows folks\n", "docs/platforms",
			[]string{"docs/platforms=linux, macos"}},
		{"README.md", "Supports Python 3.9, 3.10 and 3.12.\n", "docs/requires", []string{"docs/requires-max/python=<=3.12", "docs/requires/python=>=3.9"}},
		{"docs/global.md", "Global installs on Windows go to a folder with no lib part.\n", "docs/supports", nil},
		{"README.md", "Windows is not supported; use Linux or macOS, where it works.\n", "docs/supports",
			[]string{"docs/supports/linux=yes", "docs/supports/macos=yes", "docs/supports/windows=no"}},
		{"docs/intro.md", "# Intro\n\nOver 40 file formats are supported. See the list.\n", "docs/count", []string{"docs/count/file formats=>40"}},
		{"README.md", "![l](https://img.shields.io/badge/license-Apache%202.0-blue) ![p](https://img.shields.io/badge/python-3.9%20%7C%203.10%20%7C%203.11-blue)\n", "docs/",
			[]string{"docs/license~Apache-2.0", "docs/requires-max/python=<=3.11", "docs/requires/python=>=3.9"}},
		{"README.md", "# Quill\n\nQuill supports over 40 file formats.\nOtherTool supports 12 file formats.\n", "docs/count",
			[]string{"docs/count/file formats=>40"}},
		{"conf/server.ini", "[server]\n; the port the server listens on; default is 9000\nport=9100\ntimeout = 30s\n", "docs/set",
			[]string{"docs/set/port=9000", "docs/set/port=9100", "docs/set/timeout=30000ms"}},
		{"docs/config.md", "## Server\n\n| Option | Description | Default |\n|---|---|---|\n| `port` | where it listens | `9000` |\n| `idle_timeout` | closes idle links | 2m |\n", "docs/set",
			[]string{"docs/set/idletimeout=120000ms", "docs/set/port=9000"}},
		{"docs/ref.md", "Name | Default (ms) | Notes\n--- | --- | ---\nretryDelay | 250 | between tries\nwebPort | 8080 (UI) | the console\n\nafter | 1 | x\n", "docs/set",
			[]string{"docs/set/retrydelay=250ms", "docs/set/webport=8080ms"}},
		{"docs/run.md", "The web console listens on port 9090. Then open the dashboard at http://localhost:7070 in a browser.\n", "docs/port",
			[]string{"docs/port/dashboard=7070", "docs/port/web console=9090"}},
		{"docs/ref.md", "## Broker\n\n<table>\n<tr><th>Name</th><th>Default</th></tr>\n<tr><td><code>flushMs</code></td><td>500</td></tr>\n<tr>\n  <td>port</td>\n  <td>9100</td>\n</tr>\n</table>\n", "docs/set",
			[]string{"docs/set/flushms=500", "docs/set/port=9100"}},
		{"docs/reqs.md", "+++\ntitle = \"Needs Go 1.10 or later\"\n+++\n# Requirements\n\n| Tool | Version |\n|---|---|\n| Python | >= 3.10 |\n| Node.js | 18, 20, 22 |\n| Docker | 24.0 |\n\nThe current version is 4.2.1.\n", "docs/",
			[]string{"docs/count/requirements~=3", "docs/requires-max/node=<=22", "docs/requires/node=>=18", "docs/requires/python=>=3.10", "docs/version=4.2.1"}},
		{"Dockerfile", "FROM scratch\nENV APP_DB_USER=app\nEXPOSE 9000\n", "docs/",
			[]string{"docs/env/app/user=APP_DB_USER", "docs/port/~9000"}},
		{"README.md", "Set `APP_USER` to the account name. Open http://localhost:9000 after start.\n", "docs/",
			[]string{"docs/env/app/user~APP_USER", "docs/port/~9000"}},
		{"README.md", "# Kiln\n\nKiln is a small build tool for static sites.\n\n```\n$ kiln serve --port 1\ncd site\n```\n\nRun `kiln build` to publish.\n", "docs/",
			[]string{"docs/command/kiln~kiln", "docs/is/kiln~small build tool"}},
		{"pyproject.toml", "[project.scripts]\nkiln = \"kiln.cli:main\"\n", "docs/command", []string{"docs/command/kiln=kiln"}},
		{".github/workflows/release.yml", "name: Release\njobs:\n  build:\n    strategy:\n      matrix:\n        os: [macos-latest, windows-latest, ubuntu-latest]\n", "docs/platforms",
			[]string{"docs/platforms=linux, macos, windows"}},
		// A changelog's newest statement of a fact confirms; older ones are history.
		{"CHANGELOG.md", "# Changelog\n\n## Unreleased\n\n## 2.0.0\n\n* Node.js 20 or later is required.\n\n## 1.0.0\n\n* Node.js 16 or later is required.\n", "docs/",
			[]string{"docs/requires/node~>=20", "docs/version~2.0.0"}},
	}
	for _, tt := range tests {
		got := facts(tt.path, tt.text, tt.prefix)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%s, %q) mismatch (-want +got):\n%s", tt.path, tt.text, diff)
		}
	}
}

// judge extracts the documents and returns the verdict word of the
// alignment holding key.
func judge(t *testing.T, key string, files ...[2]string) string {
	t.Helper()
	var cs []compare.Claim
	paths := map[string]string{}
	for i, f := range files {
		d := compare.NewDocument(f[0], []byte(f[1]))
		d.ID = fmt.Sprintf("d%d", i+1)
		paths[d.ID] = d.Path
		cs = append(cs, Extract(d)...)
	}
	var idx []int
	for i, c := range cs {
		if c.Key == key {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return "none"
	}
	var words []string
	for _, g := range Group(cs, idx) {
		a := compare.Alignment{Key: key}
		for _, i := range g {
			a.Claims = append(a.Claims, cs[i])
		}
		words = append(words, Verdict(a, paths).Outcome.String())
	}
	return strings.Join(words, ",")
}

func TestVerdict(t *testing.T) {
	tests := []struct {
		key   string
		files [][2]string
		want  string
	}{
		{"docs/requires/node", [][2]string{{"README.md", "Requires Node.js 18 or later.\n"}, {"package.json", `{"engines": {"node": ">=18"}}`}}, "agree"},
		{"docs/requires/node", [][2]string{{"README.md", "Requires Node.js 16 or later.\n"}, {"package.json", `{"engines": {"node": ">=18"}}`}}, "conflict"},
		// A pin that satisfies the floor agrees; one below it does not.
		{"docs/requires/node", [][2]string{{"README.md", "Node.js 18+ is needed.\n"}, {".nvmrc", "18.19.0\n"}}, "agree"},
		{"docs/requires/node", [][2]string{{"README.md", "Node.js 18+ is needed.\n"}, {".nvmrc", "16\n"}}, "conflict"},
		{"docs/requires/python", [][2]string{{"README.md", "Python 3.10+ only.\n"}, {"setup.cfg", "[options]\npython_requires = >=3.10.2\n"}}, "agree"},
		{"docs/license", [][2]string{{"LICENSE", "MIT License\n\nCopyright\n"}, {"Cargo.toml", "[package]\nlicense = \"MIT OR Apache-2.0\"\n"}}, "agree"},
		{"docs/license", [][2]string{{"LICENSE", "MIT License\n"}, {"pyproject.toml", "[project]\nlicense = \"GPL-3.0-only\"\n"}}, "conflict"},
		{"docs/supports/windows", [][2]string{{"README.md", "Windows is not supported.\n"}, {"docs/install.md", "It also works on Windows.\n"}}, "conflict"},
		{"docs/env/app/user", [][2]string{{"README.md", "Set the `APP_USER` environment variable.\n"}, {"Dockerfile", "ENV APP_LOGIN_USERNAME=x\n"}}, "conflict"},
		{"docs/env/app/url", [][2]string{{"README.md", "Set `APP_URL` and `APP_DATABASE_URL` in the environment.\n"}, {"Dockerfile", "ENV APP_DATABASE_URL=x\n"}, {"docs/run.md", "export APP_URL=http://x\n"}}, "agree"},
		{"docs/license", [][2]string{{"LICENSE-MIT", "MIT License\n"}, {"LICENSE-APACHE", "Apache License\nVersion 2.0\n"}}, "unique"},
		{"docs/env/app/host", [][2]string{{"README.md", "Set the `APP_DB_HOST` environment variable.\n"}, {"Dockerfile", "ENV APP_CACHE_HOST=x\n"}}, "unique,unique"},
		// Two sections' settings are different facts.
		{"docs/set/port", [][2]string{{"conf/front.ini", "[front]\nport=80\n"}, {"conf/back.ini", "[back]\nport=9000\n"}}, "unique,unique"},
		{"docs/set/port", [][2]string{{"conf/back.ini", "[back]\nport=9000\n"}, {"docs/back.md", "## back\n\n| Key | Default |\n|---|---|\n| port | 9001 |\n"}}, "conflict"},
		{"docs/count/file formats", [][2]string{{"README.md", "# Quill\n\nQuill supports over 20 file formats.\n"}, {"docs/intro.md", "# Quill\n\nQuill supports over 30 file formats.\n"}}, "conflict"},
		// A nested module's manifest is another module's.
		{"docs/requires/go", [][2]string{{"go.mod", "go 1.22\n"}, {"tools/go.mod", "go 1.23\n"}}, "unique"},
		{"docs/requires/go", [][2]string{{"go.mod", "go 1.22\n"}, {"README.md", "Needs Go 1.21 or later.\n"}, {"tools/go.mod", "go 1.21\n"}}, "conflict"},
		// A setting without a section joins the one section stating it,
		// and stays apart when two do.
		{"docs/set/timeout", [][2]string{{"conf/app.ini", "[server]\ntimeout=30\n"}, {"docs/config.md", "# Configuration\n\n| Key | Default |\n|---|---|\n| timeout | 20 |\n"}}, "conflict"},
		{"docs/set/timeout", [][2]string{{"conf/app.ini", "[server]\ntimeout=30\n[client]\ntimeout=10\n"}, {"docs/config.md", "# Configuration\n\n| Key | Default |\n|---|---|\n| timeout | 20 |\n"}}, "unique,unique,unique"},
		{"docs/set/pollms", [][2]string{{"conf/a.ini", "[poll]\npollMs = 30000\n"}, {"docs/poll.md", "# poll\n\n`pollMs` defaults to 30s.\n"}}, "agree"},
		{"docs/platforms", [][2]string{{"README.md", "It runs on Linux and macOS.\n"}, {"docs/install.md", "Binaries are available for Linux, macOS and Windows.\n"}}, "conflict"},
		{"docs/requires/go", [][2]string{{"go.mod", "go 1.22\n"}, {"README.md", "# x\n"}, {"internal/y/README.md", "Needs Go 1.11 or later.\n"}}, "unique"},
		{"docs/license", [][2]string{{"pkgs/a/LICENSE", "MIT License\n"}, {"pkgs/b/package.json", `{"license": "ISC"}`}}, "unique"},
		{"docs/version", [][2]string{{"packages/a/package.json", `{"version": "1.0.0"}`}, {"packages/b/package.json", `{"version": "2.0.0"}`}}, "unique"},
		// A nested project's manifest and pages are the sub-project's.
		{"docs/license", [][2]string{{"LICENSE", "MIT License\n"}, {"package.json", `{"license": "MIT"}`}, {"tools/gen/pyproject.toml", "[project]\nlicense = \"BSD-3-Clause\"\n"}}, "agree"},
		{"docs/requires/python", [][2]string{{"package.json", `{}`}, {"tools/gen/pyproject.toml", "[project]\nrequires-python = \">=3.9\"\n"}, {"tools/gen/guide.md", "Needs Python 3.12 or later.\n"}}, "unique"},
		// History is not drift.
		{"docs/requires/node", [][2]string{{"CHANGELOG.md", "## 3.0.0\n\n* Node.js 16 or later is required.\n"}, {"package.json", `{"engines": {"node": ">=18"}}`}}, "unique"},
	}
	for _, tt := range tests {
		if got := judge(t, tt.key, tt.files...); got != tt.want {
			t.Errorf("verdict on %s of %v = %s, want %s", tt.key, tt.files, got, tt.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("README.md", "# T\n\nRequires Node.js 18+.\n| a | default |\n|---|---|\n| port | 80 |\n")
	f.Add("pyproject.toml", "[project]\nrequires-python = \">=3.9\"\nclassifiers = [\n\"x\",\n]\n")
	f.Add("x.yml", "jobs:\n  a:\n    strategy:\n      matrix:\n        python-version: [\"3.9\", 3.10]\n")
	f.Add("tox.ini", "[tox]\nenvlist =\n  py38\n  py39\n")
	f.Add("package.json", `{"engines":{"node":"^18 || >=20"}}`)
	f.Add("CHANGELOG.md", "## 1.0.0\nMSRV is now 1.70\n")
	f.Add("Dockerfile", "ENV A_B=1\nEXPOSE 80\n")
	f.Add("docs.rst", "Title\n=====\n\nUse::\n\n   pip install x\n")
	f.Fuzz(func(t *testing.T, path, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := compare.NewDocument(path, []byte(text))
		for _, c := range Extract(d) {
			if c.Evidence.Start < 0 || c.Evidence.End > len(text) || c.Evidence.Start > c.Evidence.End {
				t.Fatalf("Extract(%q, %q): evidence %v out of bounds", path, text, c.Evidence)
			}
			if c.Sentence.Start < 0 || c.Sentence.End > len(text) || c.Sentence.Start > c.Sentence.End {
				t.Fatalf("Extract(%q, %q): sentence %v out of bounds", path, text, c.Sentence)
			}
			if !Owns(c.Key) {
				t.Fatalf("Extract(%q, %q): key %q without the docs/ prefix", path, text, c.Key)
			}
		}
	})
}

// FuzzReaders runs each manifest reader and the prose reader on any text:
// no panic, every span inside the text.
func FuzzReaders(f *testing.F) {
	f.Add("[project]\nrequires-python = \">=3.9\"\n[tool.x]\nk = [\n 'a',\n]\n")
	f.Add("jobs:\n  t:\n    strategy:\n      matrix:\n        os: [windows-latest]\n        - include\n")
	f.Add("{\"engines\": {\"node\": \">=18\"}, \"bin\": {\"x\": \"y\"}}")
	f.Add("[a]\nk = v\n  py38\n;default is 3\nport=1\n")
	f.Add("FROM node:18\nENV A_B=1\nEXPOSE 80\n")
	paths := []string{"pyproject.toml", "Cargo.toml", "x.toml", ".github/workflows/ci.yml", "docker-compose.yml", "package.json",
		"composer.json", "tox.ini", "setup.cfg", "setup.py", "Dockerfile", ".nvmrc", ".tool-versions", "runtime.txt", "go.mod",
		"LICENSE", "CHANGELOG.md", "README.md", "docs/x.rst"}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, p := range paths {
			d := compare.NewDocument(p, []byte(text))
			for _, c := range Extract(d) {
				if c.Evidence.Start < 0 || c.Evidence.End > len(text) || c.Evidence.Start > c.Evidence.End ||
					c.Sentence.Start < 0 || c.Sentence.End > len(text) || c.Sentence.Start > c.Sentence.End {
					t.Fatalf("Extract(%s, %q): span out of bounds in %+v", p, text, c)
				}
			}
		}
	})
}
