package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// exitSignal is the exit code of a run stopped by sig, as a shell gives
// it: 128 plus the signal's number, 130 for SIGINT, 143 for SIGTERM.
func exitSignal(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 128 + 2
}

// onSignal stops the run at SIGINT or SIGTERM: it cancels the context
// that every stage watches, removes the temporary files of reports being
// written, says so on stderr and exits 130 or 143 without waiting for a
// stage busy with one document. A second signal meets the default
// action. stop ends the watch.
func onSignal(stderr io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-sigs:
			signal.Stop(sigs)
			cancel()
			cleanup()
			fmt.Fprintf(stderr, "claimdiff: stopped by %v\n", sig)
			os.Exit(exitSignal(sig))
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel()
	}
}
