package mentions

import "strings"

// countryNames lists the sovereign states by their common English names,
// with the variants spelling cannot join. Every one is a place of the
// gazetteer and a country for IsCountry.
const countryNames = `Afghanistan; Albania; Algeria; Andorra; Angola; Antigua and Barbuda;
	Argentina; Armenia; Australia; Austria; Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados;
	Belarus; Belgium; Belize; Benin; Bhutan; Bolivia; Bosnia and Herzegovina|Bosnia; Botswana;
	Brazil; Brunei; Bulgaria; Burkina Faso; Burundi; Cambodia; Cameroon; Canada; Cape Verde;
	Central African Republic; Chad; Chile; China|PRC|People's Republic of China|Mainland China;
	Colombia; Comoros; Congo; Democratic Republic of the Congo|DR Congo|DRC; Costa Rica;
	Croatia; Cuba; Cyprus; Czech Republic|Czechia; Denmark; Djibouti; Dominica;
	Dominican Republic; East Timor|Timor-Leste; Ecuador; Egypt; El Salvador; Equatorial Guinea;
	Eritrea; Estonia; Eswatini|Swaziland; Ethiopia; Fiji; Finland; France; Gabon; Gambia;
	Georgia; Germany; Ghana; Greece; Grenada; Guatemala; Guinea; Guinea-Bissau; Guyana; Haiti;
	Honduras; Hungary; Iceland; India; Indonesia; Iran; Iraq; Ireland; Israel; Italy;
	Ivory Coast|Cote d'Ivoire; Jamaica; Japan; Jordan; Kazakhstan; Kenya; Kiribati; Kosovo;
	Kuwait; Kyrgyzstan; Laos; Latvia; Lebanon; Lesotho; Liberia; Libya; Liechtenstein;
	Lithuania; Luxembourg; Madagascar; Malawi; Malaysia; Maldives; Mali; Malta;
	Marshall Islands; Mauritania; Mauritius; Mexico; Micronesia; Moldova; Monaco; Mongolia;
	Montenegro; Morocco; Mozambique; Myanmar|Burma; Namibia; Nauru; Nepal;
	Netherlands|Holland; New Zealand; Nicaragua; Niger; Nigeria;
	North Korea|DPRK|D.P.R.K.|Democratic People's Republic of Korea|N. Korea;
	North Macedonia|Macedonia; Norway; Oman; Pakistan; Palau; Palestine; Panama;
	Papua New Guinea; Paraguay; Peru; Philippines; Poland; Portugal; Qatar; Romania;
	Russia|Russian Federation; Rwanda; Saint Kitts and Nevis; Saint Lucia;
	Saint Vincent and the Grenadines; Samoa; San Marino; Sao Tome and Principe; Saudi Arabia;
	Senegal; Serbia; Seychelles; Sierra Leone; Singapore; Slovakia; Slovenia; Solomon Islands;
	Somalia; South Africa; South Korea|ROK|R.O.K.|Republic of Korea|S. Korea; South Sudan;
	Spain; Sri Lanka; Sudan; Suriname; Sweden; Switzerland; Syria; Taiwan; Tajikistan;
	Tanzania; Thailand; Togo; Tonga; Trinidad and Tobago; Tunisia; Turkey; Turkmenistan;
	Tuvalu; Uganda; Ukraine; United Arab Emirates|UAE|U.A.E.;
	United Kingdom|UK|U.K.|Britain|Great Britain;
	United States|US|U.S.|USA|U.S.A.|United States of America|America; Uruguay; Uzbekistan;
	Vanuatu; Vatican City|Vatican|Holy See; Venezuela; Vietnam|Viet Nam; Yemen; Zambia;
	Zimbabwe; Soviet Union|USSR|U.S.S.R.`

// countryList returns the canonical name of each country and its variants.
func countryList() [][]string {
	var out [][]string
	for _, line := range strings.Split(countryNames, ";") {
		var names []string
		for _, n := range strings.Split(line, "|") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			out = append(out, names)
		}
	}
	return out
}
