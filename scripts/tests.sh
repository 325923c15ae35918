#!/usr/bin/env bash
# Lance toute la suite de tests après avoir tout installé (c'est aussi ce que fait la CI).
# Les tests du navigateur pilotent le Chromium de Debian : il est installé s'il manque.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/installer.sh
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installation de Chromium et poppler-utils (tests du navigateur et des PDF)…"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  fi
fi
# Clients tiers contre lesquels les tests vérifient le projet (registre npm) : axe-core dans le
# navigateur, le serveur de langage YAML pour la complétion. Versions figées dans outils/package.json.
if command -v npm >/dev/null 2>&1 && [ ! -d outils/node_modules ]; then
  npm ci --prefix outils --no-audit --no-fund --silent || echo "npm indisponible : tests des clients tiers ignorés." >&2
fi
exec .venv/bin/python -m pytest -n 2 "$@"
