// Command client makes N HTTPS GETs to a URL, on one kept-alive connection or a new connection
// each, and fails on the first error: the Go part of the benchmark's workload.
//
// Usage: client [-new] N URL
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
)

func main() {
	fresh := flag.Bool("new", false, "a new connection for every request")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: client [-new] N URL")
		os.Exit(2)
	}
	count, err := strconv.Atoi(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: *fresh}}
	for i := 0; i < count; i++ {
		response, err := client.Get(fmt.Sprintf("%s?i=%d", flag.Arg(1), i))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		io.Copy(io.Discard, response.Body)
		response.Body.Close()
		if response.StatusCode != http.StatusOK {
			fmt.Fprintln(os.Stderr, response.Status)
			os.Exit(1)
		}
	}
}
