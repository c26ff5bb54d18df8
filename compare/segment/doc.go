// Package segment splits a Document's text into sentences and tokens, as
// byte spans of the text as read.
//
// In: a *compare.Document. Sentences reads d.Plain() (markup and
// boilerplate already blanked, same length as d.Text) inside d.Body. Out:
// []compare.Sentence in text order, each with its span, its token spans and
// its paragraph number; every span indexes d.Text, starts and ends on rune
// boundaries and never begins or ends with white space.
//
//	d := compare.NewDocument("a.txt", []byte("Talks end\nSEOUL, Dec. 3, 2005\n\nMr. Kim left the U.S. at 9 a.m. Monday. He flew home."))
//	for _, s := range segment.Sentences(d) {
//		fmt.Println(s.Paragraph, d.Slice(s.Span))
//	}
//	// 0 Talks end
//	// 1 SEOUL, Dec. 3, 2005
//	// 2 Mr. Kim left the U.S. at 9 a.m. Monday.
//	// 2 He flew home.
//
// Paragraphs are blocks of lines between blank (white-space-only) lines;
// a line split off by a hard line break (below) counts as a paragraph of
// its own. Paragraph numbers count only paragraphs that hold a sentence, from 0.
//
// Line breaks. A sentence never crosses a blank line. Inside a block a line
// break is white space, so hard-wrapped prose stays one sentence, unless
// the line ends without terminal punctuation and the next line cannot
// continue it: the next line is a list item (after a line ending in ":" or
// another item, or a "•" bullet) or a dateline ("OSLO, Aug 4"), the
// line is in capitals, or the next line's first word would have fitted on
// the line (greedy wrapping would have put it there; lines ending in a
// comma or "the" are exempt). So a headline above a dateline or above the
// first paragraph is a sentence of its own.
//
// Sentence ends. A sentence ends after . ! ? (with any closing quotes and
// brackets attached to them: `he said "no."`), followed by space and
// something that may start a sentence: not a lower-case word, not , ; : %.
// Three kinds of dotted token end a sentence only before a clear start, a
// capitalised function word such as The, He, But or In (or a quote):
// initials and initialisms ("George W. Bush", "U.S. Army", "U.S. The"),
// a.m./p.m. ("9 a.m. Monday", "9 a.m. The"), months, Inc., Co., Ltd., Jr.,
// St., and ellipses ("..." and "…"). "etc." ends one before any capitalised
// word. Titles (Mr., Dr., Gen., Sen. …) never do, nor "No." before a number;
// a list number ("3.") starting a sentence does not end it, nor a stop inside
// a bracket opened mid-sentence ("Gen. (ret.) Hines"). Runs of punctuation
// with no letter or digit (a "* * *" rule) are not sentences.
//
// Tokens are words, numbers and single punctuation marks. A word is a run
// of letters, digits and marks (Unicode classes); hyphens and apostrophes
// inside it join ("Jong-un", "Seoul's" is one token); , . : / between digits
// join ("1,200", "3.5", "10:30", "9/11"), so "3.5%" is "3.5" and "%"; a dot
// before a lower-case letter inside a word joins ("example.org"). Initials,
// initialisms and known abbreviations keep their dot ("J.", "U.S.", "a.m.",
// "Mr."); "..." is one token.
//
// The work is one pass over the body, line by line, with no regular
// expression and a handful of allocations per call.
package segment
