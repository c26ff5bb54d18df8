// Package retell builds benchmark corpora from real wire stories: each
// article retells a source story the way another outlet would, with the
// same headline and dateline (the date sometimes a day or two later), a
// leading share of its paragraphs, and some figures, names and dates
// changed. Several articles retell each story, so claims overlap as in a
// day of real coverage, agreeing mostly and conflicting sometimes. A seed
// fixes every choice, so a benchmark reads the same bytes on every run.
package retell

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Write writes n articles retold from the stories (.txt) in src into the
// folder out, which it creates and which must not exist, as 00000.txt,
// 00001.txt… It returns the number of bytes written.
func Write(n int, seed uint64, src, out string) (int64, error) {
	files, err := filepath.Glob(filepath.Join(src, "*.txt"))
	if err != nil || len(files) == 0 {
		return 0, fmt.Errorf("retell: no .txt stories in %s", src)
	}
	slices.Sort(files)
	stories := make([]story, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return 0, fmt.Errorf("retell: %w", err)
		}
		if s, ok := parseStory(string(data)); ok {
			stories = append(stories, s)
		}
	}
	if len(stories) == 0 {
		return 0, fmt.Errorf("retell: no story with a headline, dateline and body in %s", src)
	}
	if err := os.Mkdir(out, 0o755); err != nil {
		return 0, fmt.Errorf("retell: %w", err)
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pool := namePool(stories)
	var size int64
	for i := range n {
		text := retell(rng, stories[rng.IntN(len(stories))], pool)
		size += int64(len(text))
		if err := os.WriteFile(filepath.Join(out, fmt.Sprintf("%05d.txt", i)), []byte(text), 0o644); err != nil {
			return size, fmt.Errorf("retell: %w", err)
		}
	}
	return size, nil
}

// story is a source article: headline, dateline and body paragraphs.
type story struct {
	title, dateline string
	paras           []string
}

func parseStory(text string) (story, bool) {
	blocks := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n")
	head := strings.SplitN(strings.TrimSpace(blocks[0]), "\n", 2)
	if len(head) < 2 || len(blocks) < 2 {
		return story{}, false
	}
	s := story{title: head[0], dateline: head[1]}
	for _, b := range blocks[1:] {
		if b = strings.TrimSpace(b); b != "" {
			s.paras = append(s.paras, b)
		}
	}
	return s, len(s.paras) > 0
}

var (
	datelineDate = regexp.MustCompile(`([A-Z][a-z]{2})(\.?) (\d{1,2}), (\d{4})`)
	number       = regexp.MustCompile(`\b\d{1,3}(,\d{3})*(\.\d+)?\b`)
	capitalised  = regexp.MustCompile(`\b[A-Z][a-z]{4,}\b`)
	weekday      = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
)

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// retell writes one article from s.
func retell(rng *rand.Rand, s story, pool []string) string {
	var b bytes.Buffer
	b.WriteString(s.title)
	b.WriteByte('\n')
	b.WriteString(laterDateline(rng, s.dateline))
	b.WriteString("\n\n")
	// Half the retellings keep the whole story, the others its lead and
	// half or more of the rest: wire copy is cut from the bottom.
	keep := len(s.paras)
	if rng.IntN(2) == 0 {
		keep = max(1, (keep*(50+rng.IntN(51))+50)/100)
	}
	body := strings.Join(s.paras[:keep], "\n\n")
	body = number.ReplaceAllStringFunc(body, func(x string) string { return varyNumber(rng, x) })
	if rng.IntN(4) == 0 {
		body = weekday.ReplaceAllStringFunc(body, func(string) string { return weekdays[rng.IntN(7)] })
	}
	if rng.IntN(3) == 0 {
		body = varyName(rng, body, pool)
	}
	b.WriteString(body)
	b.WriteByte('\n')
	return b.String()
}

// laterDateline moves the date of a dateline by zero to two days, as a
// later report of the same event would carry.
func laterDateline(rng *rand.Rand, line string) string {
	days := []int{0, 0, 0, 1, 2}[rng.IntN(5)]
	return datelineDate.ReplaceAllStringFunc(line, func(x string) string {
		m := datelineDate.FindStringSubmatch(x)
		t, err := time.Parse("Jan 2 2006", m[1]+" "+m[3]+" "+m[4])
		if err != nil {
			return x
		}
		t = t.AddDate(0, 0, days)
		return fmt.Sprintf("%s%s %d, %d", t.Format("Jan"), m[2], t.Day(), t.Year())
	})
}

// varyNumber changes one figure in eight by a little, as a later or
// another count would; years stay.
func varyNumber(rng *rand.Rand, x string) string {
	if rng.IntN(8) != 0 || strings.ContainsAny(x, ".") {
		return x
	}
	v, err := strconv.Atoi(strings.ReplaceAll(x, ",", ""))
	if err != nil || v < 2 || (v >= 1900 && v <= 2100) {
		return x
	}
	d := max(1, v/10)
	v += 1 + rng.IntN(d)
	if strings.Contains(x, ",") {
		return commas(v)
	}
	return strconv.Itoa(v)
}

func commas(v int) string {
	s := strconv.Itoa(v)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// varyName replaces every occurrence of one capitalised word of body by
// another from the pool, or by a one-letter misspelling of itself.
func varyName(rng *rand.Rand, body string, pool []string) string {
	found := capitalised.FindAllString(body, -1)
	if len(found) == 0 {
		return body
	}
	old := found[rng.IntN(len(found))]
	var repl string
	if rng.IntN(2) == 0 {
		repl = pool[rng.IntN(len(pool))]
	} else {
		i := 1 + rng.IntN(len(old)-1)
		repl = old[:i] + old[i:i+1] + old[i:] // a doubled letter
	}
	return regexp.MustCompile(`\b`+old+`\b`).ReplaceAllString(body, repl)
}

// namePool lists capitalised words of the stories, sorted and unique, to
// swap names with.
func namePool(stories []story) []string {
	seen := map[string]bool{}
	for _, s := range stories {
		for _, p := range s.paras {
			for _, w := range capitalised.FindAllString(p, -1) {
				seen[w] = true
			}
		}
	}
	pool := make([]string, 0, len(seen))
	for w := range seen {
		pool = append(pool, w)
	}
	slices.Sort(pool)
	return pool
}
