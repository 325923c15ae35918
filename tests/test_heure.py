"""L'heure d'une concertation : formats acceptés, erreur claire sinon (valider, schéma JSON, éditeur), jamais devinée.

Acceptés : 14:00, 9:30, 14h, 14h30, et une plage début-fin avec un trait d'union (14:00-16:00,
14h - 16h30), la fin après le début le même jour. Tout le reste est une erreur de validation
au fichier et à la ligne de `heure:`, jamais un événement d'une journée dans les calendriers.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from filrouge.modele.concertation import Concertation
from filrouge.schemas import contenu_schema
from tests.outils import RACINE_PROJET, filrouge_ici
from tests.usine import Usine, attendre, concertation_minimale, seules

T = dt.time
VALIDES: dict[str, tuple[dt.time, dt.time | None]] = {
    "14:00": (T(14), None), "9:30": (T(9, 30), None), "09:30": (T(9, 30), None), "0:00": (T(0), None),
    "23:59": (T(23, 59), None), "14h": (T(14), None), "14h30": (T(14, 30), None), "8h05": (T(8, 5), None),
    "14:00-16:00": (T(14), T(16)), "14h-16h30": (T(14), T(16, 30)), "14h - 16h": (T(14), T(16)),
    "9:30 -11h": (T(9, 30), T(11)), "00:00-23:59": (T(0), T(23, 59)),
}
MAL_ECRITES = [  # le motif les refuse : schema.format
    "25:00", "24:00", "14h75", "14:60", "14:7", "14", "14 h", "14H30", "14.30", "midi", "14:00–16:00", "14:00—16:00",
    "14:00 à 16:00", "14:00-", "-14:00", "14:00-16:00-18:00", " 14:00", "14:00 ", "14:00\n", "１４:００", "14:00am",
    "Zorglubette",
]
A_L_ENVERS = ["14:00-13:00", "14:00-14:00", "23h-1h", "16h30 - 16h"]  # le motif les laisse passer : schema.valeur


@pytest.mark.parametrize(("heure", "attendu"), VALIDES.items())
def test_formats_acceptes(usine: Usine, heure: str, attendu: tuple[dt.time, dt.time | None]) -> None:
    usine.ecrire("concertation", modifier=lambda n: n.update(heure=heure))
    seules(usine.valider())
    donnees: dict[str, Any] = {**concertation_minimale(), "heure": heure}
    assert Concertation.model_validate(donnees).horaire == attendu


def test_sans_heure(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n.pop("heure"))
    seules(usine.valider())
    assert Concertation.model_validate({**concertation_minimale(), "heure": None}).horaire is None


@pytest.mark.parametrize("heure", MAL_ECRITES)
def test_heure_mal_ecrite(usine: Usine, heure: str) -> None:
    usine.ecrire("concertation", modifier=lambda n: n.update(heure=heure))
    constats = usine.valider()
    constat = attendre(constats, "schema.format", usine.chemin("concertation"), usine.ligne("concertation", "heure"))
    assert "« heure » n'a pas le format attendu" in constat.message and "14:00-16:00" in constat.message
    assert "Zorglubette" not in constat.message  # la valeur saisie n'est jamais recopiée


@pytest.mark.parametrize("heure", A_L_ENVERS)
def test_plage_a_l_envers(usine: Usine, heure: str) -> None:
    usine.ecrire("concertation", modifier=lambda n: n.update(heure=heure))
    constat = attendre(usine.valider(), "schema.valeur", usine.chemin("concertation"), usine.ligne("concertation", "heure"))
    assert "l'heure de fin de « heure » doit suivre l'heure de début" in constat.message


def test_heure_nombre(usine: Usine) -> None:
    """`heure: 14` (un nombre en YAML) : une erreur de type, pas une heure devinée."""
    usine.ecrire("concertation", modifier=lambda n: n.update(heure=14))
    attendre(usine.valider(), "schema.type", usine.chemin("concertation"), usine.ligne("concertation", "heure"))


def test_commande_valider_nomme_fichier_et_ligne(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n.update(heure="14:00–16:00"))
    resultat = filrouge_ici("valider", cwd=usine.racine)
    assert resultat.returncode == 1
    ligne = usine.ligne("concertation", "heure")
    assert f"{usine.chemin('concertation')}:{ligne}: [schema.format] « heure » n'a pas le format attendu" in resultat.stdout


# --- Le même motif pour l'éditeur ---------------------------------------------------------------

def _schema_heure() -> dict[str, Any]:
    schema = json.loads(contenu_schema("concertation"))
    return next(s for s in schema["properties"]["heure"]["anyOf"] if s.get("type") == "string")


def test_schema_json_connait_le_motif() -> None:
    """Le schéma (lu par jsonschema) accepte et refuse comme le modèle ; seule la plage à l'envers lui échappe."""
    schema = _schema_heure()
    assert schema["pattern"] and "14:00-16:00" in schema["patternErrorMessage"]
    for heure in [*VALIDES, *A_L_ENVERS]:
        jsonschema.validate(heure, schema)
    for heure in MAL_ECRITES:
        if heure != "14:00\n":  # `$` de Python accepte un saut de ligne final ; pas celui de l'éditeur (JavaScript)
            with pytest.raises(jsonschema.ValidationError):
                jsonschema.validate(heure, schema)


EDITEUR = RACINE_PROJET / "outils" / "node_modules" / "yaml-language-server"
_SCRIPT_EDITEUR = """
const path = require('path');
const [outils, schema, modele, valeurs] = process.argv.slice(1);
const { getLanguageService } = require(path.join(outils, 'yaml-language-server'));
const { TextDocument } = require(path.join(outils, 'vscode-languageserver-textdocument'));
(async () => {
  const ls = getLanguageService({ schemaRequestService: async () => schema,
                                  workspaceContext: { resolveRelativePath: (p, r) => new URL(p, r).href } });
  ls.configure({ validate: true, schemas: [{ uri: 'file:///concertation.schema.json', fileMatch: ['*.yaml'] }] });
  const resultat = {};
  for (const [i, v] of JSON.parse(valeurs).entries()) {
    const texte = modele.replace(/^heure: .*$/m, 'heure: ' + JSON.stringify(v));
    const diagnostics = await ls.doValidation(TextDocument.create(`file:///note-${i}.yaml`, 'yaml', 1, texte), false);
    resultat[v] = diagnostics.map((d) => d.message);
  }
  console.log(JSON.stringify(resultat));
})();
"""


@pytest.mark.skipif(shutil.which("node") is None or not EDITEUR.is_dir(),
                    reason="node ou le serveur de langage YAML absents (npm ci --prefix outils)")
def test_l_editeur_signale_une_heure_mal_ecrite_en_francais(usine: Usine) -> None:
    """Le serveur de langage YAML (VS Code) souligne une heure mal écrite avec le message français du schéma."""
    valeurs = [*VALIDES, *MAL_ECRITES]
    resultat = subprocess.run(
        ["node", "-e", _SCRIPT_EDITEUR, str(EDITEUR.parent), contenu_schema("concertation"),
         usine.absolu("concertation").read_text(encoding="utf-8"), json.dumps(valeurs)],
        capture_output=True, text=True, timeout=60, check=True)
    diagnostics = json.loads(resultat.stdout)
    message = _schema_heure()["patternErrorMessage"]
    assert message.startswith("Heure attendue : ")
    for heure in VALIDES:
        assert diagnostics[heure] == [], heure
    for heure in MAL_ECRITES:
        assert diagnostics[heure] == [message], heure
