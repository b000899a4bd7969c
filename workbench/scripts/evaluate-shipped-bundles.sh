#!/usr/bin/env bash
# Evaluates every shipped bundle on its own validation split (docs/eval/<bundle>/{results.md,results.csv,figure.png})
# and writes the metrics into its model.json. Usage: workbench/scripts/evaluate-shipped-bundles.sh [bundle...] (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
export TF_CPP_MIN_LOG_LEVEL=2
evaluate() { java -Xmx8g -cp "target/classes:$(cat target/cp.txt)" org.semanticinpaint.eval.evaluation.EvaluateCommand "$@"; }
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(em-nanoparticles fluorescent-nuclei phase-contrast-cells street-scenes)
for n in "${names[@]}"; do
  [ -f "models/$n/model.json" ] || { echo "skipping $n: models/$n is missing"; continue; }
  extra=()
  [ -f "models/ablations/$n-noespa/model.json" ] && extra=(--noespa "models/ablations/$n-noespa")
  evaluate --model "models/$n" "${extra[@]}" --max-images 40 --write-card
done
