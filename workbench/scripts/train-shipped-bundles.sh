#!/usr/bin/env bash
# The rounds that trained the shipped bundles, in the order they ran: one config file each in workbench/experiments/
# (its "note" says why it ran and what came of it; workbench/experiments/README.md has the whole log, with the rounds
# that were not kept). Every round resumes from the bundle already in models/, so running this again continues
# training.
# Usage: workbench/scripts/train-shipped-bundles.sh [round...]   (default: all; a round is a config's name, e.g.
#        em-nanoparticles-r20d)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
export TF_CPP_MIN_LOG_LEVEL=2
ROUNDS=(
  em-nanoparticles-r1
  em-nanoparticles-noespa-r1
  fluorescent-nuclei-r1
  phase-contrast-cells-r1
  street-scenes-r1
  em-nanoparticles-r2
  street-scenes-r2
  em-nanoparticles-r3
  em-nanoparticles-noespa-r3
  fluorescent-nuclei-r3
  phase-contrast-cells-r3
  street-scenes-r3
  em-nanoparticles-r4
  em-nanoparticles-noespa-r4
  phase-contrast-cells-r4
  street-scenes-r4
  em-nanoparticles-r5
  phase-contrast-cells-r5
  street-scenes-r6
  phase-contrast-cells-r7
  em-nanoparticles-r9
  phase-contrast-cells-r9
  em-nanoparticles-r9b
  em-nanoparticles-r10
  phase-contrast-cells-r10
  em-nanoparticles-noespa-r10
  em-nanoparticles-r10b
  street-scenes-r10
  street-scenes-r11
  em-nanoparticles-r11
  street-scenes-r12
  phase-contrast-cells-r12
  street-scenes-r13
  street-scenes-r14
  street-scenes-r15
  phase-contrast-cells-r13
  fluorescent-nuclei-r14
  em-nanoparticles-r15
  street-scenes-r16
  street-scenes-r17
  phase-contrast-cells-r14
  phase-contrast-cells-r15
  em-nanoparticles-r17
  em-nanoparticles-r18
  fluorescent-nuclei-r15
  phase-contrast-cells-r16
  phase-contrast-cells-r16c
  em-nanoparticles-r19
  em-nanoparticles-r19c
  em-nanoparticles-r20s
  em-nanoparticles-r20d
  street-scenes-r21
)
for round in "${ROUNDS[@]}"; do
  if [ $# -eq 0 ] || [[ " $* " == *" $round "* ]]; then
    java -Xmx10g -cp "target/classes:$(cat target/cp.txt)" org.semanticinpaint.train.TrainCommand \
      --config "workbench/experiments/$round.json"
  fi
done
