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
		// Build files of other ecosystems: Maven, Gradle, Ruby, .NET.
		{"pom.xml", "<project>\n  <parent>\n    <version>3.2.0</version>\n  </parent>\n  <version>1.4.0</version>\n  <properties>\n    <maven.compiler.release>17</maven.compiler.release>\n  </properties>\n  <dependencies>\n    <dependency>\n      <version>2.0</version>\n    </dependency>\n  </dependencies>\n</project>\n", "docs/",
			[]string{"docs/requires/java=>=17", "docs/version=1.4.0"}},
		{"build.gradle", "version = '0.9.1'\njava {\n    sourceCompatibility = JavaVersion.VERSION_1_8\n}\n", "docs/", []string{"docs/requires/java=>=8", "docs/version=0.9.1"}},
		{"build.gradle.kts", "kotlin {\n    jvmToolchain(21)\n}\n", "docs/", []string{"docs/requires/java=>=21"}},
		{"Gemfile", "source \"https://rubygems.org\"\nruby \"3.2.2\"\ngem \"rails\", \"~> 7.1\"\n", "docs/", []string{"docs/requires/ruby===3.2.2"}},
		{"lamp.gemspec", "Gem::Specification.new do |spec|\n  spec.required_ruby_version = \">= 3.0\"\nend\n", "docs/", []string{"docs/requires/ruby=>=3.0"}},
		{"src/Lamp.csproj", "<Project>\n  <PropertyGroup>\n    <TargetFrameworks>netstandard2.0;net6.0;net8.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>\n", "docs/",
			[]string{"docs/requires-max/dotnet~<=8.0", "docs/requires/dotnet=>=6.0"}},
		{"README.md", "Needs Java 1.8 or later.\n", "docs/requires", []string{"docs/requires/java=>=8"}},
		// Versions a sentence denies are not a floor.
		{"README.md", "It builds with Java 1.6 or later. Java 21 and newer haven't been tried. Ruby 4+ is not supported yet.\n", "docs/requires", []string{"docs/requires/java=>=6"}},
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
			[]string{"docs/license~Apache-2.0", "docs/requires-max/python=<=3.11", "docs/requires/python=>=3.9", "docs/versions/python~3.9, 3.10, 3.11"}},
		{"README.md", "# Quill\n\nQuill supports over 40 file formats.\nOtherTool supports 12 file formats.\n", "docs/count",
			[]string{"docs/count/file formats=>40"}},
		{"conf/server.ini", "[server]\n; the port the server listens on; default is 9000\nport=9100\ntimeout = 30s\n", "docs/set",
			[]string{"docs/set/port=9000", "docs/set/port=9100", "docs/set/timeout=30000ms"}},
		{"docs/config.md", "## Server\n\n| Option | Description | Default |\n|---|---|---|\n| `port` | where it listens | `9000` |\n| `idle_timeout` | closes idle links | 2m |\n", "docs/set",
			[]string{"docs/set/idletimeout=120000ms", "docs/set/port=9000"}},
		{"docs/ref.md", "Name | Default (ms) | Notes\n--- | --- | ---\nretryDelay | 250 | between tries\nwebPort | 8080 (UI) | the console\n\nafter | 1 | x\n", "docs/set",
			[]string{"docs/set/retrydelay=250ms", "docs/set/webport=8080ms"}},
		// A default stated in a settings table's description cell; two
		// defaults in one cell are cases, not the default.
		{"docs/ref.md", "### Settings of relay.ini\n\n| Name | Type | Description |\n|---|---|---|\n| flushMs | long | How long between flushes (default 500 milliseconds) |\n| order | int | sort key; the `ord` index uses default value 12 |\n| retries | int | Retries on failure. The default value is 3. |\n| mode | int | default is 2 on Linux and default 4 elsewhere |\n| Log level | string | default 1 |\n", "docs/set",
			[]string{"docs/set/flushms=500ms", "docs/set/order=12", "docs/set/retries=3"}},
		// A code block copying a named configuration file states its
		// values; an unnamed one is an example, in passing.
		{"docs/guide.md", "## Setup\n\n##### conf/relay.ini\n```ini\n[relay]\n; default is 40\nworkers=8\n```\n\nFor example:\n\n```toml\n[relay]\nqueue = 64\n```\n\n```\nretries=2\n```\n", "docs/set",
			[]string{"docs/set/queue~64", "docs/set/workers=40", "docs/set/workers=8"}},
		{"docs/guide.md", "Put this in `relay.yaml`:\n\n```yaml\nrelay:\n  workers: 6\n```\n", "docs/set", []string{"docs/set/workers=6"}},
		{"docs/guide.md", "**conf/relay.toml**\n\n```\n[relay]\nworkers = 6\n```\n\nEdit `conf/relay.ini`:\n\n```ini\n[relay]\nqueue=3\n```\n\n```ini title=\"relay.ini\"\n[relay]\nretries=2\n```\n", "docs/set",
			[]string{"docs/set/queue~3", "docs/set/retries=2", "docs/set/workers=6"}},
		// "${NAME:-value}" gives a variable's default; a table's default
		// column gives one for a variable too.
		{"docker-compose.yml", "services:\n  web:\n    environment:\n      - WEB_PORT=${WEB_PORT:-7300}\n    ports:\n      - \"${WEB_PORT:-7300}:7300\"\n", "docs/set", []string{"docs/set/webport=7300"}},
		{"docs/env.md", "| Variable | Default |\n|---|---|\n| `WEB_PORT` | `7300` |\n\n| Variable | Value |\n|---|---|\n| `WEB_TIMEOUT` | `30` |\n\n```sh\nrun --port ${WEB_PORT:-7301}\n```\n", "docs/set", []string{"docs/set/webport=7300", "docs/set/webport~7301"}},
		// Sizes are not minutes: a capital M, or a size's name.
		{"conf/store.ini", "[store]\n; biggest upload; default is 256M\nuploadSize=300000000\n; idle time; default is 5m\nidle=300000\n; default is 64m\ncacheMem=32m\n", "docs/set",
			[]string{"docs/set/cachemem=32mb", "docs/set/cachemem=64mb", "docs/set/idle=300000", "docs/set/idle=300000ms", "docs/set/uploadsize=256mb", "docs/set/uploadsize=300000000"}},
		// reStructuredText tables: grid, simple and list-table.
		{"docs/config.rst", "Settings\n========\n\n+-----------+---------+----------------------+\n| Option    | Default | Meaning              |\n+===========+=========+======================+\n| port      | 7100    | where it listens,    |\n|           |         | default 9 elsewhere  |\n+-----------+---------+----------------------+\n| idle      | 2m      | closes idle links    |\n+-----------+---------+----------------------+\n", "docs/set",
			[]string{"docs/set/idle=120000ms", "docs/set/port=7100"}},
		{"docs/config.rst", "Settings\n========\n\n=========  =======  ===========\nOption     Default  Meaning\n=========  =======  ===========\nport       7100     listening\nworkers    4        threads\n           more     continued\n=========  =======  ===========\n", "docs/set",
			[]string{"docs/set/port=7100", "docs/set/workers=4"}},
		{"docs/config.rst", "Settings\n========\n\n.. list-table:: Options\n   :header-rows: 1\n\n   * - Option\n     - Default\n   * - ``port``\n     - 7100\n   * - ``workers``\n     - 4\n\nAfter the table.\n", "docs/set",
			[]string{"docs/set/port=7100", "docs/set/workers=4"}},
		{"docs/tools.rst", "Requirements\n============\n\n=======  ========\nTool     Version\n=======  ========\nPython   >= 3.10\n=======  ========\n\n.. note::\n\n   Node.js 20 or later is needed for the docs.\n\n.. code-block:: text\n\n   Ruby 3.0 or later\n", "docs/requires",
			[]string{"docs/requires/node=>=20", "docs/requires/python=>=3.10"}},
		{"docker-compose.yml", "services:\n  dev-server:\n    ports:\n      - \"7300:7300\"\n", "docs/port", []string{"docs/port/dev server~7300"}},
		// A table of services and their ports gives each service's port.
		{"docs/deploy.md", "| Service | Port | Notes |\n|---|---|---|\n| Web UI | 3000 | browser |\n| API | `8080` | REST |\n\n| Component | HTTP port | Admin port |\n|---|---|---|\n| Gateway | 7100 | 7101 |\n\n| Option | Port |\n|---|---|\n| `admin_port` | 9000 |\n", "docs/",
			[]string{"docs/port/api=8080", "docs/port/gateway admin=7101", "docs/port/gateway http=7100", "docs/port/web ui=3000", "docs/set/adminport=9000"}},
		// Whose a port is: an abbreviation in parentheses, a label after
		// the URL; not a link's text, a verb, nor a table's other cell.
		{"docs/dev.md", "- Live preview (LP) on port 7301\n\nOpen `http://localhost:7301` (LP) or `http://localhost:7300` (main).\n\nSee [Ada Lovelace](http://localhost:7300/people/ada).\n\nAccess at `http://localhost:7300`.\n\nCheck with `curl localhost:7300`.\n\n| Name | Description |\n|---|---|\n| cacheAddr | where the cache runs (localhost:7400 unless set) |\n", "docs/port",
			[]string{"docs/port/lp=7301", "docs/port/main=7300", "docs/port/~7300", "docs/port/~7400"}},
		{"docs/run.md", "The web console listens on port 9090. Then open the dashboard at http://localhost:7070 in a browser.\n", "docs/port",
			[]string{"docs/port/dashboard=7070", "docs/port/web console=9090"}},
		{"docs/ref.md", "## Broker\n\n<table>\n<tr><th>Name</th><th>Default</th></tr>\n<tr><td><code>flushMs</code></td><td>500</td></tr>\n<tr>\n  <td>port</td>\n  <td>9100</td>\n</tr>\n</table>\n", "docs/set",
			[]string{"docs/set/flushms=500", "docs/set/port=9100"}},
		{"docs/reqs.md", "+++\ntitle = \"Needs Go 1.10 or later\"\n+++\n# Requirements\n\n| Tool | Version |\n|---|---|\n| Python | >= 3.10 |\n| Node.js | 18, 20, 22 |\n| Docker | 24.0 |\n\nThe current version is 4.2.1.\n", "docs/",
			[]string{"docs/count/requirements~=3", "docs/requires-max/node=<=22", "docs/requires/node=>=18", "docs/requires/python=>=3.10", "docs/version=4.2.1", "docs/versions/node~18, 20, 22"}},
		{"Dockerfile", "FROM scratch\nENV APP_DB_USER=app\nEXPOSE 9000\n", "docs/",
			[]string{"docs/env/app/user=APP_DB_USER", "docs/port/~9000"}},
		{"README.md", "Set `APP_USER` to the account name. Open http://localhost:9000 after start.\n", "docs/",
			[]string{"docs/env/app/user~APP_USER", "docs/port/~9000"}},
		{"README.md", "# Kiln\n\nKiln is a small build tool for static sites.\n\n```\n$ kiln serve --port 1\ncd site\n```\n\nRun `kiln build` to publish.\n", "docs/",
			[]string{"docs/command/kiln~kiln", "docs/is/kiln~small build tool"}},
		{"pyproject.toml", "[project.scripts]\nkiln = \"kiln.cli:main\"\n", "docs/command", []string{"docs/command/kiln=kiln"}},
		// A program's code is not a shell session: no commands in it.
		{"README.md", "```python\nfrom kiln import site\nimport kiln\n```\n\n```console\n$ kiln build\n```\n", "docs/command", []string{"docs/command/kiln~kiln"}},
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
		{"docs/set/port", [][2]string{{"conf/back.ini", "[back]\n; default is 9000\nport=9000\n"}, {"docs/back.md", "## back\n\n| Key | Default |\n|---|---|\n| port | 9001 |\n"}}, "conflict"},
		// A configuration file's value is not the default: a file may
		// override it, and the two are two facts. Equal, they agree.
		{"docs/set/port", [][2]string{{"conf/back.ini", "[back]\nport=9000\n"}, {"docs/back.md", "## back\n\n| Key | Default |\n|---|---|\n| port | 9001 |\n"}}, "unique,unique"},
		{"docs/set/port", [][2]string{{"conf/back.ini", "[back]\nport=9001\n"}, {"docs/back.md", "## back\n\n| Key | Default |\n|---|---|\n| port | 9001 |\n"}}, "agree"},
		// A page's copy of a configuration file is compared with the file;
		// an example or a copy of another file is not.
		{"docs/set/workers", [][2]string{{"conf/relay.ini", "[relay]\nworkers=8\n"}, {"docs/guide.md", "##### conf/relay.ini\n```ini\n[relay]\nworkers=6\n```\n"}}, "conflict"},
		{"docs/set/workers", [][2]string{{"conf/relay.ini", "[relay]\nworkers=8\n"}, {"docs/guide.md", "For example:\n\n```ini\n[relay]\nworkers=6\n```\n"}}, "unique,unique"},
		{"docs/set/workers", [][2]string{{"conf/relay.ini", "[relay]\nworkers=8\n"}, {"docs/guide.md", "##### conf/relay-dev.ini\n```ini\n[relay]\nworkers=6\n```\n"}}, "unique,unique"},
		// Defaults in a file's comments and in a table's descriptions.
		{"docs/set/flushms", [][2]string{{"conf/relay.ini", "[relay]\n; flush interval; default is 2000ms\nflushMs=2000\n"}, {"docs/relay.md", "### Settings of relay.ini\n\n| Name | Type | Description |\n|---|---|---|\n| flushMs | long | Flush interval, default 4000 milliseconds |\n"}}, "conflict"},
		{"docs/set/flushms", [][2]string{{"conf/relay.ini", "[relay]\n; flush interval; default is 4s\nflushMs=2000\n"}, {"docs/relay.md", "### Settings of relay.ini\n\n| Name | Type | Description |\n|---|---|---|\n| flushMs | long | Flush interval, default 4000 milliseconds |\n"}}, "agree,unique"},

		{"docs/count/file formats", [][2]string{{"README.md", "# Quill\n\nQuill supports over 20 file formats.\n"}, {"docs/intro.md", "# Quill\n\nQuill supports over 30 file formats.\n"}}, "conflict"},
		// A nested module's manifest is another module's.
		{"docs/requires/go", [][2]string{{"go.mod", "go 1.22\n"}, {"tools/go.mod", "go 1.23\n"}}, "unique"},
		{"docs/requires/go", [][2]string{{"go.mod", "go 1.22\n"}, {"README.md", "Needs Go 1.21 or later.\n"}, {"tools/go.mod", "go 1.21\n"}}, "conflict"},
		// A setting without a section joins the one section stating it,
		// and stays apart when two do.
		{"docs/set/timeout", [][2]string{{"conf/app.ini", "[server]\n; default is 30\ntimeout=30\n"}, {"docs/config.md", "# Configuration\n\n| Key | Default |\n|---|---|\n| timeout | 20 |\n"}}, "conflict"},
		{"docs/set/timeout", [][2]string{{"conf/app.ini", "[server]\ntimeout=30\n[client]\ntimeout=10\n"}, {"docs/config.md", "# Configuration\n\n| Key | Default |\n|---|---|\n| timeout | 20 |\n"}}, "unique,unique,unique"},
		{"docs/set/pollms", [][2]string{{"conf/a.ini", "[poll]\npollMs = 30000\n"}, {"docs/poll.md", "# poll\n\n`pollMs` defaults to 30s.\n"}}, "agree"},
		{"docs/platforms", [][2]string{{"README.md", "It runs on Linux and macOS.\n"}, {"docs/install.md", "Binaries are available for Linux, macOS and Windows.\n"}}, "conflict"},
		{"docs/requires/go", [][2]string{{"go.mod", "go 1.22\n"}, {"README.md", "# x\n"}, {"internal/y/README.md", "Needs Go 1.11 or later.\n"}}, "unique"},
		{"docs/license", [][2]string{{"pkgs/a/LICENSE", "MIT License\n"}, {"pkgs/b/package.json", `{"license": "ISC"}`}}, "unique"},
		{"docs/version", [][2]string{{"packages/a/package.json", `{"version": "1.0.0"}`}, {"packages/b/package.json", `{"version": "2.0.0"}`}}, "unique"},
		// A nested project's manifest and pages are the sub-project's.
		{"docs/license", [][2]string{{"LICENSE", "MIT License\n"}, {"package.json", `{"license": "MIT"}`}, {"tools/gen/pyproject.toml", "[project]\nlicense = \"BSD-3-Clause\"\n"}}, "agree"},
		{"docs/requires/python", [][2]string{{"package.json", `{}`}, {"tools/gen/pyproject.toml", "[project]\nrequires-python = \">=3.9\"\n"}, {"tools/gen/guide.md", "Needs Python 3.12 or later.\n"}}, "unique"},
		{"docs/set/webport", [][2]string{{"docker-compose.yml", "services:\n  web:\n    environment:\n      - WEB_PORT=${WEB_PORT:-7300}\n"}, {"docs/env.md", "| Variable | Default |\n|---|---|\n| `WEB_PORT` | `7400` |\n"}}, "conflict"},
		// A bare number is in the unit the setting's name gives.
		{"docs/set/cachehours", [][2]string{{"conf/a.ini", "[a]\n; default is 24\ncacheHours=24\n"}, {"docs/a.md", "`cacheHours` defaults to 24h.\n"}}, "agree"},
		{"docs/set/cachehours", [][2]string{{"conf/a.ini", "[a]\n; default is 24\ncacheHours=24\n"}, {"docs/a.md", "`cacheHours` defaults to 24m.\n"}}, "conflict"},
		{"docs/requires/java", [][2]string{{"README.md", "Requires Java 1.8 or later.\n"}, {"pom.xml", "<project>\n  <properties>\n    <java.version>8</java.version>\n  </properties>\n</project>\n"}}, "agree"},
		{"docs/requires/java", [][2]string{{"README.md", "Requires Java 11 or later.\n"}, {"build.gradle", "java {\n  toolchain {\n    languageVersion = JavaLanguageVersion.of(17)\n  }\n}\n"}}, "conflict"},
		{"docs/requires/ruby", [][2]string{{"README.md", "Ruby 3.1+ is needed.\n"}, {"Gemfile", "ruby '3.2.2'\n"}}, "agree"},
		{"docs/requires/dotnet", [][2]string{{"README.md", "Requires .NET 8 or later.\n"}, {"Lamp.csproj", "<TargetFramework>net6.0</TargetFramework>\n"}}, "conflict"},
		{"docs/port/web ui", [][2]string{{"README.md", "The web UI listens on port 3001.\n"}, {"docs/deploy.md", "| Service | Port |\n|---|---|\n| Web UI | 3000 |\n"}}, "conflict"},
		// Lists of versions confirm each other; a different list is no
		// conflict of its own.
		{"docs/versions/python", [][2]string{{"pyproject.toml", "[project]\nclassifiers = [\n  \"Programming Language :: Python :: 3.10\",\n  \"Programming Language :: Python :: 3.11\",\n  \"Programming Language :: Python :: 3.12\",\n]\n"},
			{".github/workflows/ci.yml", "jobs:\n  t:\n    strategy:\n      matrix:\n        python-version: [\"3.10\", \"3.11\", \"3.12\"]\n"}}, "agree"},
		{"docs/versions/python", [][2]string{{"README.md", "Supports Python 3.10, 3.11 and 3.12.\n"}, {"docs/ci.md", "Tested on Python 3.10, 3.12 and 3.13.\n"}}, "unique"},
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
	f.Add("<project>\n<version>1.0</version>\n<release>1.8</release>\n<TargetFrameworks>net6.0;;net</TargetFrameworks>\nruby '~> 3.1'\njvmToolchain(17)\n")
	f.Add("+--+--+\n| a | b |\n+==+==+\n| x | 1 |\n|   | 2\n+--+\n\n==  ===\nk   v\n==  ===\np   80\n==\n\n.. list-table::\n   :header-rows: 9\n\n   * - a\n     - b\n")
	f.Add("##### conf/a.ini\n```ini\n[s]\n; default is 5M\nk=1\n```\n| name | d |\n|---|---|\n| k | default is 3 |\n")
	paths := []string{"pyproject.toml", "Cargo.toml", "x.toml", ".github/workflows/ci.yml", "docker-compose.yml", "package.json",
		"composer.json", "tox.ini", "setup.cfg", "setup.py", "Dockerfile", ".nvmrc", ".tool-versions", "runtime.txt", "go.mod",
		"LICENSE", "CHANGELOG.md", "README.md", "docs/x.rst", "pom.xml", "build.gradle", "Gemfile", "x.gemspec", "x.csproj"}
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

// A conflict names a manifest as the source of truth for its data, not
// for a default one of its comments states.
func TestConflictSource(t *testing.T) {
	reason := func(key string, files ...[2]string) string {
		var cs []compare.Claim
		paths := map[string]string{}
		for i, f := range files {
			d := compare.NewDocument(f[0], []byte(f[1]))
			d.ID = fmt.Sprintf("d%d", i+1)
			paths[d.ID] = d.Path
			for _, c := range Extract(d) {
				if c.Key == key {
					cs = append(cs, c)
				}
			}
		}
		v := Verdict(compare.Alignment{Key: key, Claims: cs}, paths)
		if v.Outcome != compare.Conflict {
			t.Fatalf("verdict on %s = %s, want conflict", key, v.Outcome)
		}
		return v.Reason
	}
	data := reason("docs/set/workers", [2]string{"docs/guide.md", "##### conf/relay.ini\n```ini\n[relay]\nworkers=6\n```\n"}, [2]string{"conf/relay.ini", "[relay]\nworkers=8\n"})
	if !strings.Contains(data, "relay.ini, the source of truth) says \"8\"") {
		t.Errorf("reason %q does not name relay.ini's value as the source of truth", data)
	}
	comment := reason("docs/set/flushms", [2]string{"conf/relay.ini", "[relay]\n; default is 500\nflushMs=100\n"}, [2]string{"docs/relay.md", "| Name | Default |\n|---|---|\n| flushMs | 900 |\n"})
	if strings.Contains(comment, "source of truth") {
		t.Errorf("reason %q takes a comment's default for the source of truth", comment)
	}
}
