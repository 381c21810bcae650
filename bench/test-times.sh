#!/usr/bin/env bash
# The test loop's cost: the slowest test classes of the last `mvn verify` (surefire's and failsafe's reports
# in target/), each with its time, then the count and the sum of every class's time, and each JVM's share of it
# (surefire runs the classes in -Dtests.forks JVMs side by side; the ITs run after them in one more). The sum is
# what the classes cost one after the other; it moves less with the machine's load than the wall time does. The
# busiest JVM's sum is what the unit tests' wall time cannot go below.
#   bash bench/test-times.sh            reads the reports in target/ (of every class run since the last
#                                       `mvn clean`), builds nothing
#   bash bench/test-times.sh --run      first runs `mvn -B verify` (MVN_ARGS added, e.g. MVN_ARGS=-o), timed
#                                       from start to exit, with the load average before and after
# TOP=N lists N classes (default 10).
# Goal: `mvn -B verify` <= 3 minutes wall on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
TOP=${TOP:-10}
machine
if [ "${1:-}" = --run ]; then
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  rm -rf target/surefire-reports target/failsafe-reports  # so that only this build's classes are counted
  t0=$(date +%s%N)
  rc=0
  # shellcheck disable=SC2086
  mvn -B ${MVN_ARGS:-} verify >"$log" 2>&1 || rc=$?
  t1=$(date +%s%N)
  grep -E '^\[(INFO|WARNING|ERROR)\] (Tests run:|BUILD|Total time)' "$log" | tail -4
  echo "mvn -B ${MVN_ARGS:+$MVN_ARGS }verify: exit $rc, wall $(awk -v n=$((t1 - t0)) 'BEGIN { printf "%.1f", n / 1e9 }') s;" \
    "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
fi
reports=$(find target/surefire-reports target/failsafe-reports -name 'TEST-*.xml' 2>/dev/null || true)
[ -n "$reports" ] || { echo "no test reports in target/: run  mvn -B verify  first (or pass --run)" >&2; exit 2; }
# one line per class, tab-separated: time, tests, name, the JVM that ran it (surefire's fork number in the
# tests.jvm property; failsafe's reports are the ITs')
# shellcheck disable=SC2086
perl -ne 'if (/<testsuite\b[^>]*>/) { $t = $&; ($n) = $t =~ /\bname="([^"]*)"/; ($s) = $t =~ /\btime="([^"]*)"/;
            ($c) = $t =~ /\btests="([^"]*)"/; $s =~ s/,//g; $j = $ARGV =~ /failsafe-reports/ ? "ITs" : "a JVM its report does not name"; }
          $j = "JVM $1" if /<property name="tests\.jvm" value="([^"]+)"/;
          if (m{</testsuite>|<testsuite\b[^>]*/>}) { printf "%.1f\t%d\t%s\t%s\n", $s, $c, $n, $j; }' $reports |
  sort -rn | awk -F'\t' -v top="$TOP" '
    { sum += $1; tests += $2; n++; share[$4] += $1; count[$4]++ }
    n <= top { printf "%8.1f s  %4d tests  %s\n", $1, $2, $3 }
    END {
      printf "%d classes, %d tests, sum of class times %.1f s\n", n, tests, sum
      for (j in share) printf "  %s: %d classes, %.1f s\n", j, count[j], share[j] | "sort"
    }'
