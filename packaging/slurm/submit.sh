#!/bin/bash
# Pre-annotates a list of images on a Slurm cluster: an array of N shards, then a merge job that
# runs when all of them succeeded. Prints the two job ids.
#   S2S_CHECKPOINT=sam2.1_hiera_l.pt S2S_MANIFEST=images.txt S2S_OUT_DIR=/shared/auto \
#   S2S_PROJECT=/shared/auto.s2sproj packaging/slurm/submit.sh 16 [more sbatch options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shards=${1:?usage: submit.sh SHARDS [sbatch options]}
shift
array=$(sbatch --parsable --export=ALL --array="0-$(( shards - 1 ))" "$@" "$here/auto-array.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --export=ALL --dependency="afterok:$array" "$@" "$here/merge.sbatch")
merge=${merge%%;*}
echo "$array $merge"
