#!/usr/bin/env bash
# Installe, vérifie les dossiers de démonstration, puis construit et sert le portail.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/installer.sh
.venv/bin/filrouge valider
