package mentions

import "github.com/claimdiff/claimdiff/compare"

func findQuantities(d *compare.Document, ss []compare.Sentence) []compare.Mention { return nil }
