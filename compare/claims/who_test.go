package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestSamePost: the heads of one body are one office, however the
// reports word it; two unqualified heads, a deputy, heads of two bodies
// and a state's offices are not.
func TestSamePost(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"judge", "judge", true},
		{"harbour director", "harbour chief", true},
		{"union general secretary", "union leader", true},
		{"commission chairman", "chairwoman", true},
		{"museum director", "director", true},
		{"director", "director", false},
		{"museum director", "deputy director", false},
		{"museum director", "harbour director", false},
		{"museum director", "spokesman", false},
		{"prime minister", "prime minister", false},
		{"provincial governor", "governor", false},
		{"", "", false},
	} {
		got := SamePost(postOf(tt.a), postOf(tt.b))
		if got != tt.want {
			t.Errorf("SamePost(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// postOf is the post of a who claim asked of role.
func postOf(role string) string {
	if role == "" {
		return ""
	}
	c := compare.Claim{Key: "who", Kind: compare.Name, Question: RoleAsked + role + "?"}
	return Post(&c)
}
