package claims

import "strings"

// event is a class of happenings that news reports state facts about.
// Words of one class are paraphrases for the purpose of alignment:
// "talks were held", "the meeting", "they met".
type event struct {
	name     string // key part
	noun     string // for questions: "talks", "deaths"
	when     string // question for a time claim
	howMany  string // question for a count of this event, when one fits any noun; else built
	location string // question for a place claim
}

// phrasalEvents are verbs that name an event only with their particle:
// "cut off the supply", "shut down the plant"; "cut" alone is as often a
// cut in rates.
var phrasalEvents = map[[2]string]string{
	{"cut", "off"}: "closure", {"shut", "down"}: "closure", {"close", "down"}: "closure",
	{"shut", "off"}: "closure", {"turn", "off"}: "closure",
}

// changeEvents are rises and falls of something else ("the toll rose").
var changeEvents = map[string]bool{"increase": true, "decrease": true}

var events = map[string]*event{}

// eventNamed maps each class's name to it.
var eventNamed = map[string]*event{}

// eventWords lists each class with the lemmas that name it. Reporting
// verbs (say, tell, report) are deliberately absent: they are attribution,
// not events.
var eventWords = []struct {
	ev    event
	words string
}{
	{event{"talks", "talks", "When were the talks held?", "", "Where were the talks held?"},
		"talk meet meeting dialogue negotiation negotiate summit conference parley"},
	{event{"death", "deaths", "When did the deaths occur?", "How many people died?", "Where did people die?"},
		"kill die dead death toll fatality killing massacre"},
	{event{"injury", "injuries", "When were people injured?", "How many people were injured?", "Where were people injured?"},
		"injure wound hurt injury"},
	{event{"blast", "blast", "When did the blast happen?", "", "Where did the blast happen?"},
		"blast explosion explode bomb bombing"},
	{event{"attack", "attack", "When did the attack happen?", "", "Where did the attack happen?"},
		"attack assault raid ambush"},
	{event{"clash", "clashes", "When did the clashes happen?", "", "Where did the clashes happen?"},
		"clash fight battle riot skirmish"},
	{event{"fire", "exchange of fire", "When were shots fired?", "", "Where were shots fired?"},
		"fire shoot shot"},
	{event{"vote", "vote", "When was the vote held?", "", "Where was the vote held?"},
		"vote ballot poll election elect runoff"},
	{event{"seats", "seats", "When are the seats decided?", "How many seats?", "Where?"},
		"seat"},
	{event{"arrest", "arrests", "When were the arrests made?", "How many people were arrested?", "Where were the arrests made?"},
		"arrest detain detention"},
	{event{"opening", "opening", "When does it open?", "", "Where is the opening?"},
		"open reopen reopening"},
	{event{"closure", "closure", "When was it closed?", "", "What was closed?"},
		"close shut closure suspend suspension shutdown cut-off cutoff"},
	{event{"agreement", "agreement", "When was the agreement reached?", "", "Where was the agreement reached?"},
		"agreement agree deal accord treaty sign"},
	{event{"trial", "trial", "When did the trial sit?", "", "Where is the trial held?"},
		"trial hearing court adjourn resume"},
	{event{"resignation", "resignation", "When was the resignation?", "How many resignations?", "Where?"},
		"resign resignation"},
	{event{"missing", "missing", "Since when are people missing?", "How many people are missing?", "Where are people missing?"},
		"missing"},
	{event{"displacement", "displacement", "When were people displaced?", "How many people were displaced?", "Where were people displaced?"},
		"displace evacuate homeless evacuation"},
	{event{"crash", "crash", "When did the crash happen?", "", "Where did the crash happen?"},
		"crash collision accident"},
	{event{"rate", "rate", "When did the rate change?", "", "Where?"},
		"rate interest"},
	{event{"increase", "increase", "When did it rise?", "", "Where?"},
		"rise increase raise hike grow"},
	{event{"decrease", "decrease", "When did it fall?", "", "Where?"},
		"fall drop decrease decline"},
	{event{"quake", "earthquake", "When did the earthquake strike?", "", "Where did the earthquake strike?"},
		"earthquake quake tremor aftershock"},
}

func init() {
	for i := range eventWords {
		ev := &eventWords[i].ev
		eventNamed[ev.name] = ev
		for _, w := range strings.Fields(eventWords[i].words) {
			events[w] = ev
		}
	}
}

// plural returns the plural of a lower-case English noun, enough for
// questions: person → people, navy → navies, ship → ships.
func plural(noun string) string {
	if p, ok := irregularPlural[noun]; ok {
		return p
	}
	n := len(noun)
	switch {
	case n == 0:
		return "people"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "x"), strings.HasSuffix(noun, "ch"), strings.HasSuffix(noun, "sh"):
		return noun + "es"
	case n > 1 && noun[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(noun[n-2])):
		return noun[:n-1] + "ies"
	}
	return noun + "s"
}

var irregularPlural = map[string]string{"person": "people", "man": "men", "woman": "women", "child": "children", "people": "people"}

// irregular maps inflected forms that suffix stripping gets wrong.
var irregular = map[string]string{
	"met": "meet", "held": "hold", "died": "die", "dying": "die", "deaths": "death",
	"fought": "fight", "began": "begin", "begun": "begin", "took": "take", "taken": "take",
	"won": "win", "said": "say", "told": "tell", "rose": "rise", "risen": "rise",
	"fell": "fall", "fallen": "fall", "left": "leave", "broke": "break", "broken": "break",
	"sent": "send", "shot": "shot", "shots": "shot", "hurt": "hurt", "lives": "life",
	"children": "child", "people": "people", "men": "man", "women": "woman",
	"talks": "talk", "news": "news", "was": "be", "were": "be", "is": "be", "are": "be",
	"been": "be", "has": "have", "had": "have", "did": "do", "does": "do", "seen": "see",
	"saw": "see", "gave": "give", "given": "give", "found": "find", "led": "lead",
	"struck": "strike", "killed": "kill", "injured": "injure", "wounded": "wound",
	"agreed": "agree", "closed": "close", "opened": "open", "reopened": "reopen",
	"elected": "elect", "arrested": "arrest", "detained": "detain", "signed": "sign",
	"displaced": "displace", "evacuated": "evacuate", "exploded": "explode", "raised": "raise",
	"increased": "increase", "decreased": "decrease", "declined": "decline", "dropped": "drop",
	"resigned": "resign", "shut": "shut", "crashed": "crash", "voted": "vote", "polls": "poll",
	// Not "accord": "according to" attributes, it names no agreement.
	"according": "according", "accordingly": "accordingly", "vying": "vie", "ran": "run",
}

// lemma returns a dictionary form of a lower-case word, good enough to make
// inflections of one word meet; it is not a full morphological analyser.
func lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	if rest, ok := strings.CutPrefix(w, "re-"); ok && len(rest) > 2 {
		// "re-opened" is "reopened" written with a hyphen.
		return lemma("re" + rest)
	}
	if _, ok := events[w]; ok {
		return w
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	}
	return w
}

// undouble turns "stopp" back into "stop" after a suffix is removed.
func undouble(s string) string {
	if n := len(s); n > 2 && s[n-1] == s[n-2] && !strings.ContainsRune("lsz", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// generic words occur in reports of every kind of event, so sharing them
// says nothing about being about the same thing.
var generic = set("people person official government figure number total percent year time day week month report source")

// stopwords carry no content for alignment.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of in on at to for from by with as about
		into over after before since until than that this these those it its it's they them their
		he she his her him we our you your i is are was were be been being has have had do does did
		will would can could may might shall should must not no nor so too very also just only
		which who whom whose what when where why how there here then now said says say saying
		told tell report reported reports according while during between among against up down out
		off again further once all any both each few more most other some such own same s mr mrs ms
		per via amid despite though although if because whether yet still even new one`) {
		stopwords[w] = true
	}
}
