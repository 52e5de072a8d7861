#!/usr/bin/env bash
# Manual proof that the tracking counters are shared by a cluster (issue 3, rate limits "shared across the instances
# of a cluster"): two Payara Micro instances on loopback form a data grid, a client alternates between them, and
# the per-IP limit (set to 10) is reached by the two together. (Also checked by hand on such a pair: a duplicate
# click on the other instance reuses the first click id, and a token signed by one instance is accepted by the other.)
# Needs: ./mvnw -B -o verify -pl testing,persistence,ejb,web -DskipITs (the WAR and payara-micro.jar in web/target).
# Ports: DB 3617, HTTP 8591/8592, data grid 7900/7901 (6900 is the default, often taken by a demo).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
WORK=${WORK:-/tmp/tracking-cluster}
mkdir -p "$WORK"
cd "$ROOT"
./mvnw -B -o -q dependency:build-classpath -pl testing -Dmdep.outputFile="$WORK/cp.txt"
CP="$(cat "$WORK/cp.txt"):$ROOT/testing/target/engagement-testing-1.0.0-SNAPSHOT.jar"
java -cp "$CP" "$ROOT/web/src/test/cluster/EmbeddedDb.java" 3617 "$WORK/db" > "$WORK/db.log" 2>&1 &
DB_PID=$!
PIDS=("$DB_PID")
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
until grep -q "DB up" "$WORK/db.log"; do sleep 1; done
for i in 1 2; do
  mkdir -p "$WORK/tmp$i"
  java -Xmx640m -Djava.io.tmpdir="$WORK/tmp$i" -Duser.timezone=UTC \
    -Ddb.url=jdbc:mariadb://127.0.0.1:3617/engagement -Ddb.user=root -Ddb.password=x -Dapp.demo-data=false \
    -Dpartners.rate-limit.ip=10 -Dmail.smtp.port=2599 -Dapp.session-cookie-secure=false \
    -jar "$ROOT/web/target/payara-micro.jar" --deploy "$ROOT/web/target/engagement.war" --port 859$i \
    --interfaces 127.0.0.1 --startport 7900 --clustername tracking-proof \
    --clusterMode tcpip:127.0.0.1:7900,127.0.0.1:7901 > "$WORK/micro$i.log" 2>&1 &
  PIDS+=($!)
  until grep -q "Payara Micro URLs" "$WORK/micro$i.log"; do sleep 2; done
done
grep -h "DG Size" "$WORK"/micro*.log | tail -1
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
echo "12 requests from one address, alternating instances (limit 10 per minute):"
for n in $(seq 1 12); do
  port=$((8591 + n % 2))
  curl -s -o /dev/null -D - -A "$UA" "http://127.0.0.1:$port/engagement/r/notrack/x" | tr -d '\r' \
    | awk -v p="$port" -v n="$n" 'NR==1{s=$2} /^X-RateLimit-Remaining/{r=$2} /^Retry-After/{a=" retry-after=" $2}
        END{print "  request " n " on " p ": " s " remaining=" r a}'
done
grep -h "Tracking counters" "$WORK"/micro*.log | sed 's/.*\] //' | cut -c1-120
