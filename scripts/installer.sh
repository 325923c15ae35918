#!/usr/bin/env bash
# Installe tout ce qu'il faut sur une machine Debian neuve (Python 3.11) : un environnement
# virtuel .venv avec filrouge et ses dépendances. Sans effet si tout est déjà là.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv || { echo "Impossible de créer .venv : installez python3-venv (apt-get install python3-venv)." >&2; exit 1; }
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
echo "filrouge est installé dans .venv/ : lancez-le par .venv/bin/filrouge (par exemple .venv/bin/filrouge valider)," >&2
echo "ou activez l'environnement pour l'appeler par son nom : source .venv/bin/activate." >&2
echo "Les hooks de ce dépôt le trouvent sans rien activer : .venv/bin/pre-commit install." >&2
