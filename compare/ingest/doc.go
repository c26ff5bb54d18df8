// Package ingest reads inputs (files, folders, "-" for standard input) into
// Documents: text exactly as read, title, source, publication date and its
// origin, and boilerplate lines that no claim may come from.
//
// In: paths as typed and Options. A folder stands for every .txt and .md
// file inside it, recursively, hidden folders skipped; a file named twice
// is read once. Out: Documents sorted by path and numbered d1, d2…, or,
// if any input is bad, no documents and one error per bad input
// (*compare.InputError, "path:line:col: reason"), joined in path order.
//
// Parse, the pure half, finds in order:
//   - front matter (--- YAML --- at the very top): title, date or
//     published, source, site or publisher. The body starts after it.
//   - Markdown syntax (.md files, or any file with front matter), blanked
//     in Document.Clean; the first "# " heading is the title.
//   - boilerplate lines (share buttons, newsletter and donation prompts,
//     photo credits, cookie and copyright notices, an all-caps site
//     banner on the first line, wire advisories ending in "///"), each
//     a Document.Boilerplate span and blanked in Clean. See isBoilerplate.
//   - a date line among the first six non-blank lines ("09 June 2019",
//     "TROMSO, Sept. 21, 2018 (NTB)", "07/08/2023 09:14:52 pm"): the
//     publication date (PublishedFrom "header") unless front matter or
//     Options.Published gave one; an agency in parentheses is the source.
//     A date line stays in the body but is blanked in Clean. A date that
//     looks like a capture stamp gets a warning (see doubts).
//   - the title: the headline just above the date line, else the first
//     headline-like line on top; the banner, when it reads as a name, is
//     the source.
//
// Example:
//
//	docs, err := ingest.Read(ctx, []string{"articles/", "-"},
//		ingest.Options{Stdin: os.Stdin})
//	if err != nil {
//		return err // "articles/b.txt:3:7: invalid UTF-8"
//	}
//	for _, d := range docs {
//		fmt.Println(d.ID, d.Title, d.Published, d.PublishedFrom)
//	}
package ingest
