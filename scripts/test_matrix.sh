#!/usr/bin/env bash
# `make test-matrix`: run `make demo` and `make test` of a clean clone of this repository inside minimal
# Debian chroots (debootstrap, from the archive apt uses here), as planners have QGIS on other releases:
#   trixie  Debian 13, QGIS 3.40 LTR        sid  Debian unstable, QGIS 3.44
# Chroots are cached in $MATRIX_CACHE (default /var/cache/cdp-matrix); QGIS is installed in them by the
# project's own `make` (.stamps/debian), once. `host` runs this machine itself (in this tree). Results: build/matrix/<release>.json and .log; then
# scripts/compatibility_table.py writes docs/compatibility.md. Needs root (debootstrap, chroot, mounts).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${MATRIX_CACHE:-/var/cache/cdp-matrix}
OUT="$ROOT/build/matrix"
RELEASES=("${@:-trixie}")
mkdir -p "$CACHE" "$OUT"
if [ "${RELEASES[*]}" != host ] && ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

mirror() {
  # The Debian archive the host's apt uses (deb822 or one-line sources), else Debian's own.
  local uri
  uri=$(sed -n 's/^URIs: *\(.*debian\)\/\?$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1)
  [ -n "$uri" ] || uri=$(awk '$1=="deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
  echo "${uri:-http://deb.debian.org/debian}"
}

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  mounted=()
}
trap unmount_all EXIT

prepare_chroot() {
  local release=$1 dir=$CACHE/$1
  if [ ! -f "$dir/.ready" ]; then
    rm -rf "$dir.tmp"
    echo "== debootstrap $release from $(mirror)"
    debootstrap --variant=minbase --include=ca-certificates,make,git "$release" "$dir.tmp" "$(mirror)" >"$OUT/$release.debootstrap.log"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
    touch "$dir/.ready"
  fi
  # TLS to the package registries (PyPI) goes through the host's certificate authorities.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/"
  fi
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  # Packages never start services in the chroot (PostgreSQL's own cluster would outlive the run and hold the
  # mounts); the tests start their own throwaway server.
  printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
  chmod +x "$dir/usr/sbin/policy-rc.d"
  if [ "$release" = sid ]; then
    # sid's index is often past its Valid-Until date on archive snapshots: accepted for sid only.
    echo 'Acquire::Check-Valid-Until "false";' >"$dir/etc/apt/apt.conf.d/99cdp-valid-until"
  fi
  local m
  for m in proc sys dev dev/pts dev/shm; do
    mkdir -p "$dir/$m"
    mount --bind "/$m" "$dir/$m"
    mounted+=("$dir/$m")
  done
  in_chroot "$release" update-ca-certificates >/dev/null
}

in_chroot() {
  local release=$1
  shift
  chroot "$CACHE/$release" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"
}

run_host() {
  # This machine itself, in this working tree (CI has just made it a clean clone).
  local release
  release=$(. /etc/os-release && echo "${VERSION_CODENAME:-host}")
  echo "== $release (this machine): make demo && make test (log: build/matrix/$release.log)"
  local start result
  start=$(date +%s)
  set +e
  (cd "$ROOT" && make demo && make test) >"$OUT/$release.log.tmp" 2>&1
  result=$?
  set -e
  mv "$OUT/$release.log.tmp" "$OUT/$release.log"
  tail -3 "$OUT/$release.log"
  (cd "$ROOT" && .venv/bin/python scripts/compatibility_table.py --probe) >"$OUT/$release.versions.json" 2>/dev/null \
    || echo '{}' >"$OUT/$release.versions.json"
  /usr/bin/python3 "$ROOT/scripts/compatibility_table.py" --record "$release" --exit "$result" \
    --seconds "$(($(date +%s) - start))" --log "$OUT/$release.log" --versions "$OUT/$release.versions.json" \
    --out "$OUT/$release.json"
  [ "$result" = 0 ] || status=1
}

status=0
for release in "${RELEASES[@]}"; do
  if [ "$release" = host ]; then
    run_host
    continue
  fi
  prepare_chroot "$release"
  rm -rf "$CACHE/$release/work/repo"
  mkdir -p "$CACHE/$release/work"
  git clone -q "$ROOT" "$CACHE/$release/work/repo"
  echo "== $release: make demo && make test (log: build/matrix/$release.log)"
  start=$(date +%s)
  set +e
  in_chroot "$release" bash -c 'cd /work/repo && make demo && make test' >"$OUT/$release.log" 2>&1
  result=$?
  set -e
  seconds=$(($(date +%s) - start))
  tail -3 "$OUT/$release.log"
  in_chroot "$release" bash -c 'cd /work/repo && .venv/bin/python scripts/compatibility_table.py --probe' \
    >"$OUT/$release.versions.json" 2>/dev/null || echo '{}' >"$OUT/$release.versions.json"
  /usr/bin/python3 "$ROOT/scripts/compatibility_table.py" --record "$release" --exit "$result" --seconds "$seconds" \
    --log "$OUT/$release.log" --versions "$OUT/$release.versions.json" --out "$OUT/$release.json"
  unmount_all
  [ "$result" = 0 ] || status=1
done
exit $status
