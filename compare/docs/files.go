package docs

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// skipDirs are folders whose files are not the project's own documents:
// version control, dependencies, build output, caches and test fixtures.
var skipDirs = map[string]bool{
	".git": true, ".hg": true, ".svn": true, "node_modules": true, "vendor": true, "third_party": true,
	"build": true, "dist": true, "target": true, "out": true, "_build": true, "site": true, "_site": true,
	".venv": true, "venv": true, "__pycache__": true, ".tox": true, ".nox": true, ".next": true, ".nuxt": true,
	".cache": true, "coverage": true, "testdata": true, "fixtures": true, "bower_components": true, ".docusaurus": true,
}

// docExts are the prose formats read in a project folder.
var docExts = map[string]bool{".md": true, ".markdown": true, ".mdx": true, ".rst": true}

// IsProjectFile reports whether rel (a path inside a project, with "/")
// is a document or manifest that docs mode reads: Markdown, MDX and rST
// pages, manifests, version pins, Dockerfiles, compose files, CI
// workflows, INI-style configuration and licence files.
func IsProjectFile(rel string) bool {
	rel = filepath.ToSlash(rel)
	base := filepath.Base(rel)
	lower := strings.ToLower(base)
	ext := strings.ToLower(filepath.Ext(base))
	switch {
	case docExts[ext] || isProjectProse(rel) && (ext == "" || ext == ".txt"):
		return true
	case strings.HasPrefix(rel, ".github/workflows/") && (ext == ".yml" || ext == ".yaml"):
		return true
	case strings.Contains(lower, "compose") && (ext == ".yml" || ext == ".yaml"):
		return true
	case lower == "pyproject.toml" || lower == "cargo.toml" || lower == "setup.cfg" || lower == "tox.ini":
		return true
	case ext == ".ini" || ext == ".properties" || ext == ".conf":
		return true
	}
	switch kindOf(rel) {
	case gomod, packageJSON, pinFile, docker, license, changelog, setupPy, composerJSON, pomXML, gradle, rubyFile, csproj:
		return true
	}
	return false
}

// Files returns the project files under root that docs mode reads, sorted,
// skipping vendored, generated and hidden folders (but for .github). It
// follows no symbolic link.
func Files(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() {
			if p != root && (skipDirs[name] || strings.HasPrefix(name, ".") && name != ".github" && name != ".github/workflows") {
				return filepath.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if IsProjectFile(rel) {
			out = append(out, p)
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}

// projectMarkers are files whose presence at a folder's top makes it a
// software project.
var projectMarkers = []string{"go.mod", "package.json", "pyproject.toml", "Cargo.toml", "setup.py", "setup.cfg", "pom.xml",
	"build.gradle", "build.gradle.kts", "Gemfile", ".git"}

// IsProjectFolder reports whether dir is a software project's folder: it
// holds a manifest or a .git at its top.
func IsProjectFolder(dir string) bool {
	for _, m := range projectMarkers {
		if _, err := os.Lstat(filepath.Join(dir, m)); err == nil {
			return true
		}
	}
	return false
}

// Expand replaces each folder among paths by its project files (Files);
// other paths stay as they are. A folder holding no project file is kept,
// for the reader to report.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if p == "-" || err != nil || !st.IsDir() {
			out = append(out, p)
			continue
		}
		fs, err := Files(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		if len(fs) == 0 {
			out = append(out, p)
		}
		out = append(out, fs...)
	}
	return out, nil
}
