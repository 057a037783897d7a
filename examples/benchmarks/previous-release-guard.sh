#!/bin/sh
# The byte-identical guard of a refactoring: builds the core and spi jars of an earlier commit in a git worktree
# under /tmp, then runs PreviousReleaseFindingsTest (the audit over the benchmark pool, every configuration)
# against them. Usage: examples/benchmarks/previous-release-guard.sh [commit]   (default: main)
set -eu
commit=${1:-main}
repo=$(git rev-parse --show-toplevel)
sha=$(git -C "$repo" rev-parse --short "$commit")
old=/tmp/cp-previous-$sha
if [ ! -f "$old/core.jar" ]; then
  git -C "$repo" worktree add --detach "$old/src" "$sha" >/dev/null
  (cd "$old/src" && flock /tmp/mvn.lock mvn -B -q -ntp -DskipTests package -pl consumer-protection-core -am)
  cp "$old"/src/consumer-protection-core/target/consumer-protection-core-*-SNAPSHOT.jar "$old/core.jar"
  cp "$old"/src/consumer-protection-spi/target/consumer-protection-spi-*-SNAPSHOT.jar "$old/spi.jar"
  # a release with the testkit module has its in-memory SPI implementations there (before it, in the spi jar)
  for tk in "$old"/src/consumer-protection-testkit/target/consumer-protection-testkit-*-SNAPSHOT.jar; do
    if [ -f "$tk" ]; then cp "$tk" "$old/testkit.jar"; fi
  done
  git -C "$repo" worktree remove --force "$old/src"
fi
jars="$old/core.jar:$old/spi.jar"
if [ -f "$old/testkit.jar" ]; then jars="$jars:$old/testkit.jar"; fi
cd "$repo"
flock /tmp/mvn.lock mvn -B -q -ntp test -pl examples/benchmarks -am -Dtest=PreviousReleaseFindingsTest \
  -Dsurefire.failIfNoSpecifiedTests=false "-Dcp.previousCore=$jars"
cat examples/benchmarks/target/surefire-reports/io.consumerprotection.examples.benchmarks.PreviousReleaseFindingsTest.txt
