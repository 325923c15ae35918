#!/usr/bin/env bash
# La CI : les deux commandes du README, dans un clone neuf de ce dépôt, avec un PATH qui ne contient
# aucun .venv/bin (comme sur un poste neuf). 1) ./scripts/portail.sh construit et sert le portail de
# démonstration : on attend qu'il réponde, on vérifie la page d'accueil, on l'arrête. 2) ./scripts/tests.sh
# lance toute la suite (dont le premier jour d'un réseau : filrouge init, git, pre-commit). Les
# artefacts (captures d'écran, PDF) reviennent dans artefacts/ du dépôt d'origine.
# Le clone prend le dernier commit : ce qui n'est pas commité n'est pas testé ici.
set -euo pipefail
origine="$(cd "$(dirname "$0")/.." && pwd)"
travail="$(mktemp -d)"
clone="$travail/filrouge"
trap 'rm -rf "$travail"' EXIT
git -c safe.directory='*' clone -q --no-hardlinks "$origine" "$clone"
PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/\.venv/bin/\?$' | paste -sd: -)"
export PATH
cd "$clone"

port=8765
./scripts/portail.sh --adresse "127.0.0.1:$port" >"$travail/portail.log" 2>&1 &
serveur=$!
repond() {
  python3 - "$port" <<'PY'
import sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=5) as r:
    page = r.read().decode("utf-8")
sys.exit(0 if r.status == 200 and "<title>" in page and "Filrouge" in page else 1)
PY
}
for _ in $(seq 1 600); do
  if repond 2>/dev/null; then break; fi
  if ! kill -0 "$serveur" 2>/dev/null; then
    echo "La commande principale (./scripts/portail.sh) s'est arrêtée :" >&2
    cat "$travail/portail.log" >&2
    exit 1
  fi
  sleep 1
done
repond || { echo "Le portail ne répond pas sur le port $port :" >&2; cat "$travail/portail.log" >&2; exit 1; }
kill "$serveur"
wait "$serveur" 2>/dev/null || true
echo "Commande principale : portail construit et servi depuis un clone neuf."

statut=0
./scripts/tests.sh "$@" || statut=$?
if [ -d artefacts ]; then
  mkdir -p "$origine/artefacts"
  cp -a artefacts/. "$origine/artefacts/"
fi
exit "$statut"
