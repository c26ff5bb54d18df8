package syntax

import (
	"os"
	"testing"
)

func readTreebank(t testing.TB, name string) []TreeSentence {
	path := "../../../shared/ud/" + name
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("treebank not found at %s: %v", path, err)
	}
	defer f.Close()
	ss, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func TestTrainTaggerProbe(t *testing.T) {
	if os.Getenv("CLAIMDIFF_PROBE") == "" {
		t.Skip("set CLAIMDIFF_PROBE=1 to train a probe tagger")
	}
	trainT := readTreebank(t, "en_ewt-ud-train.conllu")
	ts := tagsetOf(trainT)
	train := taggedOf(trainT, ts)
	dev := taggedOf(readTreebank(t, "en_ewt-ud-dev.conllu"), ts)
	_, acc := trainTagger(train, dev, ts, 7, 5, 1, os.Stderr)
	t.Logf("dev UPOS %.4f", acc)
}

func TestTrainParserProbe(t *testing.T) {
	if os.Getenv("CLAIMDIFF_PROBE") == "" {
		t.Skip("set CLAIMDIFF_PROBE=1 to train a probe parser")
	}
	trainT := readTreebank(t, "en_ewt-ud-train.conllu")
	devT := readTreebank(t, "en_ewt-ud-dev.conllu")
	labels := labelSet(trainT)
	ts := tagsetOf(trainT)
	train, dev := taggedOf(trainT, ts), taggedOf(devT, ts)
	gold := func(ts []taggedSentence) [][]int {
		out := make([][]int, len(ts))
		for i := range ts {
			out[i] = ts[i].gold
		}
		return out
	}
	ptrain := parseSentencesOf(trainT, train, gold(train), labels)
	pdev := parseSentencesOf(devT, dev, gold(dev), labels)
	_, las := trainParser(ptrain, pdev, labels, 10, 0.9, 1, os.Stderr)
	t.Logf("dev LAS (gold tags) %.4f", las)
}
