package docs

import (
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/version"
)

// Build files of the JVM, Ruby and .NET ecosystems state the runtime a
// project needs as plainly as go.mod or package.json do: Maven's compiler
// release, Gradle's toolchain, the Gemfile's ruby line, a .csproj's target
// framework. They are read line by line for those few facts: a build file
// is code, and the rest of it states nothing a page repeats.

var (
	// pom.xml: <maven.compiler.release>17</...>, <java.version>, and the
	// plugin form <release>17</release>.
	pomJava    = regexp.MustCompile(`<(maven\.compiler\.release|maven\.compiler\.source|java\.version|release|source)>\s*(\d+(?:\.\d+)?)\s*</`)
	pomVersion = regexp.MustCompile(`^\s*<version>\s*(\d+(?:\.\d+){1,3}[^<\s]*)\s*</version>`)
	// build.gradle(.kts): sourceCompatibility = JavaVersion.VERSION_17 or
	// '17' or 1.8; JavaLanguageVersion.of(17); jvmToolchain(17).
	gradleJava = regexp.MustCompile(`(?:sourceCompatibility|targetCompatibility|release)\s*(?:=|\.set\()\s*(?:JavaVersion\.VERSION_|["'])?(\d+(?:[._]\d+)?)|JavaLanguageVersion\.of\(\s*["']?(\d+)|jvmToolchain\(\s*(\d+)`)
	gradleVer  = regexp.MustCompile(`^version\s*=\s*["'](\d+(?:\.\d+){1,3}[^"']*)["']`)
	// Gemfile: ruby "3.2.0" or ruby ">= 3.1"; a gemspec's
	// required_ruby_version = ">= 3.0".
	gemRuby     = regexp.MustCompile(`^\s*ruby\s+["']([^"']+)["']`)
	gemspecRuby = regexp.MustCompile(`\.required_ruby_version\s*=\s*["']([^"']+)["']`)
	// .csproj: <TargetFramework>net8.0</TargetFramework>, or several
	// separated by ";" in <TargetFrameworks>.
	csprojTarget = regexp.MustCompile(`<TargetFrameworks?>([^<]+)</TargetFrameworks?>`)
	dotnetTarget = regexp.MustCompile(`^net(\d+\.\d+)$|^netcoreapp(\d+\.\d+)$`)
)

// javaVersion reads Gradle's VERSION_1_8 as 1.8 (addRequirement then
// writes it as 8).
func javaVersion(s string) string { return strings.ReplaceAll(s, "_", ".") }

// pomXML reads a Maven pom.xml: the Java release it compiles for, and the
// project's version (the first <version> at two levels of indentation or
// less, which is the project's own rather than a dependency's).
func (r *reader) pomXML() {
	depth := 0
	versionDone := false
	for _, l := range r.ls {
		t := strings.TrimSpace(l.text)
		if m := pomJava.FindStringSubmatchIndex(l.text); m != nil {
			v := javaVersion(l.text[m[4]:m[5]])
			if c, err := version.ParseConstraint(">=" + v); err == nil {
				r.addRequirement("java", c, t, span(l.span.Start, m[4], m[5]), false)
			}
		}
		if strings.HasPrefix(t, "<parent>") || strings.HasPrefix(t, "<dependencies>") || strings.HasPrefix(t, "<build>") ||
			strings.HasPrefix(t, "<dependencyManagement>") || strings.HasPrefix(t, "<plugins>") || strings.HasPrefix(t, "<profiles>") {
			depth++
		}
		if strings.HasPrefix(t, "</parent>") || strings.HasPrefix(t, "</dependencies>") || strings.HasPrefix(t, "</build>") ||
			strings.HasPrefix(t, "</dependencyManagement>") || strings.HasPrefix(t, "</plugins>") || strings.HasPrefix(t, "</profiles>") {
			depth--
		}
		if m := pomVersion.FindStringSubmatchIndex(l.text); m != nil && depth == 0 && !versionDone {
			versionDone = true
			r.addVersion(l.text[m[2]:m[3]], span(l.span.Start, m[2], m[3]))
		}
		// Its <scm> and <url> name the repository; its other upper-case
		// words are Maven properties, not environment variables.
		r.urls(l.text, l.span.Start)
	}
}

// gradle reads build.gradle and build.gradle.kts: the Java version, and
// the project's version when set at the top.
func (r *reader) gradle() {
	for _, l := range r.ls {
		for _, m := range gradleJava.FindAllStringSubmatchIndex(l.text, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] < 0 {
					continue
				}
				v := javaVersion(l.text[m[g]:m[g+1]])
				if c, err := version.ParseConstraint(">=" + v); err == nil {
					r.addRequirement("java", c, strings.TrimSpace(l.text), span(l.span.Start, m[g], m[g+1]), false)
				}
				break
			}
		}
		if m := gradleVer.FindStringSubmatchIndex(l.text); m != nil {
			r.addVersion(l.text[m[2]:m[3]], span(l.span.Start, m[2], m[3]))
		}
	}
}

// rubyFile reads a Gemfile's ruby line (a pin, or a constraint) and a
// gemspec's required_ruby_version.
func (r *reader) rubyFile() {
	for _, l := range r.ls {
		m := gemRuby.FindStringSubmatchIndex(l.text)
		if m == nil {
			m = gemspecRuby.FindStringSubmatchIndex(l.text)
		}
		if m == nil {
			continue
		}
		raw := strings.TrimSpace(l.text[m[2]:m[3]])
		expr := raw
		if expr != "" && expr[0] >= '0' && expr[0] <= '9' {
			expr = "==" + expr // a bare version in a Gemfile is the one to use
		}
		expr = strings.Replace(expr, "~>", "~=", 1)
		if c, err := version.ParseConstraint(expr); err == nil {
			r.addRequirement("ruby", c, strings.TrimSpace(l.text), span(l.span.Start, m[2], m[3]), false)
		}
	}
}

// csproj reads a .NET project file's target frameworks: the oldest is
// the least .NET it runs on; the newest is named in passing, as a newer
// runtime runs it too.
func (r *reader) csproj() {
	for _, l := range r.ls {
		m := csprojTarget.FindStringSubmatchIndex(l.text)
		if m == nil {
			continue
		}
		var vs []version.Version
		for _, f := range strings.Split(l.text[m[2]:m[3]], ";") {
			t := dotnetTarget.FindStringSubmatch(strings.TrimSpace(strings.ToLower(f)))
			if t == nil {
				continue // netstandard2.0, net48: not a runtime floor
			}
			s := t[1] + t[2]
			if v, err := version.Parse(s); err == nil {
				vs = append(vs, v)
			}
		}
		ev := compare.Span{Start: l.span.Start + m[2], End: l.span.Start + m[3]}
		r.addVersionSet("dotnet", vs, strings.TrimSpace(l.text), ev, false, true)
	}
}
