package docs

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// fileKind says how a document is read.
type fileKind int

const (
	prose     fileKind = iota // Markdown, MDX, plain text, HTML
	rst                       // reStructuredText
	changelog                 // a changelog or release notes: history
	license                   // a LICENSE or COPYING file
	gomod
	packageJSON
	toml         // pyproject.toml, Cargo.toml and other TOML
	ini          // INI, tox.ini, setup.cfg, .properties, .conf
	yaml         // YAML: config, compose files, CI workflows
	docker       // Dockerfile
	pinFile      // .nvmrc, .python-version, .tool-versions
	jsonFile     // other JSON
	setupPy      // setup.py, read for its keyword arguments
	composerJSON // composer.json
	pomXML       // Maven's pom.xml
	gradle       // build.gradle, build.gradle.kts
	rubyFile     // Gemfile, *.gemspec
	csproj       // .csproj, .fsproj, .vbproj
)

// baseName returns the file name of path; a name flattened from a
// repository path with "__" for "/" ("docs__index.md") counts by its last
// part, as copies of single files often are named that way.
func baseName(path string) string {
	b := filepath.Base(filepath.ToSlash(path))
	if i := strings.LastIndex(b, "__"); i >= 0 && i+2 < len(b) {
		b = b[i+2:]
	}
	return b
}

var (
	changelogName = regexp.MustCompile(`(?i)^(changelog|changes|history|news|releases?|release[-_ ]?notes)([-_.].*)?$`)
	licenseName   = regexp.MustCompile(`(?i)^(licen[cs]e|copying)([-_.].*)?$`)
)

// kindOf tells how the file at path is read, from its name.
func kindOf(path string) fileKind {
	b := baseName(path)
	lower := strings.ToLower(b)
	switch {
	case lower == "go.mod":
		return gomod
	case lower == "package.json":
		return packageJSON
	case lower == ".nvmrc" || lower == ".node-version" || lower == ".python-version" ||
		lower == ".ruby-version" || lower == ".tool-versions" || lower == "rust-toolchain" || lower == ".go-version":
		return pinFile
	case lower == "setup.py":
		return setupPy
	case lower == "composer.json":
		return composerJSON
	case lower == "runtime.txt":
		return pinFile
	case lower == "pom.xml":
		return pomXML
	case lower == "build.gradle" || lower == "build.gradle.kts":
		return gradle
	case lower == "gemfile" || strings.HasSuffix(lower, ".gemspec"):
		return rubyFile
	case strings.HasSuffix(lower, ".csproj") || strings.HasSuffix(lower, ".fsproj") || strings.HasSuffix(lower, ".vbproj"):
		return csproj
	case lower == "dockerfile" || strings.HasPrefix(lower, "dockerfile.") || strings.HasSuffix(lower, ".dockerfile"):
		return docker
	case changelogName.MatchString(lower) && !strings.HasSuffix(lower, ".json") && !strings.HasSuffix(lower, ".yml"):
		return changelog
	case licenseName.MatchString(lower):
		return license
	}
	switch filepath.Ext(lower) {
	case ".rst":
		return rst
	case ".toml":
		return toml
	case ".ini", ".cfg", ".conf", ".properties", ".env":
		return ini
	case ".yml", ".yaml":
		return yaml
	case ".json":
		return jsonFile
	}
	return prose
}

// IsManifest reports whether path names a file that states a project's
// facts as data (a manifest, a configuration or CI file, a Dockerfile)
// rather than as prose.
func IsManifest(path string) bool {
	switch kindOf(path) {
	case gomod, packageJSON, toml, ini, yaml, docker, pinFile, license, setupPy, composerJSON, pomXML, gradle, rubyFile, csproj:
		return true
	}
	return false
}

// isProjectProse reports whether path names one of the prose files every
// project has.
func isProjectProse(path string) bool {
	switch k := kindOf(path); k {
	case changelog, rst:
		return true
	}
	stem := strings.ToLower(strings.TrimSuffix(baseName(path), filepath.Ext(path)))
	switch stem {
	case "readme", "contributing", "install", "installation", "faq", "security", "getting-started", "quickstart":
		return true
	}
	return false
}

// IsProject reports whether paths are a software project's documents:
// one of them is a manifest or a file every project has (a README, a
// changelog, an rST page).
func IsProject(paths []string) bool {
	for _, p := range paths {
		if IsManifest(p) || isProjectProse(p) {
			return true
		}
	}
	return false
}

// LooksTechnical reports whether documents read as a project's rather
// than as articles: a path names a manifest, or at least half of them are
// a README or a Markdown or rST page with a code block. A folder's name
// decides nothing: articles are often kept in a docs/ folder.
func LooksTechnical(ds []*compare.Document) bool {
	technical := 0
	for _, d := range ds {
		if IsManifest(d.Path) {
			return true
		}
		if isProjectProse(d.Path) || hasCodeBlock(d) {
			technical++
		}
	}
	// A README or a page with code among many articles (a folder of
	// news with its README) leaves them articles: most inputs decide.
	return technical > 0 && 2*technical >= len(ds)
}

// hasCodeBlock reports whether a Markdown or rST page holds a code block.
func hasCodeBlock(d *compare.Document) bool {
	switch kindOf(d.Path) {
	case prose, rst:
	default:
		return false
	}
	switch strings.ToLower(filepath.Ext(d.Path)) {
	case ".md", ".mdx", ".markdown", ".rst":
		return bytes.Contains(d.Text, []byte("\n```")) || bytes.Contains(d.Text, []byte("\n.. code")) || bytes.HasPrefix(d.Text, []byte("```"))
	}
	return false
}
