#!/usr/bin/env bash
# Prints the linker flags a build against a pip-installed PyTorch needs (scripts/build-cuda.sh,
# scripts/gpu-check.sh): its CUDA libraries come in their own wheels (site-packages/nvidia/*/lib),
# which libtorch_cuda.so finds through its RPATH at run time; at link time ld must look there
# before the CUDA toolkit's own folder, whose NCCL can be older than the one torch was built
# against. Prints nothing for a torch without those wheels.
#   scripts/torch-link-flags.sh PYTHON
set -euo pipefail
nvidia_libs=$("$1" -c 'import glob, os, torch; print(":".join(sorted(glob.glob(os.path.join(os.path.dirname(os.path.dirname(torch.__file__)), "nvidia", "*", "lib")))))')
[ -n "$nvidia_libs" ] && echo "-Wl,-rpath-link,$nvidia_libs"
exit 0
