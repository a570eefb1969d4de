// Command server is the benchmark's loopback HTTPS server: HTTP/1.1, keep-alive, a short "ok"
// for every request, and a log of the request targets it answered: the truth a report is checked
// against. GET /__count answers how many; GET /__log?from=N the targets from the Nth on, one a
// line. Neither is logged.
//
// Usage: server CERT KEY — prints the port it listens on (127.0.0.1) on its first line.
package main

import (
	"crypto/tls"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: server CERT KEY")
		os.Exit(2)
	}
	var mutex sync.Mutex
	var served []string
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/__count":
			mutex.Lock()
			count := len(served)
			mutex.Unlock()
			w.Write([]byte(strconv.Itoa(count)))
		case "/__log":
			from, _ := strconv.Atoi(r.URL.Query().Get("from"))
			mutex.Lock()
			from = max(0, min(from, len(served)))
			targets := strings.Join(served[from:], "\n")
			mutex.Unlock()
			w.Write([]byte(targets))
		default:
			mutex.Lock()
			served = append(served, r.RequestURI)
			mutex.Unlock()
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("ok\n"))
		}
	})
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(listener.Addr().(*net.TCPAddr).Port)
	server := &http.Server{
		Handler:  handler,
		ErrorLog: log.New(io.Discard, "", 0), // clients that hang up mid-handshake are not news
		// HTTP/1.1 only: every client speaks it, and wrk speaks nothing else.
		TLSNextProto: map[string]func(*http.Server, *tls.Conn, http.Handler){},
	}
	if err := server.ServeTLS(listener, os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
