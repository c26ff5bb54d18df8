// Command trainmodel trains claimdiff's tagger, lemmatiser and parser on
// the UD English Web Treebank and writes the model the binary embeds.
//
//	go run ./compare/syntax/internal/trainmodel -ud ../shared/ud -o compare/syntax/data/model.bin.zst
//
// Training is seeded and single-machine: the same treebank and options
// give the same model, in about ten minutes on two cores.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/compare/syntax"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu")
	out := flag.String("o", "compare/syntax/data/model.bin.zst", "where to write the model")
	opt := syntax.DefaultTrainOptions
	flag.IntVar(&opt.TaggerEpochs, "tagger-epochs", opt.TaggerEpochs, "passes over the treebank for each tagger pass")
	flag.IntVar(&opt.ParserEpochs, "parser-epochs", opt.ParserEpochs, "passes over the treebank for the parser")
	flag.IntVar(&opt.Folds, "folds", opt.Folds, "jack-knife folds")
	flag.Float64Var(&opt.Explore, "explore", opt.Explore, "probability of following the parser's own mistakes while training")
	flag.Uint64Var(&opt.Seed, "seed", opt.Seed, "random seed")
	flag.StringVar(&opt.TagCache, "tag-cache", "", "keep the taggers and jack-knifed tags in `folder` between runs (for trying parser settings)")
	flag.Parse()
	if err := run(*ud, *out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "trainmodel:", err)
		os.Exit(1)
	}
}

func run(ud, out string, opt syntax.TrainOptions) error {
	read := func(name string) ([]syntax.TreeSentence, error) {
		path := filepath.Join(ud, name)
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return syntax.ReadCoNLLU(f, path)
	}
	train, err := read("en_ewt-ud-train.conllu")
	if err != nil {
		return err
	}
	dev, err := read("en_ewt-ud-dev.conllu")
	if err != nil {
		return err
	}
	m, err := syntax.Train(train, dev, opt, os.Stderr)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := m.WriteTo(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}
