package segment

import "strings"

// breakBeforeNumber marks abbreviations that take their dot only before a
// number ("No. 5", "Vol. 2"); elsewhere "No." is a word and a full stop.
const breakBeforeNumber breakRule = 255

// abbreviations maps an abbreviation, without its dot and as written, to
// when it may end a sentence.
var abbreviations = func() map[string]breakRule {
	m := map[string]breakRule{}
	add := func(r breakRule, words ...string) {
		for _, w := range words {
			m[w] = r
		}
	}
	// Titles come before a name, never at the end of a sentence.
	add(breakNever, "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs",
		"Prof", "Gen", "Gens", "Lt", "Col", "Capt", "Sgt", "Cpl", "Pvt", "Adm",
		"Maj", "Cmdr", "Cdr", "Rep", "Reps", "Sen", "Sens", "Gov", "Pres",
		"Rev", "Hon", "Amb", "Atty", "Supt", "Insp", "Det", "Fr", "Mt", "Ft",
		"vs", "cf", "approx", "incl", "esp", "viz", "ca")
	// These may end a sentence, but usually sit inside one: "Sept. 21",
	// "Acme Inc. Chairman", "Martin Luther King Jr. Day".
	add(breakStarter, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros",
		"Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "al")
	add(breakCapital, "etc")
	add(breakBeforeNumber, "No", "no", "Nos", "nos", "Vol", "vol", "Fig",
		"fig", "Art", "Sec", "sec", "pp", "Para", "para")
	return m
}()

// starters are capitalised words that begin sentences and rarely follow an
// abbreviation inside one: function words, pronouns, sentence adverbs.
// Weekdays, months and names are left out on purpose ("10 a.m. Monday").
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"The", "A", "An", "This", "That", "These", "Those", "It", "Its",
		"He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
		"My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "In", "On",
		"At", "For", "From", "With", "By", "As", "After", "Before", "When",
		"While", "If", "Although", "Though", "Because", "However",
		"Meanwhile", "Moreover", "Also", "There", "Here", "Then", "Now",
		"Still", "Some", "Many", "Most", "All", "Both", "Each", "Every",
		"Several", "Not", "Such", "Under", "Over", "Since", "During",
		"According", "Earlier", "Later", "What", "Who", "Why", "How",
		"Where", "Which", "Other", "Another", "Its", "Thus", "Instead",
		// Wire style spells out a number that opens a sentence ("Two of
		// the carriages overturned"); inside one, after an abbreviation,
		// such a word is not capitalised.
		"No", "None", "Few", "Neither", "Two", "Three", "Four", "Five", "Six",
		"Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen", "Twenty",
		"Thirty", "Forty", "Fifty", "Dozens", "Hundreds", "Thousands", "Millions",
	} {
		m[w] = true
	}
	return m
}()

// functionWords end no headline and no deliberate line break.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "and": true,
	"or": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "that": true, "as": true, "but": true,
}

// decimalUnits are the percent words and units, as written after a number,
// that mark "61. 3 percent" as one split decimal rather than two
// sentences.
var decimalUnits = map[string]bool{
	"percent": true, "pct": true, "percentage": true, "km": true, "kilometres": true, "kilometers": true,
	"miles": true, "metres": true, "meters": true, "cm": true, "mm": true, "kg": true,
	"kilograms": true, "tonnes": true, "tons": true, "pounds": true, "feet": true, "inches": true,
	"hectares": true, "acres": true, "litres": true, "liters": true, "gallons": true,
	"degrees": true, "mph": true, "seconds": true, "points": true,
}

// timeFollowers are the words, lower-cased, that go on with a clock time
// inside a sentence: weekdays, months and the words of time zones.
var timeFollowers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		eastern central pacific mountain atlantic local standard daylight greenwich universal
		british european moscow india indian japan korea china beijing tokyo hong new`) {
		m[w] = true
	}
	return m
}()
