// Package syntax reads the structure of English sentences: it splits
// tokens into the syntactic words of Universal Dependencies (UD), gives
// each word a part of speech (UPOS and the Penn Treebank XPOS) and a
// lemma, and parses each sentence into a labelled dependency tree.
//
// In: a *compare.Document and its sentences from segment. Out: each
// compare.Sentence's Words, in order, each with its span (a part of one
// token), tag, lemma, head (an index into Words, -1 for the root) and UD
// relation with its English subtype ("nsubj:pass", "obl:tmod").
//
//	ss := segment.Sentences(d)
//	syntax.Parse(d, ss)
//	for _, w := range ss[0].Words { … w.UPOS, w.Lemma, w.Head, w.Rel … }
//
// (ExampleParse shows a whole sentence.)
//
// The model is trained on the UD English Web Treebank v2.15 (CC BY-SA 4.0;
// see NOTICE) by internal/trainmodel and embedded (data/model.bin.zst):
//
//   - a tagger in two greedy passes, left to right, the second reading the
//     first's tags of the words to the right; averaged perceptron over
//     hashed features of the word, its affixes and shape, its neighbours,
//     and word classes clustered from GloVe vectors (data/clusters.txt.gz,
//     made by internal/genclusters);
//   - a lemmatiser: the treebank's lemma for a known word and tag, else the
//     suffix rule most words of that tag and ending follow;
//   - a greedy arc-hybrid transition parser with an averaged perceptron
//     over features of the stack, buffer and partial tree (after Zhang and
//     Nivre 2011), trained with a dynamic oracle (Goldberg and Nivre 2013)
//     on tags from jack-knifed taggers.
//
// Greedy decoding makes time and memory linear in the sentence's length:
// every word is shifted once and attached once, and scratch memory is
// reused, so analysing a sentence allocates only its results. A sentence
// met again is analysed once: the model keeps its analyses, compactly, up
// to a million words. A Model is safe for concurrent use.
//
// Accuracy and speed are measured by `claimdiff eval ud` (UPOS, UAS, LAS
// on gold tokenisation) and BenchmarkAnalyze; README lists the figures.
package syntax
