#!/bin/sh
# The overhead workload: N HTTPS requests from each of curl, python, node and Go, on one kept-alive
# connection and on a new connection each. Run bare and under `egress-lens run`; the harness compares
# the wall time. Usage: workload.sh ORIGIN N GO_CLIENT
set -eu
origin=$1 n=$2 goclient=$3
# Per-section wall times (ms), one "name ms" a line, to $WORKLOAD_TIMES if set.
last=$(date +%s%N)
lap() { now=$(date +%s%N); [ -z "${WORKLOAD_TIMES:-}" ] || echo "$1 $(((now - last) / 1000000))" >>"$WORKLOAD_TIMES"; last=$now; }

urls() { i=0; while [ "$i" -lt "$n" ]; do echo "url = \"$origin/$1/$i\""; echo 'output = "/dev/null"'; i=$((i + 1)); done; }
# curl: one process, N URLs; kept alive, then with Connection: close (a handshake each).
urls curl-ka | curl -sfK -
lap curl-ka
urls curl-new | curl -sfK - -H 'Connection: close'
lap curl-new

python3 - "$origin" "$n" <<'PY'
import sys, urllib.request, requests
origin, n = sys.argv[1], int(sys.argv[2])
with requests.Session() as s:
    for i in range(n):
        s.get(f"{origin}/py-ka/{i}").raise_for_status()
for i in range(n):
    urllib.request.urlopen(f"{origin}/py-new/{i}").read()
PY
lap python

node - "$origin" "$n" <<'JS'
const https = require('node:https');
const [origin, n] = [process.argv[2], Number(process.argv[3])];
const get = (url, agent) =>
  new Promise((resolve, reject) =>
    https.get(url, { agent }, (res) => res.resume().on('end', resolve).on('error', reject)).on('error', reject));
(async () => {
  const keepAlive = new https.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < n; i++) await get(`${origin}/node-ka/${i}`, keepAlive);
  keepAlive.destroy();
  for (let i = 0; i < n; i++) await get(`${origin}/node-new/${i}`, false);
})().catch((err) => { console.error(err); process.exit(1); });
JS
lap node

"$goclient" "$n" "$origin/go-ka"
"$goclient" -new "$n" "$origin/go-new"
lap go
