package syntax

import (
	"fmt"
	"io"
	"runtime"
	"time"
)

// TrainOptions set how Train learns.
type TrainOptions struct {
	TaggerEpochs int     // passes over the treebank for each tagger pass
	ParserEpochs int     // passes for the parser
	Folds        int     // jack-knife folds for the tags the parser learns from
	Explore      float64 // how often the parser follows its own mistakes while learning
	Seed         uint64
	// TagCache, when set, is a folder where the taggers and jack-knifed
	// tags are kept between runs (for trying parser settings).
	TagCache string
}

// DefaultTrainOptions are the options the embedded model was trained with.
var DefaultTrainOptions = TrainOptions{TaggerEpochs: 8, ParserEpochs: 15, Folds: 5, Explore: 0.9, Seed: 1}

// Train learns a model from a treebank, choosing epochs on dev. The parser
// learns from tags predicted by taggers that did not see the sentence, as
// it will meet them at run time. Progress is logged to log.
func Train(train, dev []TreeSentence, opt TrainOptions, log io.Writer) (*Model, error) {
	if len(train) == 0 || len(dev) == 0 {
		return nil, fmt.Errorf("training needs train and dev sentences (have %d and %d)", len(train), len(dev))
	}
	start := time.Now()
	ts := tagsetOf(train)
	tTrain, tDev := taggedOf(train, ts), taggedOf(dev, ts)
	var tg *tagger
	var trainTags, devTags [][]int
	if opt.TagCache != "" {
		if cts, ctg, ctr, cdv, err := readTagCache(tagCachePath(opt.TagCache, opt)); err == nil && len(ctr) == len(train) && len(cdv) == len(dev) {
			ts, tg, trainTags, devTags = cts, ctg, ctr, cdv
			tTrain, tDev = taggedOf(train, ts), taggedOf(dev, ts)
			fmt.Fprintf(log, "tagger and tags read from %s\n", opt.TagCache)
		}
	}
	if tg == nil {
		tg, trainTags, devTags = trainTags3(tTrain, tDev, ts, opt, log, start)
		if opt.TagCache != "" {
			if err := writeTagCache(tagCachePath(opt.TagCache, opt), ts, tg, trainTags, devTags); err != nil {
				return nil, err
			}
		}
	}
	labels := labelSet(train)
	pTrain := parseSentencesOf(train, tTrain, trainTags, labels)
	pDev := parseSentencesOf(dev, tDev, devTags, labels)
	ps, las := trainParser(pTrain, pDev, labels, opt.ParserEpochs, opt.Explore, opt.Seed, log)
	fmt.Fprintf(log, "parser: dev LAS %.4f (%s)\n", las, time.Since(start).Round(time.Second))
	return &Model{tags: ts, tagger: tg, lemma: trainLemmatizer(train), parser: ps}, nil
}

// trainTags3 trains the tagger and returns it with the jack-knifed tags
// of train and its tags of dev.
func trainTags3(tTrain, tDev []taggedSentence, ts *tagset, opt TrainOptions, log io.Writer, start time.Time) (*tagger, [][]int, [][]int) {
	tg, acc := trainTagger(tTrain, tDev, ts, opt.TaggerEpochs, opt.Folds, opt.Seed, log)
	fmt.Fprintf(log, "tagger: dev UPOS %.4f (%s)\n", acc, time.Since(start).Round(time.Second))

	// Jack-knifed tags for the parser's training data.
	trainTags := make([][]int, len(tTrain))
	inFolds(opt.Folds, max(1, runtime.GOMAXPROCS(0)), func(k int) {
		ft, _ := trainTagger(outOfFold(tTrain, k, opt.Folds), nil, ts, opt.TaggerEpochs, opt.Folds, opt.Seed+uint64(k)+100, io.Discard)
		sc := newScratch()
		sc.tagScores = make([]int32, len(ts.names))
		for i := k; i < len(tTrain); i += opt.Folds {
			trainTags[i] = make([]int, len(tTrain[i].ws))
			ft.tag(tTrain[i].ws, trainTags[i], sc.right(len(tTrain[i].ws)), nil, sc.tagScores)
		}
	})
	fmt.Fprintf(log, "jack-knifed tags (%s)\n", time.Since(start).Round(time.Second))
	devTags := make([][]int, len(tDev))
	sc := newScratch()
	sc.tagScores = make([]int32, len(ts.names))
	for i := range tDev {
		devTags[i] = make([]int, len(tDev[i].ws))
		tg.tag(tDev[i].ws, devTags[i], sc.right(len(tDev[i].ws)), nil, sc.tagScores)
	}
	return tg, trainTags, devTags
}
