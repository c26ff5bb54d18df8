package mentions

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestQuantityBase(t *testing.T) {
	approx := cmpopts.EquateApprox(1e-9, 1e-9)
	inf := math.Inf(1)
	tests := []struct {
		v    string
		want Quantity
	}{
		{"12 km", Quantity{12000, 12000, "m", true, false}},
		{"3 mi", Quantity{4828.032, 4828.032, "m", false, false}},
		{">5 ft", Quantity{math.Nextafter(5, inf) * 0.3048, inf, "m", false, false}},
		{"2 t", Quantity{2000, 2000, "kg", true, false}},
		{"10 lb", Quantity{4.5359237, 4.5359237, "kg", false, false}},
		{"212 F", Quantity{100, 100, "C", false, false}},
		{"~32-50 F", Quantity{0, 10, "C", false, false}},
		{"3 ha", Quantity{30000, 30000, "m2", true, false}},
		{"1 acre", Quantity{4046.8564224, 4046.8564224, "m2", false, false}},
		{"2 km2", Quantity{2e6, 2e6, "m2", true, false}},
		{"10 gal", Quantity{37.85411784, 37.85411784, "l", false, false}},
		{"60 mph", Quantity{96.56064, 96.56064, "km/h", false, false}},
		{"40 %", Quantity{40, 40, "%", true, false}},
		{"1200000000 USD", Quantity{1.2e9, 1.2e9, "USD", true, false}},
		{"6", Quantity{6, 6, "", true, false}},
	}
	for _, tt := range tests {
		q, ok := ParseQuantity(tt.v)
		if !ok {
			t.Fatalf("ParseQuantity(%q) failed", tt.v)
		}
		if diff := cmp.Diff(tt.want, q.Base(), approx); diff != "" {
			t.Errorf("ParseQuantity(%q).Base() mismatch (-want +got):\n%s", tt.v, diff)
		}
	}
}

func TestComparable(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"5 km", "3.1 mi", true},
		{"5 km", "5 kg", false},
		{"100 F", "38 C", true},
		{"3 ha", "7 acre", true},
		{"1 km2", "3 ha", true},
		{"10 l", "2 gal", true},
		{"60 mph", "90 km/h", true},
		{"60 mph", "60 mi", false},
		{"1200000000 USD", "1200000000 USD", true},
		{"1200000000 USD", "1200000000 EUR", false},
		{"6", "8", true},
		{"6", "6 %", false},
		{"0.285714 ratio", "20-30", false},
	}
	for _, tt := range tests {
		a, _ := ParseQuantity(tt.a)
		b, _ := ParseQuantity(tt.b)
		if got := Comparable(a, b); got != tt.want {
			t.Errorf("Comparable(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestMoneyForms checks that three ways of writing one sum read the same.
func TestMoneyForms(t *testing.T) {
	var vals []string
	for _, text := range []string{"The dam cost $1.2 billion.", "The dam cost 1,200 million dollars.",
		"The dam cost US$1.2bn.", "The dam cost USD 1.2 billion.", "The dam cost 1.2 billion US dollars."} {
		qs := quantitiesOf(text)
		if len(qs) != 1 {
			t.Fatalf("findQuantities(%q) = %v, want one", text, qs)
		}
		vals = append(vals, qs[0].Value)
	}
	for i, v := range vals {
		if v != "1200000000 USD" {
			t.Errorf("form %d reads %q, want 1200000000 USD", i, v)
		}
	}
	eur := quantitiesOf("The dam cost €1.2 billion.")
	a, _ := ParseQuantity(vals[0])
	b, _ := ParseQuantity(eur[0].Value)
	if Comparable(a, b) {
		t.Errorf("Comparable(%q, %q) = true, want dollars and euros apart", vals[0], eur[0].Value)
	}
}

func TestFindQuantityForms(t *testing.T) {
	tests := []struct {
		text string
		want []q
	}{
		// Fractions as percentages; ordinals stay out.
		{"Two-thirds of the members voted yes.", []q{{"Two-thirds", "percent", "66.666667 %"}}},
		{"Three quarters of the crops failed.", []q{{"Three quarters", "percent", "75 %"}}},
		{"One-fifth of the budget went to roads.", []q{{"One-fifth", "percent", "20 %"}}},
		{"The price fell by a third.", []q{{"a third", "percent", "33.333333 %"}}},
		{"Half the houses flooded.", []q{{"Half", "percent", "50 %"}}},
		{"She tried a third time.", nil},
		{"Sales rose in the third quarter.", nil},
		{"Growth was weak in Quarter 2.", nil},
		// Ratios are one number; without "ratio" the same words are a range.
		{"The ratio of cats to dogs was 2 to 7.", []q{{"2 to 7", "ratio", "0.285714 ratio"}}},
		{"The ratio of cats to dogs was more than 2 to 7.", []q{{"more than 2 to 7", "ratio", ">0.285714 ratio"}}},
		{"They won by a 3:1 ratio.", []q{{"3:1", "ratio", "3 ratio"}}},
		{"Between 20 and 30 cats and 2 to 7 dogs.", []q{{"Between 20 and 30", "cat", "20-30"}, {"2 to 7", "dog", "2-7"}}},
		// Units that convert.
		{"The train reached 90 km/h, or 56 miles per hour.", []q{{"90 km/h", "km/h", "90 km/h"},
			{"56 miles per hour", "mph", "56 mph"}}},
		{"The fire spread over 40 square miles.", []q{{"over 40 square miles", "square mile", ">40 mi2"}}},
		{"The lake covers 12 sq. km and the park 3 km².", []q{{"12 sq. km", "square km", "12 km2"},
			{"3 km²", "square km", "3 km2"}}},
		{"It was 104 degrees Fahrenheit, or 40°C.", []q{{"104 degrees Fahrenheit", "fahrenheit", "104 F"},
			{"40°C", "celsius", "40 C"}}},
		{"The tank holds 20 gallons, about 75 litres.", []q{{"20 gallons", "gallon", "20 gal"},
			{"about 75 litres", "liter", "~75 l"}}},
		{"The baby weighed 7 pounds 3 ounces.", []q{{"7 pounds", "pound", "7 lb"}, {"3 ounces", "ounce", "3 oz"}}},
		// Counted nouns keep counts of different things apart.
		{"Four South Koreans and two navies took part.", []q{{"Four", "south korean", "4"}, {"two", "navy", "2"}}},
	}
	for _, tt := range tests {
		got := quantitiesOf(tt.text)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findQuantities(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
