#!/usr/bin/env bash
# Lance toute la suite de tests après avoir tout installé (c'est aussi ce que fait la CI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/installer.sh
exec .venv/bin/python -m pytest -n 2 "$@"
