#!/usr/bin/env bash
# Installe tout, vérifie les dossiers de démonstration, construit le portail puis le sert en
# local avec rechargement à chaud : http://127.0.0.1:8000/ (Ctrl+C pour arrêter).
# Arguments passés tels quels à « filrouge portail servir » (ex. --pour ssm-capj, --adresse 127.0.0.1:8001).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/installer.sh
.venv/bin/filrouge valider
.venv/bin/filrouge portail construire --sortie site
exec .venv/bin/filrouge portail servir "$@"
