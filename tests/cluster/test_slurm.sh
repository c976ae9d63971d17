#!/bin/bash
# A one-node Slurm cluster on loopback (issue 18): munged, slurmctld and slurmd started here with a
# minimal slurm.conf in a temporary folder, the job array of packaging/slurm over 4 shards of
# generated images, then the dependent merge job; the merged project must equal a single-process
# `sam2studio-cli auto` + `merge` run byte for byte. The daemons are stopped at the end, whatever
# happens. Arguments: the CLI, the golden checkpoint, the source tree.
set -euo pipefail
cli=$1 checkpoint=$2 source=$3
for tool in munged slurmctld slurmd sbatch squeue scontrol sinfo; do
  command -v "$tool" >/dev/null || { echo "test_slurm: $tool is missing (scripts/install-deps.sh installs slurm-wlm and munge)" >&2; exit 1; }
done
tmp=$(mktemp -d /tmp/s2s-slurm-XXXXXX)
chmod 755 "$tmp"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  sleep 1
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [ "${KEEP_SLURM_TMP:-}" = "" ]; then rm -rf "$tmp"; else echo "kept $tmp"; fi
}
trap cleanup EXIT
fail() {
  echo "test_slurm: $*" >&2
  for log in "$tmp"/*.log "$tmp"/work/*.out; do [ -f "$log" ] && { echo "== $log"; tail -n 30 "$log"; } >&2; done
  exit 1
}

# munge: a key of our own, its socket in the temporary folder.
dd if=/dev/urandom of="$tmp/munge.key" bs=1024 count=1 status=none
chmod 600 "$tmp/munge.key"
munged --force --foreground --key-file="$tmp/munge.key" --socket="$tmp/munge.socket" \
  --pid-file="$tmp/munged.pid" --log-file="$tmp/munged.log" --seed-file="$tmp/munged.seed" >"$tmp/munged.out.log" 2>&1 &
pids+=($!)

user=$(id -un)
port=$(( 20000 + RANDOM % 20000 ))
mkdir -p "$tmp/state" "$tmp/spool" "$tmp/work"
cat > "$tmp/slurm.conf" <<CONF
ClusterName=s2stest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$(( port + 1 ))
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$tmp/munge.socket
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
PlugStackConfig=$tmp/plugstack.conf
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
: > "$tmp/plugstack.conf"
export SLURM_CONF=$tmp/slurm.conf
for i in $(seq 1 50); do [ -S "$tmp/munge.socket" ] && break; sleep 0.2; done
[ -S "$tmp/munge.socket" ] || fail "munged did not start"
slurmctld -D -i -f "$SLURM_CONF" >"$tmp/slurmctld.out.log" 2>&1 &
pids+=($!)
slurmd -D -N localhost -f "$SLURM_CONF" >"$tmp/slurmd.out.log" 2>&1 &
pids+=($!)
for i in $(seq 1 150); do
  state=$(sinfo -h -N -o %t 2>/dev/null || true)
  [ "$state" = "idle" ] && break
  sleep 0.2
done
[ "$state" = "idle" ] || fail "the node did not come up (state '$state')"

# Six generated images, 4 shards.
python3 - "$tmp/work" <<'PY'
import struct, sys, zlib
def png(w, h, rows):
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
out = sys.argv[1]
with open(out + '/list.txt', 'w') as listing:
    for i in range(6):
        w, h, cx = 80, 56, 15 + 10 * i
        rows = [[v for x in range(w) for v in ((220, 180 - 20 * i, 40) if (x - cx) ** 2 + (y - 28) ** 2 < 120 else (30 + 30 * i, 90, 150))] for y in range(h)]
        open('%s/img%d.png' % (out, i), 'wb').write(png(w, h, rows))
        listing.write('img%d.png\n' % i)
PY
args="--points-per-side 4 --pred-iou-thresh 0 --stability-score-thresh 0.3 --threads 1"
export S2S_CLI=$cli S2S_CHECKPOINT=$checkpoint S2S_MANIFEST=$tmp/work/list.txt S2S_OUT_DIR=$tmp/work/results \
       S2S_AUTO_ARGS=$args S2S_PROJECT=$tmp/work/cluster.s2sproj
cd "$tmp/work"
read -r array merge < <("$source/packaging/slurm/submit.sh" 4)
echo "submitted array $array and merge $merge"
for i in $(seq 1 600); do
  [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
  sleep 1
done
[ -z "$(squeue -h -o %i)" ] || fail "jobs still queued after 10 minutes: $(squeue)"
[ -f "$S2S_PROJECT" ] || fail "the merge job wrote no project"
n=$(ls "$S2S_OUT_DIR" | wc -l)
[ "$n" = 6 ] || fail "expected 6 result files, found $n"
ls sam2studio-auto-"$array"_*.out | wc -l | grep -qx 4 || fail "expected the output of 4 array tasks"

# The same list in one process.
# shellcheck disable=SC2086
"$cli" auto --checkpoint "$checkpoint" --manifest list.txt --out-dir single $args >/dev/null 2>single.log
"$cli" merge --in single --project single.s2sproj >/dev/null
cmp "$S2S_PROJECT" single.s2sproj || fail "the cluster's merged project differs from one process's"
masks=$(python3 -c 'import json,sys; print(sum(len(m["annotations"]) for m in json.load(open(sys.argv[1]))["media"]))' single.s2sproj)
[ "$masks" -gt 0 ] || fail "no masks were proposed"
echo "test_slurm: 4 shards on a one-node cluster merged equal to one run ($masks masks over 6 images)"
