#!/bin/sh
# Long fuzzing run of every PaySDK fuzz target, one after another, with Jazzer's own runner.
#   fuzz/fuzz-long.sh [seconds per target, default 600] [target filter, a grep pattern]
# Findings (crash-* files) and the grown corpus land in fuzz/target/fuzz-long/<target>/.
set -eu
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-600}"
FILTER="${2:-.}"
mvn -B -q -pl fuzz -am test-compile dependency:build-classpath -Dquick \
  -Dmdep.outputFile="$PWD/fuzz/target/test.classpath" -Dmdep.includeScope=test
CP="fuzz/target/test-classes:$(cat fuzz/target/test.classpath)"
status=0
for target in $(grep -ho 'void [a-zA-Z_]*(FuzzedDataProvider' fuzz/src/test/java/dev/paysdk/fuzz/*FuzzTest.java /dev/null \
    | sed 's/void \(.*\)(FuzzedDataProvider/\1/' | sort -u); do
  for class in $(grep -l "void $target(FuzzedDataProvider" fuzz/src/test/java/dev/paysdk/fuzz/*FuzzTest.java); do
    name="$(basename "$class" .java)"
    echo "$name#$target" | grep -q -- "$FILTER" || continue
    dir="fuzz/target/fuzz-long/$name-$target"
    mkdir -p "$dir/corpus"
    echo "== $name#$target for ${SECONDS_PER_TARGET}s"
    if ! java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$CP" com.code_intelligence.jazzer.Jazzer \
        --target_class="dev.paysdk.fuzz.$name" --target_method="$target" --instrumentation_includes='dev.paysdk.**' \
        --reproducer_path="$dir" -artifact_prefix="$dir/" -max_total_time="$SECONDS_PER_TARGET" "$dir/corpus"; then
      echo "!! finding in $name#$target: see $dir"
      status=1
    fi
  done
done
exit $status
