module egress-lens/bench

go 1.22
