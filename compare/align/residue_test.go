package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
)

// inSentenceAt places c in the sentence of its document starting at
// start.
func inSentenceAt(c compare.Claim, start int) compare.Claim {
	c.Sentence = compare.Span{Start: start, End: start + 80}
	return c
}

// TestResidueKeyedApart: two close reports of one takeover give its
// price under two keys ("a deal worth", "will pay"): the words beside
// the values share a word, and each is the other's only partner, so
// the two are one figure. Not so when the reports are not close, when
// the figures are too far apart to be one, or when the sentences name
// different participants; a report's one sum said twice is one partner.
func TestResidueKeyedApart(t *testing.T) {
	// "an all-cash deal worth", "will pay in cash": a part of a
	// hyphened word is a word beside the value.
	worth := near(claim("d1", "quantity/agreement/USD", "1800000000 USD", "", "@ferrant", "takeover", "worth", "~agreement"), "all-cash", "takeover", "worth", "~agreement")
	pay := near(claim("d2", "count/usd/USD", "2300000000 USD", "", "@ferrant", "pay", "cash", "shareholder"), "cash", "pay")
	far := near(claim("d2", "count/usd/USD", "9000000000 USD", "", "@ferrant", "pay", "cash", "shareholder"), "cash", "pay")
	rival := near(claim("d2", "count/usd/USD", "2300000000 USD", "", "@olbeck", "pay", "cash", "shareholder"), "cash", "pay")
	also := near(claim("d2", "count/usd/USD", "2100000000 USD", "", "@ferrant", "raise", "cash", "bank"), "cash", "raise")
	// The same sum again, as a bound under another key: no second
	// partner, the report's one figure said twice.
	again := near(claim("d2", "quantity/acquisition/USD", ">2300000000 USD", "", "@ferrant", "offer", "cash", "bid"), "cash", "offer")
	checkGroupRelated(t, []relatedCase{
		{"close", []compare.Claim{worth, pay}, everyClose, 1},
		{"not close", []compare.Claim{worth, pay}, noneClose, 2},
		{"more than twice the other", []compare.Claim{worth, far}, everyClose, 2},
		{"another firm", []compare.Claim{worth, rival}, everyClose, 2},
		{"two partners as good", []compare.Claim{worth, pay, also}, everyClose, 3},
		{"one partner given twice", []compare.Claim{worth, pay, again}, everyClose, 2},
	})
}

// TestResidueCounts: a count of hostages and one of people held share a
// word beside them; counts of engines and of firefighters count two
// things; numbers that name nothing counted are nothing words can
// match; and a noun both count is no shared context ("seats lost",
// "seats won").
func TestResidueCounts(t *testing.T) {
	hostages := near(claim("d1", "count/hostage", "12", "", "hostag", "freed", "dawn"), "freed", "hostag")
	held := near(claim("d2", "count/person", "9", "", "held", "hostag", "gunman"), "held", "hostag")
	engines := near(claim("d1", "count/engine", "20", "", "engin", "fire", "crew"), "crew", "engin")
	crews := near(claim("d2", "count/firefighter", "24", "", "firefight", "crew", "blaze"), "crew", "firefight")
	sold := near(claim("d1", "count", "48000", "", "recall", "sold"), "recall", "sold")
	recalled := near(claim("d2", "quantity/closure/count", "40000", "", "recall", "model"), "recall", "model")
	lost := near(claim("d1", "quantity/decrease/count", "12", "", claims.CountedPrefix+"seat", "seat", "lost", "govern"), "govern", "lost", "seat")
	won := near(claim("d2", "quantity/election/count", "94", "", claims.CountedPrefix+"seat", "seat", "won", "party"), "party", "seat", "won")
	checkGroupRelated(t, []relatedCase{
		{"hostages and people held", []compare.Claim{hostages, held}, everyClose, 1},
		{"engines and firefighters", []compare.Claim{engines, crews}, everyClose, 2},
		{"nothing counted", []compare.Claim{sold, recalled}, everyClose, 2},
		{"only the counted noun shared", []compare.Claim{lost, won}, everyClose, 2},
	})
}

// TestResidueWhatASumIs: what an amount is (a fine, a budget: the noun
// it is of, counted as claims.CountedPrefix) says which sum it is when
// no word beside is shared.
func TestResidueWhatASumIs(t *testing.T) {
	fine := near(claim("d1", "count/eur/EUR", "2000000 EUR", "", claims.CountedPrefix+"fine", "watchdog", "monday"), "watchdog", "monday")
	penalty := near(claim("d2", "count/eur/EUR", "3500000 EUR", "", claims.CountedPrefix+"fine", "must", "regulator"), "must", "regulator")
	budget := near(claim("d2", "count/eur/EUR", "3500000 EUR", "", claims.CountedPrefix+"budget", "must", "regulator"), "must", "regulator")
	// Another sum in each report keeps either from being its report's
	// only one.
	revenue := near(claim("d1", "count/eur/EUR", "90000000 EUR", "", claims.CountedPrefix+"revenue", "year"), "year")
	profit := near(claim("d2", "count/eur/EUR", "12000000 EUR", "", claims.CountedPrefix+"profit", "quarter"), "quarter")
	checkGroupRelated(t, []relatedCase{
		{"two fines", []compare.Claim{fine, revenue, penalty, profit}, everyClose, 3},
		{"a fine and a budget", []compare.Claim{fine, revenue, budget, profit}, everyClose, 4},
	})
}

// TestResidueFigureSaidTwice: a report that gives its sum in its
// headline and again in its story still pairs it by the words beside,
// and the headline's goes with it.
func TestResidueFigureSaidTwice(t *testing.T) {
	fine := near(claim("d1", "count/eur/EUR", "2000000 EUR", "", claims.CountedPrefix+"fine", "watchdog", "monday"), "watchdog", "monday")
	headline := inSentenceAt(near(claim("d1", "count/eur/EUR", "2000000 EUR", "", claims.CountedPrefix+"fine", "ferry"), "ferry"), 0)
	penalty := near(claim("d2", "count/eur/EUR", "3500000 EUR", "", claims.CountedPrefix+"fine", "must", "regulator"), "must", "regulator")
	revenue := near(claim("d1", "count/eur/EUR", "90000000 EUR", "", claims.CountedPrefix+"revenue", "year"), "year")
	profit := near(claim("d2", "count/eur/EUR", "12000000 EUR", "", claims.CountedPrefix+"profit", "quarter"), "quarter")
	checkGroupRelated(t, []relatedCase{
		{"said twice", []compare.Claim{headline, inSentenceAt(fine, 200), revenue, penalty, profit}, everyClose, 3},
	})
	got := GroupRelated([]compare.Claim{headline, inSentenceAt(fine, 200), revenue, penalty, profit}, everyClose)
	for _, a := range got {
		if slices.ContainsFunc(a.Claims, func(c compare.Claim) bool { return c.Doc == "d2" && c.Value == "3500000 EUR" }) && len(a.Claims) != 3 {
			t.Errorf("the fine's alignment holds %d claims, want the headline's, the story's and the other report's", len(a.Claims))
		}
	}
}

// TestResidueOneIsNoFigure: a sentence of many figures says little of
// whose each is, but "one" is seldom a figure of its own ("two plants,
// one near Orvik and one near Tamsel"): it does not count towards them.
func TestResidueOneIsNoFigure(t *testing.T) {
	at := func(c compare.Claim, start int) compare.Claim {
		c = inSentenceAt(c, 0)
		c.Evidence = compare.Span{Start: start, End: start + 5}
		return c
	}
	jobs := at(near(claim("d1", "count/job", "1200", "", claims.CountedPrefix+"job", "cut", "group"), "cut", "group"), 10)
	plants := at(near(claim("d1", "count/plant", "2", "", claims.CountedPrefix+"plant", "clos"), "clos"), 40)
	oneNear := at(near(claim("d1", "count/near", "1", "", claims.CountedPrefix+"near"), "near"), 60)
	oneMore := at(near(claim("d1", "count/town", "1", "", claims.CountedPrefix+"town"), "town"), 75)
	three := at(near(claim("d1", "count/line", "3", "", claims.CountedPrefix+"line", "shut"), "shut"), 75)
	five := at(near(claim("d1", "count/depot", "5", "", claims.CountedPrefix+"depot", "sold"), "sold"), 90)
	posts := at(near(claim("d2", "count/position", "1500", "", claims.CountedPrefix+"position", "los"), "los"), 10)
	checkGroupRelated(t, []relatedCase{
		{"two ones beside", []compare.Claim{jobs, plants, oneNear, oneMore, posts}, everyClose, 4},
		{"four figures beside", []compare.Claim{jobs, plants, three, five, posts}, everyClose, 5},
	})
}

// TestResidueThoseItBefellArePeople: a count of those an event that
// befalls people befell ("41 were injured") may count the same people as
// a count of workers; those of an event that befalls things do not.
func TestResidueThoseItBefellArePeople(t *testing.T) {
	hurt := near(claim("d1", "quantity/injury/count", "41", "", "tank", "blast", "hospital"), "hospital", "tank")
	workers := near(claim("d2", "count/worker", "34", "", claims.CountedPrefix+"worker", "tank", "hospital"), "hospital", "tank")
	blasts := near(claim("d1", "quantity/explosion/count", "4", "", "tank", "hospital"), "hospital", "tank")
	checkGroupRelated(t, []relatedCase{
		{"the injured and workers", []compare.Claim{hurt, workers}, everyClose, 1},
		{"blasts and workers", []compare.Claim{blasts, workers}, everyClose, 2},
	})
}

// TestResidueFarApartOnManyWords: figures more than twice apart (but not
// four times) pair when the words beside share a word WordNet knows (its
// senses meet too), not on a word it does not; and a nearer partner as
// well said is preferred.
func TestResidueFarApartOnManyWords(t *testing.T) {
	asked := near(claim("d1", "count/usd/USD", "300000 USD", "", "ransom", "demand", "gang", "zelk"), "demand", "ransom", "zelk")
	sought := near(claim("d2", "quantity/kidnapping/USD", "1000000 USD", "", "ransom", "demand", "kidnapper"), "demand", "ransom")
	tooFar := near(claim("d2", "quantity/kidnapping/USD", "1500000 USD", "", "ransom", "demand", "kidnapper"), "demand", "ransom")
	unknown := near(claim("d2", "quantity/kidnapping/USD", "1000000 USD", "", "paid", "zelk"), "paid", "zelk")
	nearer := near(claim("d2", "count/usd/USD", "450000 USD", "", "ransom", "demand", "note"), "demand", "ransom")
	checkGroupRelated(t, []relatedCase{
		{"known words shared", []compare.Claim{asked, sought}, everyClose, 1},
		{"more than four times", []compare.Claim{asked, tooFar}, everyClose, 2},
		{"an unknown word shared", []compare.Claim{asked, unknown}, everyClose, 2},
		{"a nearer partner", []compare.Claim{asked, sought, nearer}, everyClose, 2},
	})
}

// TestResidueToldPlainly: sentences naming no participant in common (one
// the flight, the other the aircraft) still give one figure when the
// words beside say plainly what both measure; not on one word, nor for
// figures about two subjects.
func TestResidueToldPlainly(t *testing.T) {
	flight := near(claim("d1", "count/passenger", "176", "", "@flightkx20", "@dunmore", "carry", "crew", "passeng"), "carry", "crew", "passeng")
	jet := near(claim("d2", "quantity/accident/count", "163", "", "@airbus", "carry", "crew", "passeng", claims.CountedPrefix+"passenger"), "carry", "crew", "passeng")
	weak := near(claim("d2", "quantity/accident/count", "163", "", "@airbus", "carry", "wing", claims.CountedPrefix+"passenger"), "carry", "wing")
	theirs := near(claim("d2", "quantity/accident/count", "163", "airbus", "@airbus", "carry", "crew", "passeng", claims.CountedPrefix+"passenger"), "carry", "crew", "passeng")
	ours := flight
	ours.Subject = "flightkx20"
	checkGroupRelated(t, []relatedCase{
		{"told plainly", []compare.Claim{flight, jet}, everyClose, 1},
		{"one word", []compare.Claim{flight, weak}, everyClose, 2},
		{"two subjects", []compare.Claim{ours, theirs}, everyClose, 2},
	})
}

// TestResidueCountsOfOneThing: two close reports' only counts of one
// specific thing that no block joined are one count, whatever words are
// beside ("miners" and "colliers" are keyed apart, so no block joins
// them), also when one is a count of an event and the other of none;
// not when a report gives two such counts, when what is counted is
// people at large, when they count for two events, or when one counts
// those an event befell and names no noun. Nouns meet in any of their
// senses ("jobs" and "posts" are one as employment) when words beside
// are shared, and people said only to be people meet any people.
func TestResidueCountsOfOneThing(t *testing.T) {
	trapped := near(claim("d1", "count/miner", "143", "", "miner", "trapped", "shaft"), "trapped", "shaft")
	below := near(claim("d2", "count/collier", "110", "", "collier", "shift", "below"), "shift", "below")
	rescued := near(claim("d2", "count/collier", "95", "", "collier", "rescu", "surfac"), "rescu", "surfac")
	people := near(claim("d1", "count/person", "5", "", "person", "trapped", "shaft"), "trapped", "shaft")
	others := near(claim("d2", "count/person", "3", "", "person", "shift", "below"), "shift", "below")
	freed := near(claim("d2", "quantity/release/count", "94", "", claims.CountedPrefix+"miner", "miner", "freed"), "freed")
	hurt := near(claim("d1", "quantity/injury/count", "120", "", claims.CountedPrefix+"miner", "miner", "hurt"), "hurt")
	killed := near(claim("d2", "quantity/death/count", "90", "", "blast", "kill"), "kill")
	jobs := near(claim("d1", "count/job", "1500", "", "job", "cut", "plant"), "cut", "plant")
	posts := near(claim("d2", "count/position", "2200", "", "position", "cut", "eliminat"), "cut", "eliminat")
	checkGroupRelated(t, []relatedCase{
		{"only counts of miners", []compare.Claim{trapped, below}, everyClose, 1},
		{"two counts of miners", []compare.Claim{trapped, below, rescued}, everyClose, 3},
		{"people at large", []compare.Claim{people, others}, everyClose, 2},
		{"an event's count and none", []compare.Claim{trapped, freed}, everyClose, 1},
		{"two events' counts", []compare.Claim{hurt, freed}, everyClose, 2},
		{"those an event befell and miners", []compare.Claim{trapped, killed}, everyClose, 2},
		{"jobs and posts", []compare.Claim{jobs, posts}, everyClose, 1},
	})
	// People said only to be men may be the burglars the other report
	// counts; vans are no people.
	men := near(claim("d1", "count/man", "2", "", "man", "forc", "vault"), "forc", "vault")
	burglars := near(claim("d2", "count/burglar", "3", "", "burglar", "forc", "vault"), "forc", "vault")
	vans := near(claim("d2", "count/van", "3", "", "van", "forc", "vault"), "forc", "vault")
	checkGroupRelated(t, []relatedCase{
		{"men and burglars", []compare.Claim{men, burglars}, everyClose, 1},
		{"men and vans", []compare.Claim{men, vans}, everyClose, 2},
	})
	// An event's count and none, in reports published far apart: the
	// count may have moved on.
	if got := len(GroupRelatedTimely([]compare.Claim{trapped, freed}, everyClose, noneClose)); got != 2 {
		t.Errorf("an event's count and none, not timely: GroupRelatedTimely = %d alignments, want 2", got)
	}
}

// TestResidueCountsOfAnEvent: a count naming no noun counts those its
// event befell; two close reports' only such counts left alone by their
// block (beside the totals it joined) pair as counts of one thing do.
func TestResidueCountsOfAnEvent(t *testing.T) {
	total := inSentenceAt(near(claim("d1", "quantity/injury/count", "40", "", "injur", "blast", "plant"), "blast", "injur"), 0)
	burned := inSentenceAt(near(claim("d1", "quantity/injury/count", "7", "", "treat", "burn", "unit"), "burn", "treat"), 100)
	all := inSentenceAt(near(claim("d2", "quantity/injury/count", "38", "", "injur", "blast", "plant"), "blast", "injur"), 0)
	serious := inSentenceAt(near(claim("d2", "quantity/injury/count", "5", "", "hospital", "intensiv", "remain"), "intensiv", "remain"), 100)
	checkGroupRelated(t, []relatedCase{
		{"totals and parts", []compare.Claim{total, burned, all, serious}, everyClose, 2},
	})
}

// TestResidueSumsOfNamedThings: what a sum is "of" ("the cost of the
// repairs", "a bill for the repairs") says what it pays for, which two
// reports name two ways; sharing a word beside, two sums pair whatever
// each names. Counts of people and of things still must count one thing.
func TestResidueSumsOfNamedThings(t *testing.T) {
	cost := near(claim("d1", "count/usd/USD", "40000000 USD", "", claims.CountedPrefix+"cost", "cost", "repair", "bridg"), "cost", "repair")
	bill := near(claim("d2", "count/usd/USD", "55000000 USD", "", claims.CountedPrefix+"bill", "bill", "repair", "council"), "bill", "repair")
	crews := near(claim("d1", "count/crew", "40", "", claims.CountedPrefix+"crew", "crew", "repair", "bridg"), "crew", "repair")
	cranes := near(claim("d2", "count/crane", "55", "", claims.CountedPrefix+"crane", "crane", "repair", "council"), "crane", "repair")
	checkGroupRelated(t, []relatedCase{
		{"cost and bill", []compare.Claim{cost, bill}, everyClose, 1},
		{"crews and cranes", []compare.Claim{crews, cranes}, everyClose, 2},
	})
}

// TestResidueVerbsOfOneSense: "was travelling at" and "was moving at"
// are one verb's first sense, "travelling" and "reached" (of gusts, in
// a sentence that shares no word with the other) are not; a stem
// whose last letter is doubled ("travell") is read as its verb.
func TestResidueVerbsOfOneSense(t *testing.T) {
	travelling := near(claim("d1", "count/km/h", "120 km/h", "", "travell", "ferry"), "travell")
	moving := near(claim("d2", "count/km/h", "90 km/h", "", "mov", "ferry"), "mov")
	reached := near(claim("d2", "count/km/h", "90 km/h", "", "gust", "reach"), "reach")
	other := claim("d1", "count/km/h", "30 km/h", "", "wind")
	checkGroupRelated(t, []relatedCase{
		{"travelling and moving", []compare.Claim{travelling, moving, other}, everyClose, 2},
		{"travelling and reaching", []compare.Claim{travelling, reached, other}, everyClose, 3},
	})
}

// TestResidueSourceNamed: two sentences that each name one participant
// share none, unless one names the source the other is attributed to:
// the firm a chief executive speaks for in one report, her name beside
// the firm's in the other, tell one account.
func TestResidueSourceNamed(t *testing.T) {
	byFirm := attributed(near(claim("d1", "count/usd/USD", "4000000 USD", "", "@idalind", "@orvik", "repair", "bill"), "bill", "repair"), "Orvik")
	byHer := attributed(near(claim("d2", "count/usd/USD", "6000000 USD", "", "@idalind", "@orvik", "repair", "cost"), "cost", "repair"), "Ida Lind")
	byOther := attributed(near(claim("d2", "count/usd/USD", "6000000 USD", "", "@idalind", "@stavbank", "repair", "cost"), "cost", "repair"), "Ida Lind")
	byBank := attributed(near(claim("d2", "count/usd/USD", "6000000 USD", "", "@olsen", "@stavbank", "repair", "cost"), "cost", "repair"), "Olsen")
	checkGroupRelated(t, []relatedCase{
		{"firm and its chief", []compare.Claim{byFirm, byHer}, everyClose, 1},
		{"she is named in the other", []compare.Claim{byFirm, byOther}, everyClose, 1},
		{"another source and firm", []compare.Claim{byFirm, byBank}, everyClose, 2},
	})
}

// TestResidueSubjectIsAWord: two shares of the vote keyed apart share no
// word beside them, but are both Lind's: whom a figure is about counts
// as a word in common. Two figures of two subjects never pair.
func TestResidueSubjectIsAWord(t *testing.T) {
	won := near(claim("d1", "quantity/election/%", "53 %", "lind", "@lind", "won", "provisional"), "provisional", "won")
	had := near(claim("d2", "count/percent/%", "49 %", "lind", "@lind", "@okafor", "ballot"), "ballot")
	rival := near(claim("d2", "count/percent/%", "49 %", "okafor", "@lind", "@okafor", "ballot"), "ballot")
	// Each report gives a turnout too: neither share is its report's
	// only figure in percent.
	turnoutA := near(claim("d1", "count/turnout/%", "61 %", "", "turnout", "commission"), "commission", "turnout")
	turnoutB := near(claim("d2", "count/turnout/%", "58 %", "", "turnout", "stood"), "stood", "turnout")
	checkGroupRelated(t, []relatedCase{
		{"one subject", []compare.Claim{won, had, turnoutA, turnoutB}, everyClose, 2},
		{"two subjects", []compare.Claim{won, rival, turnoutA, turnoutB}, everyClose, 3},
	})
}

// TestResidueSoleAfterNounOnly: two reports' only sums in euros, each of
// a refit, share only the noun both are of, which is no shared word: they
// still pair as their reports' only sums.
func TestResidueSoleAfterNounOnly(t *testing.T) {
	a := near(claim("d1", "quantity/agreement/EUR", "7000000 EUR", "", claims.CountedPrefix+"refit", "refit", "ship"), "refit")
	b := near(claim("d2", "count/eur/EUR", "9000000 EUR", "", claims.CountedPrefix+"refit", "refit", "yard"), "refit")
	checkGroupRelated(t, []relatedCase{{"only sums", []compare.Claim{a, b}, everyClose, 1}})
}

// TestResidueBounds: "more than 120 firefighters" is measured by its
// bound, and pairs as a figure does, within a factor of two.
func TestResidueBounds(t *testing.T) {
	about := near(claim("d1", "count/firefighter", "~80", "", claims.CountedPrefix+"firefighter", "firefight", "deploy", "engin"), "deploy", "firefight")
	over := near(claim("d2", "quantity/disaster/count", ">120", "", claims.CountedPrefix+"firefighter", "firefight", "deploy", "blaze"), "deploy", "firefight")
	far := near(claim("d2", "quantity/disaster/count", ">400", "", claims.CountedPrefix+"firefighter", "firefight", "deploy", "blaze"), "deploy", "firefight")
	checkGroupRelated(t, []relatedCase{
		{"a bound", []compare.Claim{about, over}, everyClose, 1},
		{"a bound too far", []compare.Claim{about, far}, everyClose, 2},
	})
}

// TestResidueListOfFigures: a sentence listing several figures of one
// unit ("4 aces, 17 winners and 29 errors") gives none of them to
// pairing: whose each is, the words beside cannot say. A share beside
// two counts is no list, nor are counts far apart in a sentence.
func TestResidueListOfFigures(t *testing.T) {
	aces := inSentenceAt(near(claim("d1", "count/ace", "5", "", "ace", "serv", "match"), "ace", "match", "serv"), 0)
	winners := inSentenceAt(claim("d1", "count/winner", "22", "", "winner", "match"), 0)
	errors := inSentenceAt(claim("d1", "count/error", "16", "", "error", "match"), 0)
	other := inSentenceAt(near(claim("d2", "quantity/fighting/count", "4", "", claims.CountedPrefix+"ace", "ace", "serv", "final"), "ace", "final", "serv"), 0)
	byItself := inSentenceAt(near(claim("d1", "count/ace", "5", "", "ace", "serv", "match"), "ace", "match", "serv"), 100)
	// "41 percent of the vote and 87 of the 200 seats": one share
	// beside two counts is no list.
	share := inSentenceAt(near(claim("d1", "count/percent/%", "41 %", "", "vote", "took"), "vote", "took"), 200)
	seats := inSentenceAt(near(claim("d1", "count/seat", "87", "", "seat", "took"), "seat"), 200)
	whole := inSentenceAt(near(claim("d1", "count/chamber", "200", "", "chamber"), "chamber"), 200)
	won := near(claim("d2", "quantity/election/%", "38 %", "", "vote", "won"), "vote", "won")
	// "took 30 seats, the independents took 90 and the small parties
	// eight": counts of one thing are a list however far apart.
	var seatsApart []compare.Claim
	for i, v := range []string{"30", "90", "8"} {
		c := inSentenceAt(near(claim("d1", "count/seat", v, "", "seat", "took"), "seat", "took"), 300)
		c.Evidence = compare.Span{Start: 300 + 40*i, End: 302 + 40*i}
		seatsApart = append(seatsApart, c)
	}
	rival := near(claim("d2", "quantity/election/count", "36", "", claims.CountedPrefix+"seat", "seat", "took", "phase"), "took", "phase")
	// Three counts of different things far apart in one sentence are no
	// list.
	apart := slices.Clone([]compare.Claim{aces, winners, errors})
	for i := range apart {
		apart[i].Evidence = compare.Span{Start: 40 * i, End: 40*i + 2}
	}
	checkGroupRelated(t, []relatedCase{
		{"listed", []compare.Claim{aces, winners, errors, other}, everyClose, 4},
		{"by itself", []compare.Claim{byItself, winners, errors, other}, everyClose, 3},
		{"a share beside counts", []compare.Claim{share, seats, whole, won}, everyClose, 3},
		{"far apart", append(apart, other), everyClose, 3},
		{"far apart counting one thing", append(seatsApart, rival), everyClose, 4},
	})
}

// TestResidueHours: the only hour each close report gives a sudden event
// on its day is that event's, whatever class each keys it by. An event
// that lasts (a vote) has hours of its own, and a report giving two
// hours leaves open which is meant. A clock time of an event of no
// class pairs too, but only with another clock time, and a clock time
// outweighs the part of its day the same report gives. A report's one
// hour of a sudden event is still its only one beside the hours of other
// doings.
func TestResidueHours(t *testing.T) {
	hour := func(doc, key, value string, words ...string) compare.Claim {
		c := near(timeClaim(doc, key, value, "", words...), words...)
		slices.Sort(c.Near)
		return c
	}
	struck := hour("d1", "time/disaster", "2031-05-02T04:10", "hit", "resident")
	tremor := hour("d2", "time/attack", "2031-05-02T05:40", "depth", "tremor")
	nextDay := hour("d2", "time/attack", "2031-05-03T05:40", "depth", "tremor")
	opened := hour("d1", "time/election", "2031-05-02T07:00", "open", "poll")
	turnout := hour("d2", "time/meeting", "2031-05-02T12:00", "turnout", "poll")
	second := hour("d1", "time/disaster", "2031-05-02T06:30", "aftershock", "larg")
	// "broke in at 2:15 a.m.": a clock time of a verb of no class, and
	// "on Friday morning" beside a clock time of the same day.
	brokeIn := hour("d2", "time/v-break in", "2031-05-02T02:15", "door", "gang")
	morning := hour("d1", "time/disaster", "2031-05-02TMO", "hit", "coast")
	closed := hour("d2", "time/v-close", "2031-05-02T20:00", "station", "poll")
	// "crews arrived at noon": a clock time of another doing that day.
	arrived := hour("d1", "time/v-arrive", "2031-05-02T12:00", "crew", "arriv")
	checkGroupRelated(t, []relatedCase{
		{"one hour each", []compare.Claim{struck, tremor}, everyClose, 1},
		{"two days", []compare.Claim{struck, nextDay}, everyClose, 2},
		{"a vote's hours", []compare.Claim{opened, turnout}, everyClose, 2},
		{"two hours in one report", []compare.Claim{struck, second, tremor}, everyClose, 3},
		{"a clock time of no class", []compare.Claim{struck, brokeIn}, everyClose, 1},
		{"the clock over the morning", []compare.Claim{struck, morning, tremor}, everyClose, 2},
		{"a vote's hour and a verb's", []compare.Claim{opened, closed}, everyClose, 2},
		{"a verb's clock and a part of the day", []compare.Claim{morning, brokeIn}, everyClose, 2},
		{"the sudden event's hour beside another doing's", []compare.Claim{struck, arrived, tremor}, everyClose, 2},
	})
}

// TestResidueRepeat: a figure a report already set against another's is
// no second question when it comes again alone.
func TestResidueRepeat(t *testing.T) {
	toll := near(claim("d1", "quantity/death/count", "14", "", "kill", "quak"), "kill", "quak")
	other := near(claim("d2", "quantity/death/count", "19", "", "kill", "quak"), "kill", "quak")
	again := near(claim("d1", "count/person", "14", "", "buri", "rubbl"), "buri", "rubbl")
	buried := near(claim("d2", "count/survivor", "20", "", "buri", "rubbl", "still"), "buri", "rubbl")
	checkGroupRelated(t, []relatedCase{
		{"repeat", []compare.Claim{toll, other, again, buried}, everyClose, 3},
	})
}

// TestResidueHourThatJoinedADay: an hour that joined only the other
// report's day ("on Saturday" and "at 3:50 a.m.") still asks when on
// that day: it leaves the day and meets the other report's hour.
func TestResidueHourThatJoinedADay(t *testing.T) {
	at := func(doc, value string, words ...string) compare.Claim {
		c := near(timeClaim(doc, "time/explosion", value, "", words...), words...)
		return c
	}
	// The second report gives another day too, so that it answers
	// more than once: only words or a value in common join its hour
	// in the blocks, and it shares the first report's day.
	in := []compare.Claim{
		at("d1", "2031-05-02", "depot", "explosion"),
		at("d1", "2031-05-02T02:15", "depot", "empty"),
		at("d2", "2031-05-02T03:50", "blast", "shook"),
		at("d2", "2031-05-03TAF", "inspector", "return"),
	}
	want := [][]string{{"d1:2031-05-02"}, {"d1:2031-05-02T02:15", "d2:2031-05-02T03:50"}, {"d2:2031-05-03TAF"}}
	if diff := cmp.Diff(want, groups(GroupRelated(in, everyClose))); diff != "" {
		t.Errorf("groups mismatch (-want +got):\n%s", diff)
	}
}

// TestResidueSensesMeet: "a windfall tax of €2 million" and "a €3.5
// million levy" share no word, but a tax is a kind of levy in WordNet; a
// profit is none, though each is its report's only amount in euros.
func TestResidueSensesMeet(t *testing.T) {
	// As claims.Extract gives them, each names what its money is.
	tax := near(claim("d1", "count/eur/EUR", "2000000 EUR", "", claims.CountedPrefix+"tax", "@veldra", "tax", "windfall", "leak"), "@veldra", "tax", "windfall")
	levy := near(claim("d2", "count/eur/EUR", "3500000 EUR", "", claims.CountedPrefix+"levy", "@veldra", "levy", "regulator", "hack"), "@veldra", "hack", "levy")
	profit := near(claim("d2", "count/eur/EUR", "3500000 EUR", "", claims.CountedPrefix+"profit", "@veldra", "profit", "quarter", "rose"), "@veldra", "profit", "rose")
	checkGroupRelated(t, []relatedCase{
		{"tax and levy", []compare.Claim{tax, levy}, everyClose, 1},
		{"tax and profit", []compare.Claim{tax, profit}, everyClose, 2},
	})
}

// TestResidueAges: "the driver, a 52-year-old man from Tarnvik" and "the
// driver, 61, had driven for the firm for years, Dosk said" give one
// person's age, whatever other names their sentences give; two named
// people's ages are two.
func TestResidueAges(t *testing.T) {
	age := func(doc, value, question, subject string, terms, words []string) compare.Claim {
		c := near(claim(doc, "age", value, subject, terms...), words...)
		c.Kind, c.Question = compare.Time, question
		return c
	}
	man := age("d1", "P52Y", "How old is the man?", "", []string{"#|tarnvik", "driver", "man"}, []string{"#|tarnvik", "driver", "man"})
	driver := age("d2", "P61Y", "How old is the driver?", "", []string{"@dosk", "driver", "firm"}, []string{"driver", "firm"})
	named := age("d1", "P52Y", "How old is Ivo Brand?", "brand", []string{"@ivobrand", "driver"}, []string{"@ivobrand", "driver"})
	other := age("d2", "P61Y", "How old is Lea Moss?", "moss", []string{"@leamoss", "driver"}, []string{"@leamoss", "driver"})
	checkGroupRelated(t, []relatedCase{
		{"one driver", []compare.Claim{man, driver}, everyClose, 1},
		{"two people", []compare.Claim{named, other}, everyClose, 2},
	})
}

// TestResidueHolders: two close reports name a different transport
// minister: one office, two holders. Not so for the interior and the
// defence minister, for two spokesmen (a role many hold), for one name
// spelt two ways, or for past holders.
func TestResidueHolders(t *testing.T) {
	holder := func(doc, name, role string, words ...string) compare.Claim {
		c := compare.Claim{Doc: doc, Key: "who", Kind: compare.Name, Value: name, Question: claims.RoleAsked + role + "?"}
		c.Near = append([]string{"@" + strings.ToLower(strings.ReplaceAll(name, " ", ""))}, words...)
		slices.Sort(c.Near)
		c.Terms = c.Near
		return c
	}
	brenn := holder("d1", "Halvard Brenn", "Transport Minister", "flew", "minist", "transport")
	lind := holder("d2", "Oskar Lind", "transport minister", "inquiry", "minist", "transport")
	interior := holder("d1", "Halvard Brenn", "Interior Minister", "announc", "interior", "minist")
	defence := holder("d2", "Oskar Lind", "Defence Minister", "announc", "defenc", "minist")
	spokesman := holder("d1", "Halvard Brenn", "spokesman", "issu")
	another := holder("d2", "Oskar Lind", "spokesman", "issu")
	spelt := holder("d2", "Halvor Brenn", "Transport Minister", "inquiry", "minist", "transport")
	// Two former transport ministers ask of one office, and name two
	// of its past holders, not one holder two ways.
	wasBrenn := holder("d1", "Halvard Brenn", "former Transport Minister", "former", "minist", "transport")
	wasLind := holder("d2", "Oskar Lind", "former Transport Minister", "former", "minist", "transport")
	// One who leads a whole (a town's mayor) is one holder, as a
	// qualified office is; a minister alone is one of many (above, the
	// spokesman).
	mayor := holder("d1", "Halvard Brenn", "mayor", "flood", "town")
	otherMayor := holder("d2", "Oskar Lind", "mayor", "levee", "town")
	minister := holder("d1", "Halvard Brenn", "minister", "flood", "town")
	otherMinister := holder("d2", "Oskar Lind", "minister", "levee", "town")
	checkGroupRelated(t, []relatedCase{
		{"one office", []compare.Claim{brenn, lind}, everyClose, 1},
		{"two offices", []compare.Claim{interior, defence}, everyClose, 2},
		{"a role many hold", []compare.Claim{spokesman, another}, everyClose, 2},
		{"one who leads", []compare.Claim{mayor, otherMayor}, everyClose, 1},
		{"one of many ministers", []compare.Claim{minister, otherMinister}, everyClose, 2},
		{"one name spelt two ways", []compare.Claim{brenn, spelt}, everyClose, 2},
		{"past holders", []compare.Claim{wasBrenn, wasLind}, everyClose, 2},
	})
}

// TestResidueOnlyFigureOfItsMeasure: two close reports that each give one
// speed, in words that share nothing ("took the curve at 120 km/h", "data
// showed 90 km/h"), give it for one question; a report giving two speeds
// leaves open which is meant.
func TestResidueOnlyFigureOfItsMeasure(t *testing.T) {
	curve := near(claim("d1", "count/train/km/h", "120 km/h", "", "curv", "took", "express"), "curv", "took")
	data := near(claim("d2", "count/km/h", "90 km/h", "", "data", "show", "recorder"), "data", "show")
	limit := near(claim("d2", "count/km/h", "60 km/h", "", "limit", "permit", "stretch"), "limit", "permit")
	checkGroupRelated(t, []relatedCase{
		{"one each", []compare.Claim{curve, data}, everyClose, 1},
		{"one each, not close", []compare.Claim{curve, data}, noneClose, 2},
		{"two in one report", []compare.Claim{curve, data, limit}, everyClose, 3},
	})
}

// TestResidueTollNamedOtherwise: two close reports' only tolls, in
// sentences that name different places, are one toll when a place one
// names is one the other report names elsewhere: a report may name a
// village or a road the other never does. Not when neither report names
// anything the other's sentence names.
func TestResidueTollNamedOtherwise(t *testing.T) {
	tollA := claim("d1", "quantity/death/count", ">=23", "", "@orvik", "@hadsel", "~death")
	tollB := claim("d2", "quantity/death/count", "27", "", "@tamsel", "@velmarco", "~death")
	carried := near(claim("d1", "count/passenger", "41", "", "@tamsel", "@velmarco", "carri", "coach"), "carri", "coach")
	rescued := near(claim("d2", "count/survivor", "11", "", "@orvik", "rescu", "villag"), "rescu", "villag")
	elsewhere := near(claim("d2", "count/survivor", "11", "", "@brenna", "rescu", "villag"), "rescu", "villag")
	nowhere := near(claim("d1", "count/passenger", "41", "", "@lunde", "carri", "coach"), "carri", "coach")
	checkGroupRelated(t, []relatedCase{
		{"each names the other's", []compare.Claim{tollA, carried, tollB, rescued}, everyClose, 3},
		{"one names the other's", []compare.Claim{tollA, carried, tollB, elsewhere}, everyClose, 3},
		{"neither names the other's", []compare.Claim{tollA, nowhere, tollB, elsewhere}, everyClose, 4},
	})
}

// TestResidueSentenceWords: two sums in close reports whose words beside
// share nothing ("put its value at", "was worth") are one figure when
// their sentences share a content word (the cargo) and each is the
// other's one best partner; not when nothing in the sentences is
// shared, nor when two sums of the other report share as much, nor
// when the reports were published far apart; and the one sharing more
// words wins.
func TestResidueSentenceWords(t *testing.T) {
	value := near(claim("d1", "count/usd/USD", "8000000 USD", "", "cargo", "insur", "put", "valu"), "put", "valu")
	fine := near(claim("d1", "count/usd/USD", "2000000 USD", "", "fine", "port", "regul"), "fine", "regul")
	worth := near(claim("d2", "count/usd/USD", "5000000 USD", "", "cargo", "estim", "lost", "worth"), "estim", "worth")
	shipment := near(claim("d2", "count/usd/USD", "5000000 USD", "", "estim", "lost", "shipment", "worth"), "estim", "worth")
	wages := near(claim("d2", "count/usd/USD", "900000 USD", "", "crew", "paid", "wage"), "paid", "wage")
	claimed := near(claim("d2", "count/usd/USD", "6000000 USD", "", "cargo", "owner", "sought"), "owner", "sought")
	insured := near(claim("d2", "count/usd/USD", "6000000 USD", "", "cargo", "insur", "owner"), "owner")
	checkGroupRelated(t, []relatedCase{
		{"the cargo in both", []compare.Claim{value, fine, worth, wages}, everyClose, 3},
		{"not close", []compare.Claim{value, fine, worth, wages}, noneClose, 4},
		{"nothing shared", []compare.Claim{value, fine, shipment, wages}, everyClose, 4},
		{"two as good", []compare.Claim{value, fine, worth, claimed}, everyClose, 4},
		{"one better", []compare.Claim{value, fine, worth, insured}, everyClose, 3},
	})
	// Reports published far apart in time: the cargo's sums stay apart.
	if got := len(GroupRelatedTimely([]compare.Claim{value, fine, worth, wages}, everyClose, noneClose)); got != 4 {
		t.Errorf("not timely: GroupRelatedTimely = %d alignments, want 4", got)
	}
}

// TestResidueOffsetsAndMagnitudes: how long after its start something
// came is one question in two close reports however each names the
// start (the take-off, the flight), and never a length; a magnitude is
// one figure whatever event class each report's words gave the quake.
func TestResidueOffsetsAndMagnitudes(t *testing.T) {
	liftOff := timeClaim("d1", "duration/after/lift", "PT80S", "", "capsul", "separat")
	flight := timeClaim("d2", "duration/after/flight", "PT65S", "", "broke", "rocket")
	length := timeClaim("d2", "duration/of/delay", "PT70S", "", "delay", "countdown")
	quake := claim("d1", "quantity/disaster/figure", "6.1", "", "quak", "struck", "valley")
	tremor := claim("d2", "quantity/attack/figure", "6.4", "", "bureau", "put", "tremor")
	checkGroupRelated(t, []relatedCase{
		{"two offsets", []compare.Claim{liftOff, flight}, everyClose, 1},
		{"an offset and a length", []compare.Claim{liftOff, length}, everyClose, 2},
		{"two magnitudes", []compare.Claim{quake, tremor}, everyClose, 1},
	})
}
