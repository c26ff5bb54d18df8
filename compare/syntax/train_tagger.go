package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
)

// taggedSentence is a training sentence for the tagger.
type taggedSentence struct {
	ws    []wordInfo
	gold  []int
	right []int // the first pass's tags, for training the second pass
}

func taggedOf(ss []TreeSentence, ts *tagset) []taggedSentence {
	out := make([]taggedSentence, len(ss))
	for i, s := range ss {
		t := taggedSentence{ws: make([]wordInfo, len(s.Words)), gold: make([]int, len(s.Words))}
		forms := make([]string, len(s.Words))
		for j, w := range s.Words {
			t.ws[j] = infoOf(w.Form)
			t.gold[j] = ts.of(w.UPOS, w.XPOS)
			forms[j] = w.Form
		}
		markCase(t.ws, forms)
		out[i] = t
	}
	return out
}

// trainTagger trains both passes. The second pass learns from first-pass
// tags made by models that did not see the sentence (jack-knifing in
// folds), so that it learns how far to trust them. Folds train in
// parallel; results do not depend on scheduling.
func trainTagger(train, dev []taggedSentence, ts *tagset, epochs, folds int, seed uint64, log io.Writer) (*tagger, float64) {
	nc := len(ts.names)
	first, _ := trainPass(train, dev, ts, false, epochs, seed, log)
	// Jack-knife the first pass over the training data.
	inFolds(folds, 2, func(k int) {
		p, _ := trainPass(outOfFold(train, k, folds), nil, ts, false, epochs, seed+uint64(k)+1, io.Discard)
		scores := make([]int32, nc)
		var feats []uint64
		for i := k; i < len(train); i += folds {
			s := &train[i]
			s.right = make([]int, len(s.ws))
			feats = tagPass(p, s.ws, s.right, nil, feats, scores)
		}
	})
	scores := make([]int32, nc)
	for i := range dev {
		dev[i].right = make([]int, len(dev[i].ws))
		tagPass(first, dev[i].ws, dev[i].right, nil, nil, scores)
	}
	second, acc := trainPass(train, dev, ts, true, epochs, seed, log)
	return &tagger{first: first, second: second}, acc
}

// trainPass trains one pass for up to epochs passes over the data, keeping
// the model of the epoch that tags dev best (the last when dev is empty).
func trainPass(train, dev []taggedSentence, ts *tagset, second bool, epochs int, seed uint64, log io.Writer) (*perceptron, float64) {
	nc := len(ts.names)
	tr := newTrainer(nc)
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float64, nc)
	var feats []uint64
	var best *perceptron
	bestAcc := -1.0
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &train[si]
			var right []int
			if second {
				right = s.right
			}
			tags := make([]int, len(s.ws))
			for i := range s.ws {
				feats = tagFeatures(feats[:0], s.ws, tags, right, i)
				tr.score(feats, scores)
				guess := argmax(scores)
				tr.tick()
				tr.update(feats, s.gold[i], guess)
				if guess == s.gold[i] {
					correct++
				}
				total++
				tags[i] = guess // condition on the model's own tags, as at run time
			}
		}
		if len(dev) == 0 && ep < epochs {
			continue
		}
		p := tr.freeze(1)
		acc := 1.0
		if len(dev) > 0 {
			acc = passAccuracy(p, dev, ts, second)
		}
		fmt.Fprintf(log, "tagger pass %v epoch %d: train %.4f dev %.4f features %d\n", second, ep, float64(correct)/float64(total), acc, p.n)
		if acc > bestAcc {
			best, bestAcc = p, acc
		}
	}
	return best, bestAcc
}

// passAccuracy is the share of words whose UPOS is right.
func passAccuracy(p *perceptron, dev []taggedSentence, ts *tagset, second bool) float64 {
	correct, total := 0, 0
	scores := make([]int32, len(ts.names))
	var feats []uint64
	for _, s := range dev {
		var right []int
		if second {
			right = s.right
		}
		tags := make([]int, len(s.ws))
		feats = tagPass(p, s.ws, tags, right, feats, scores)
		for i := range tags {
			if ts.upos[tags[i]] == ts.upos[s.gold[i]] {
				correct++
			}
			total++
		}
	}
	return float64(correct) / float64(total)
}

// inFolds runs fn for each fold k, at most workers at once, and waits.
func inFolds(folds, workers int, fn func(k int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers)
	for k := 0; k < folds; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			fn(k)
		}()
	}
	wg.Wait()
}

// outOfFold returns new copies of the sentences outside fold k, without
// the first pass's tags, so that a fold's training writes only its own.
func outOfFold(ss []taggedSentence, k, folds int) []taggedSentence {
	var out []taggedSentence
	for i, s := range ss {
		if i%folds != k {
			out = append(out, taggedSentence{ws: s.ws, gold: s.gold})
		}
	}
	return out
}
