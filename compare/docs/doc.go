// Package docs reads the facts a software project's documents state
// (README, docs pages, changelogs) and its manifests (go.mod, package.json,
// pyproject.toml, Cargo.toml, pom.xml, build.gradle, Gemfile, .csproj,
// .nvmrc, CI matrices, INI and YAML settings, Dockerfiles), so that
// claimdiff can check that they agree.
//
// A fact is an ordinary compare.Claim whose Key starts with "docs/":
//
//	docs/requires/<tool>      the least version of a tool ("Node.js 18+")
//	docs/requires-max/<tool>  the newest version named (a range's top, a CI matrix's last)
//	docs/versions/<tool>      a list of three or more versions (a CI matrix, classifiers), in passing
//	docs/version              the project's current release
//	docs/license              the licence, as SPDX identifiers
//	docs/env/<name>/<role>    an environment variable ("SPARQL_ENDPOINT_USERNAME")
//	docs/set/<setting>        a setting's value (a port, a timeout) with its subject, as a
//	                          stated default or as configured in a file (never compared)
//	docs/port/<subject>       a port named in prose or a URL
//	docs/supports/<platform>  yes or no
//	docs/platforms            the set of platforms supported or shipped
//	docs/feature/<name>       an optional feature exists (yes or no)
//	docs/count/<things>       how many of something the project has
//	docs/url/<site>           where the code or the documentation lives
//	docs/package/<ecosystem>  the name the package is installed under
//	docs/command/<program>    a command a manifest declares and pages show
//	docs/is/<name>            what the project says it is ("a diff tool")
//
// A fact stated only in passing (a link, a changelog entry, a CI matrix's
// oldest version, a variable named in prose) is marked weak: it confirms
// an agreement but never starts a conflict. History is not drift: of a
// changelog only the newest statement of each fact is kept, and a
// sentence marked as past ("was 14", "previously") states nothing.
//
// Extract reads one document; Group and Verdict are what alignment and
// judgement call for these keys. Manifest facts carry the manifest's file
// name in Attribution, so that a conflict names the source of truth.
//
//	cs := docs.Extract(d) // d from ingest
package docs
