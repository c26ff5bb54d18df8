package report

import (
	"bytes"
	"context"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/compare"
)

func htmlOf(t *testing.T, what string, r *compare.Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, r, Options{}); err != nil {
		t.Fatalf("HTML(%s): %v", what, err)
	}
	return buf.String()
}

var (
	htmlScriptRE = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	htmlStyleRE  = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	htmlTagRE    = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)
	htmlAttrRE   = regexp.MustCompile(`\s([^\s=]+)(?:="([^"]*)")?`)
	htmlMarkRE   = regexp.MustCompile(`<mark[^>]*\sdata-alignment="([^"]*)"`)
	htmlTitleRE  = regexp.MustCompile(`<title>(.*?)</title>`)
	htmlCSPRE    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
)

// htmlTags are the elements report.tmpl writes; any other one came from
// a document.
var htmlTags = []string{"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "span",
	"main", "nav", "section", "details", "summary", "ol", "ul", "li", "a", "b", "div", "article", "mark", "script"}

// TestHTMLStatic reads the page of the hostile report as markup: the only
// tags are the template's, no attribute runs script or loads anything,
// the one script and style sheet are ours and the CSP names their hashes.
func TestHTMLStatic(t *testing.T) {
	page := htmlOf(t, "hostile report", hostileReport(t))

	scripts := htmlScriptRE.FindAllStringSubmatch(page, -1)
	if len(scripts) != 1 || scripts[0][1] != htmlJS {
		t.Fatalf("HTML(hostile report) has %d scripts, want exactly the embedded report.js", len(scripts))
	}
	styles := htmlStyleRE.FindAllStringSubmatch(page, -1)
	if len(styles) != 1 || styles[0][1] != htmlCSS {
		t.Fatalf("HTML(hostile report) has %d style elements, want exactly the embedded report.css", len(styles))
	}
	csp := htmlCSPRE.FindStringSubmatch(page)
	if csp == nil {
		t.Fatalf("HTML(hostile report) has no Content-Security-Policy meta element")
	}
	want := "default-src 'none'; script-src " + cspHash(scripts[0][1]) + "; style-src " + cspHash(styles[0][1]) +
		"; base-uri 'none'; form-action 'none'"
	if got := html.UnescapeString(csp[1]); got != want {
		t.Errorf("HTML(hostile report) CSP = %q, want %q", got, want)
	}
	for _, s := range []string{htmlJS, htmlCSS} {
		if strings.Contains(strings.ToLower(s), "</script") || strings.Contains(strings.ToLower(s), "</style") {
			t.Errorf("embedded asset closes its own element early")
		}
	}

	body := htmlScriptRE.ReplaceAllString(htmlStyleRE.ReplaceAllString(page, "<style></style>"), "<script></script>")
	if strings.Contains(body, "<!--") {
		t.Errorf("HTML(hostile report) contains a comment from a document")
	}
	for _, m := range htmlTagRE.FindAllStringSubmatch(body, -1) {
		tag := strings.ToLower(m[2])
		if !slices.Contains(htmlTags, tag) {
			t.Errorf("HTML(hostile report) has a <%s> the template does not write: %q", tag, m[0])
		}
		for _, a := range htmlAttrRE.FindAllStringSubmatch(m[3], -1) {
			name := strings.ToLower(a[1])
			switch {
			case strings.HasPrefix(name, "on"), name == "src", name == "style", name == "srcdoc", name == "action":
				t.Errorf("HTML(hostile report) has attribute %q in %q", name, m[0])
			case name == "href" && !strings.HasPrefix(a[2], "#"):
				t.Errorf("HTML(hostile report) links outside the page: %q", m[0])
			}
		}
	}
	// Escaped, the payloads are shown as text.
	if want := "&lt;img src=x onerror=&#34;var p=document.createElement(&#39;p&#39;)"; !strings.Contains(page, want) {
		t.Errorf("HTML(hostile report) does not show the img payload as text %q", want)
	}
}

func TestHTMLMarks(t *testing.T) {
	r, _ := fixture(t)
	page := htmlOf(t, "fixture", r)
	got := map[string]int{}
	for _, m := range htmlMarkRE.FindAllStringSubmatch(page, -1) {
		for _, id := range strings.Fields(m[1]) {
			got[id]++
		}
	}
	for _, a := range r.Alignments {
		if got[a.ID] < len(a.Claims) {
			t.Errorf("HTML(fixture) has %d marks for alignment %s, want at least %d (one per claim)", got[a.ID], a.ID, len(a.Claims))
		}
	}
	// d1's "Skerry Point" and "on Tuesday evening" are two alignments'
	// evidence in one sentence; overlapping spans cut marks, never nest.
	if strings.Contains(page, "<mark") && regexp.MustCompile(`<mark[^>]*>[^<]*<mark`).MatchString(page) {
		t.Errorf("HTML(fixture) nests marks")
	}
}

// chromium returns the path of a Chromium binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "/usr/bin/chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not found in PATH or /usr/bin/chromium (Debian: apt-get install chromium); skipping the browser test")
	return ""
}

// runChromium loads file in headless Chromium with a fresh profile and
// no network chatter, and returns what it wrote to standard output.
func runChromium(t *testing.T, bin, file string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+file)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return stdout.String()
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestHTMLInChromium loads the hostile report's page in headless Chromium
// and reads the DOM after scripts ran: our script ran (the CSP hash is
// right), every alignment has marks, and no payload ran. A control page
// with the same payloads unescaped shows that the check can see them run.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	pwned := func(dom string) bool {
		title := htmlTitleRE.FindStringSubmatch(dom)
		return strings.Contains(dom, `id="pwned"`) || (title != nil && strings.Contains(title[1], "pwned"))
	}

	control := "<!DOCTYPE html><html><head><title>control</title></head><body>" +
		payloadImg + payloadScript + "</body></html>"
	if dom := runChromium(t, bin, writeTemp(t, "control.html", control), "--dump-dom"); !pwned(dom) {
		t.Fatalf("control page: unescaped payloads did not run in Chromium, so the check below proves nothing:\n%s", dom)
	}

	r := hostileReport(t)
	dom := runChromium(t, bin, writeTemp(t, "hostile.html", htmlOf(t, "hostile report", r)), "--dump-dom")
	if pwned(dom) {
		t.Errorf("HTML(hostile report): a payload ran in Chromium")
	}
	if !strings.Contains(dom, `data-ready="yes"`) {
		t.Errorf("HTML(hostile report): report.js did not run in Chromium (CSP hash wrong?)")
	}
	marks := map[string]int{}
	active := 0
	for _, m := range regexp.MustCompile(`<mark([^>]*)>`).FindAllStringSubmatch(dom, -1) {
		if a := regexp.MustCompile(`data-alignment="([^"]*)"`).FindStringSubmatch(m[1]); a != nil {
			for _, id := range strings.Fields(a[1]) {
				marks[id]++
			}
		}
		if strings.Contains(m[1], "active") {
			active++
		}
	}
	for _, a := range r.Alignments {
		if marks[a.ID] == 0 {
			t.Errorf("HTML(hostile report) in Chromium: no highlighted span for alignment %s", a.ID)
		}
	}
	// The script selects the first conflict on load.
	if active == 0 {
		t.Errorf("HTML(hostile report) in Chromium: no mark was made active by the script")
	}
}

func TestHTMLScreenshot(t *testing.T) {
	bin := chromium(t)
	if testing.Short() {
		t.Skip("screenshot skipped in -short mode")
	}
	fix, _ := fixture(t)
	page := writeTemp(t, "ferry.html", htmlOf(t, "fixture", fix))
	shot := filepath.Join(t.TempDir(), "ferry.png")
	runChromium(t, bin, page, "--hide-scrollbars", "--window-size=1280,800", "--screenshot="+shot)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("chromium --screenshot wrote no file: %v", err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 10_000 {
		t.Errorf("chromium --screenshot wrote %d bytes that are not a plausible PNG", len(png))
	}
}
