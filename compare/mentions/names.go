package mentions

import "github.com/claimdiff/claimdiff/compare"

func findNames(d *compare.Document, ss []compare.Sentence) []compare.Mention { return nil }
