package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// The wire types below are the part of SARIF 2.1.0 (OASIS Standard, with
// Errata 01) that claimdiff writes; section numbers refer to that
// specification. They are private and small: a SARIF library would bring
// its own dependencies (go-sarif v3 needs go-cty, gojsonschema and uuid)
// and pointer-heavy builders for the dozen fields used here.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// fingerprintName versions the partialFingerprints key (§3.27.17):
	// change it if the hashed fields ever change.
	fingerprintName = "claimdiff/conflict/v1"
	// srcRoot is the URI base of files inside the repository, the name
	// GitHub code scanning and most SARIF tools know.
	srcRoot        = "%SRCROOT%"
	informationURI = "https://github.com/claimdiff/claimdiff"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool sarifTool `json:"tool"`
	// OriginalURIBaseIDs (§3.14.14) names %SRCROOT%, the base of relative
	// URIs, without its absolute path: the log stays the same on every
	// machine, and code scanning takes the checkout for it.
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	// ColumnKind (§3.14.17) is written out, so that no reader has to
	// guess what a column counts: Unicode code points, as runePosition
	// computes them.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"` // §3.19.13
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

// sarifRule is a reportingDescriptor (§3.49).
type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

// sarifText is a message (§3.11) or multiformatMessageString (§3.12):
// plain text only, so no reader renders an article's words as Markdown.
type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"` // §3.28.2: only on related locations
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          sarifText             `json:"message"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	// Region is left out for text extracted from HTML: its lines are not
	// the file's (§3.29.3 makes it optional).
	Region *sarifRegion `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI         string     `json:"uri,omitempty"`
	URIBaseID   string     `json:"uriBaseId,omitempty"` // §3.4.4
	Description *sarifText `json:"description,omitempty"`
}

// sarifRegion is a text region (§3.30.2) given twice: by lines and
// columns for people, by bytes (§3.30.9, §3.30.10) for exact tools.
type sarifRegion struct {
	StartLine   int       `json:"startLine"`
	StartColumn int       `json:"startColumn"`
	EndLine     int       `json:"endLine"`
	EndColumn   int       `json:"endColumn"`
	ByteOffset  int       `json:"byteOffset"`
	ByteLength  int       `json:"byteLength"`
	Snippet     sarifText `json:"snippet"`
}

// conflictRules has one rule per kind of claim, indexed by compare.Kind.
var conflictRules = []sarifRule{
	rule("time-conflict", "TimeConflict", "Documents give different times for the same event.",
		"Two or more documents date the same event differently, and the times do not overlap once each is resolved against its document's publication date."),
	rule("quantity-conflict", "QuantityConflict", "Documents give different numbers for the same count or measure.",
		"Two or more documents give numbers for the same count or measure that cannot all be true: the values or ranges do not overlap."),
	rule("name-conflict", "NameConflict", "Documents name different people, places or organisations for the same role.",
		"Two or more documents name different people, places or organisations for the same role, and the names are not known spellings of one another."),
	rule("polarity-conflict", "PolarityConflict", "One document says something happened, another that it did not.",
		"Two or more documents disagree on whether the same thing happened: one asserts it, another negates or denies it."),
}

func rule(id, name, short, full string) sarifRule {
	return sarifRule{
		ID: id, Name: name,
		ShortDescription: sarifText{short},
		FullDescription:  sarifText{full},
		Help: sarifText{full + " Read the evidence sentences at each location: " +
			"check which source is right, whether the documents were published at different times, " +
			"or whether they speak of different events; then correct the text or record the conflict in a baseline."},
		DefaultConfiguration: sarifRuleConfig{Level: "error"},
	}
}

// SARIF writes r as a SARIF 2.1.0 log with one run. Each conflict is a
// result of level error whose rule is named by the kind of its claims
// (time-conflict, quantity-conflict, name-conflict, polarity-conflict);
// agreements and unique claims are not results. The first claim's
// evidence is the result's location, the other claims' evidence its
// related locations, each with the document's path as a relative URI and
// a region whose columns count Unicode code points.
//
// partialFingerprints hold a hash of the alignment's key and each
// document's path and value, not of lines, so that a result keeps its
// identity when text elsewhere in a file moves it.
func SARIF(w io.Writer, r *compare.Report, opt Options) error {
	ix := indexDocs(r.Documents)
	if err := checkAll(ix, r); err != nil {
		return fmt.Errorf("sarif report: %w", err)
	}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "claimdiff", Version: opt.Version,
			InformationURI: informationURI, Rules: conflictRules}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	for i := range r.Alignments {
		a := &r.Alignments[i]
		if !disagree(a) || len(a.Claims) == 0 {
			continue
		}
		k := int(a.Kind)
		if k < 0 || k >= len(conflictRules) {
			return fmt.Errorf("sarif report: alignment %s: unknown kind %d", a.ID, k)
		}
		res := sarifResult{
			RuleID:              conflictRules[k].ID,
			RuleIndex:           k,
			Level:               level(a.Verdict.Confidence),
			Message:             sarifText{conflictMessage(a)},
			PartialFingerprints: map[string]string{fingerprintName: fingerprint(ix, a)},
		}
		for j := range a.Claims {
			c := &a.Claims[j]
			loc := sarifLoc(ix[c.Doc], c, opt.SourceRoot)
			if loc.PhysicalLocation.ArtifactLocation.URIBaseID == srcRoot {
				run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {
					Description: &sarifText{"The root of the repository (the folder holding .git) or, outside one, the folder claimdiff ran in."}}}
			}
			if j == 0 {
				res.Locations = []sarifLocation{loc}
				continue
			}
			id := j
			loc.ID = &id
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		run.Results = append(run.Results, res)
	}
	return writeJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// conflictMessage is the question and the judge's reason, or the values
// when the judge gave none.
func conflictMessage(a *compare.Alignment) string {
	reason := a.Verdict.Reason
	if reason == "" {
		vs := make([]string, len(a.Claims))
		for i := range a.Claims {
			vs[i] = a.Claims[i].Doc + " says " + value(&a.Claims[i])
		}
		reason = strings.Join(vs, ", ") + "."
	}
	msg := a.Question + " " + reason
	if len(a.Verdict.Qualifiers) > 0 {
		msg += " (" + strings.Join(a.Verdict.Qualifiers, "; ") + ")"
	}
	return msg
}

func sarifLoc(d *compare.Document, c *compare.Claim, root string) sarifLocation {
	p := runePosition(d, c.Evidence)
	al := artifactLocation(d.Path, root)
	loc := sarifLocation{
		PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: al},
		Message:          sarifText{claimSays(c)},
	}
	if d.TextFrom == "html" {
		loc.Message.Text += ": " + d.Slice(c.Evidence)
		return loc
	}
	loc.PhysicalLocation.Region = &sarifRegion{
		StartLine: p.Line, StartColumn: p.Col, EndLine: p.EndLine, EndColumn: p.EndCol,
		ByteOffset: c.Evidence.Start, ByteLength: c.Evidence.Len(),
		Snippet: sarifText{d.Slice(c.Evidence)},
	}
	return loc
}

// claimSays is "d1 says 40 (reported, according to the harbour master)".
func claimSays(c *compare.Claim) string { return c.Doc + " says " + valueNotes(c) }

// claimNotes says what makes a claim less than a plain assertion:
// "negative", its modality, "according to X".
func claimNotes(c *compare.Claim) []string {
	var notes []string
	if c.Polarity != compare.Positive {
		notes = append(notes, c.Polarity.String())
	}
	if c.Modality != compare.Asserted {
		notes = append(notes, c.Modality.String())
	}
	if c.Attribution != "" {
		notes = append(notes, "according to "+c.Attribution)
	}
	return notes
}

// valueNotes is the claim's value and, in parentheses, what makes it less
// than a plain assertion, as the text report writes it.
func valueNotes(c *compare.Claim) string {
	s := value(c)
	if notes := claimNotes(c); len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	return s
}

// artifactLocation names the file at path (as typed, from the working
// folder): relative to %SRCROOT% when it lies inside root (the
// repository's root, from the working folder), else by a file URI.
// Standard input is "stdin", with no base and a description: GitHub
// code scanning rejects a location without a URI, and "-" says nothing.
func artifactLocation(path, root string) sarifArtifactLocation {
	if path == "-" {
		return sarifArtifactLocation{URI: "stdin", Description: &sarifText{"standard input"}}
	}
	if filepath.IsAbs(path) {
		return sarifArtifactLocation{URI: pathURI(path)}
	}
	if root == "" {
		root = "."
	}
	rel, err := filepath.Rel(root, path)
	if err != nil { // "x.txt" from "..": only absolute paths tell
		absRoot, err1 := filepath.Abs(root)
		absPath, err2 := filepath.Abs(path)
		if err1 == nil && err2 == nil {
			rel, err = filepath.Rel(absRoot, absPath)
		}
	}
	if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return sarifArtifactLocation{URI: pathURI(rel), URIBaseID: srcRoot}
	}
	if abs, err := filepath.Abs(path); err == nil {
		return sarifArtifactLocation{URI: pathURI(abs)}
	}
	return sarifArtifactLocation{URI: pathURI(path)}
}

// pathURI turns a path as typed into a URI reference (RFC 3986 §4.1):
// relative paths stay relative, with forward slashes and percent-escapes
// for spaces and the like; absolute paths become file URIs.
func pathURI(p string) string {
	slashed := filepath.ToSlash(p)
	if filepath.IsAbs(p) {
		if !strings.HasPrefix(slashed, "/") { // a Windows drive letter
			slashed = "/" + slashed
		}
		return (&url.URL{Scheme: "file", Path: slashed}).String()
	}
	// url.URL writes "./" before a first segment holding a colon, so
	// that "a:b.txt" is not read as a scheme.
	return (&url.URL{Path: slashed}).String()
}

// fingerprint hashes what makes a conflict this conflict: its key and
// each document's path and value, sorted, never a line or an offset.
func fingerprint(ix docIndex, a *compare.Alignment) string {
	parts := make([]string, 0, len(a.Claims))
	for i := range a.Claims {
		c := &a.Claims[i]
		parts = append(parts, ix[c.Doc].Path+"\x1f"+c.Value)
	}
	slices.Sort(parts)
	parts = slices.Compact(parts)
	h := sha256.Sum256([]byte(a.Key + "\x1e" + strings.Join(parts, "\x1e")))
	return hex.EncodeToString(h[:16])
}
