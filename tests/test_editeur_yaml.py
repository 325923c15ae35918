"""Le vrai serveur de langage YAML (celui de l'extension YAML de VS Code) montre nos mots français.

Un seul serveur `yaml-language-server --stdio` pour tout le module, piloté en JSON-RPC comme le fait
l'éditeur : ouverture d'un fichier qui annonce son schéma par la ligne `# yaml-language-server:
$schema=…`, complétion d'une clé et d'une valeur de choix, survol d'une clé. Les schémas sont ceux
que génère cette version (`ecrire_schemas`), les mots attendus ceux du modèle.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from filrouge.modele.commun import Valeurs
from filrouge.modele.concertation import SENS_STATUT_ACTION
from filrouge.modele.dossier import SENS_ROLE, SENS_STATUT_DOSSIER, Dossier
from filrouge.modele.financement import SENS_TYPE_PIECE
from filrouge.schemas import SCHEMAS, ecrire_schemas
from tests.outils import RACINE_PROJET

SERVEUR = RACINE_PROJET / "outils" / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"
DELAI = 15.0
"""Secondes d'attente d'une réponse : bien plus qu'il n'en faut (quelques dizaines de ms), jamais infini."""
CURSEUR = "‸"


class ClientLsp:
    """Le strict nécessaire d'un client LSP : requêtes, notifications, réponses aux questions du serveur."""

    def __init__(self, commande: list[str]) -> None:
        self.processus = subprocess.Popen(commande, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL)
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.numero = 0
        threading.Thread(target=self._lire, daemon=True).start()

    def _lire(self) -> None:
        sortie = self.processus.stdout
        assert sortie is not None
        while True:
            entetes: dict[str, str] = {}
            while ligne := sortie.readline():
                if not ligne.strip():
                    break
                cle, valeur = ligne.decode("ascii").split(":", 1)
                entetes[cle.lower()] = valeur.strip()
            else:  # fin du flux : le serveur s'est arrêté
                self.messages.put(None)
                return
            self.messages.put(json.loads(sortie.read(int(entetes["content-length"]))))

    def _envoyer(self, message: dict[str, Any]) -> None:
        assert self.processus.stdin is not None
        corps = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.processus.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(corps), corps))
        self.processus.stdin.flush()

    def notifier(self, methode: str, parametres: dict[str, Any]) -> None:
        self._envoyer({"method": methode, "params": parametres})

    def demander(self, methode: str, parametres: dict[str, Any]) -> Any:
        self.numero += 1
        self._envoyer({"id": self.numero, "method": methode, "params": parametres})
        while True:
            try:
                message = self.messages.get(timeout=DELAI)
            except queue.Empty:
                pytest.fail(f"le serveur de langage YAML ne répond pas à {methode}")
            if message is None:
                pytest.fail("le serveur de langage YAML s'est arrêté")
            if "method" in message and "id" in message:  # une question du serveur
                self._envoyer({"id": message["id"], "result": self._repondre(message)})
            elif message.get("id") == self.numero:
                assert "error" not in message, message["error"]
                return message.get("result")

    @staticmethod
    def _repondre(question: dict[str, Any]) -> Any:
        if question["method"] != "workspace/configuration":
            return None
        reglages = {"schemaStore": {"enable": False}, "completion": True, "hover": True, "validate": True}
        return [reglages if item.get("section") == "yaml" else {} for item in question["params"]["items"]]

    def arreter(self) -> None:
        try:
            self.demander("shutdown", {})
            self.notifier("exit", {})
            self.processus.wait(timeout=DELAI)
        finally:
            if self.processus.poll() is None:
                self.processus.kill()
                self.processus.wait()


class Editeur:
    """Des fichiers ouverts dans un dépôt où `schemas/` vient d'être généré."""

    def __init__(self, client: ClientLsp, racine: Path) -> None:
        self.client, self.racine, self.ouverts = client, racine, 0

    def ouvrir(self, schema: str, texte: str) -> tuple[str, dict[str, int]]:
        """Ouvre `dossiers/2019-001/…/N.yaml` annonçant `schema` ; renvoie son adresse et la position du curseur."""
        self.ouverts += 1
        profondeur = "../../../" if schema in ("concertation", "financement") else "../../"
        texte = f"# yaml-language-server: $schema={profondeur}schemas/{schema}.schema.json\n{texte}"
        avant, _, _ = texte.partition(CURSEUR)
        position = {"line": avant.count("\n"), "character": len(avant.rsplit("\n", 1)[-1])}
        repertoire = "dossiers/2019-001" + ("/x" if profondeur == "../../../" else "")
        uri = (self.racine / repertoire / f"{self.ouverts}.yaml").as_uri()
        self.client.notifier("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": texte.replace(CURSEUR, "")}})
        return uri, position

    def completer(self, schema: str, texte: str) -> dict[str, str]:
        """Les propositions au curseur : libellé → documentation (texte brut)."""
        uri, position = self.ouvrir(schema, texte)
        reponse = self.client.demander("textDocument/completion", {"textDocument": {"uri": uri}, "position": position})
        elements = reponse["items"] if isinstance(reponse, dict) else reponse
        return {e["label"]: _texte(e.get("documentation")) for e in elements}

    def survoler(self, schema: str, texte: str) -> str:
        uri, position = self.ouvrir(schema, texte)
        reponse = self.client.demander("textDocument/hover", {"textDocument": {"uri": uri}, "position": position})
        assert reponse is not None, f"aucun survol pour {texte!r}"
        return _texte(reponse["contents"]).replace("\\", "")  # le Markdown échappe les « _ »


def _texte(documentation: Any) -> str:
    return documentation.get("value", "") if isinstance(documentation, dict) else documentation or ""


@pytest.fixture(scope="module")
def editeur(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Editeur]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node est absent : le serveur de langage YAML ne peut pas tourner (voir scripts/tests.sh)")
    if not SERVEUR.is_file():
        pytest.skip("le paquet npm yaml-language-server n'est pas installé dans outils/ (voir scripts/tests.sh)")
    racine = tmp_path_factory.mktemp("depot-editeur")
    ecrire_schemas(racine / "schemas")
    client = ClientLsp([node, str(SERVEUR), "--stdio"])
    try:
        client.demander("initialize", {
            "processId": None, "rootUri": racine.as_uri(), "locale": "fr",
            "capabilities": {"workspace": {"configuration": True}, "textDocument": {
                "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"],
                                                  "snippetSupport": True}},
                "hover": {"contentFormat": ["markdown", "plaintext"]}}}})
        client.notifier("initialized", {})
        yield Editeur(client, racine)
    finally:
        client.arreter()


def _champs(modele: type[BaseModel]) -> dict[str, str]:
    return {nom: champ.description or "" for nom, champ in modele.model_fields.items()}


@pytest.mark.parametrize("schema", sorted(SCHEMAS))
def test_completion_de_chaque_cle_de_premier_niveau(editeur: Editeur, schema: str) -> None:
    """Dans un fichier vide, chaque champ du formulaire est proposé avec sa description française."""
    proposees = editeur.completer(schema, f"{CURSEUR}\n")
    attendues = _champs(SCHEMAS[schema])
    assert {cle: proposees.get(cle) for cle in attendues} == attendues


def test_completion_d_une_cle_imbriquee(editeur: Editeur) -> None:
    proposees = editeur.completer("dossier", f"id: 2019-001\nacteurs:\n  - id: mere\n    {CURSEUR}\n")
    assert proposees["lien"].startswith("Famille et aidants proches : lien avec le jeune")
    assert proposees["charte_signee"].startswith("Date (AAAA-MM-JJ) de signature de la charte")


@pytest.mark.parametrize(("schema", "texte", "sens"), [
    ("dossier", f"id: 2019-001\nstatut: {CURSEUR}\n", SENS_STATUT_DOSSIER),
    ("dossier", f"acteurs:\n  - id: mere\n    role: {CURSEUR}\n", SENS_ROLE),
    ("concertation", f"date: 2019-03-06\nactions:\n  - numero: 1\n    statut: {CURSEUR}\n", SENS_STATUT_ACTION),
    ("financement", f"pieces:\n  - fichier: pieces/devis.pdf\n    type: {CURSEUR}\n", SENS_TYPE_PIECE),
], ids=["statut du dossier", "rôle d'un acteur", "statut d'une action", "type de pièce"])
def test_completion_d_une_valeur_de_choix(editeur: Editeur, schema: str, texte: str, sens: Valeurs) -> None:
    """Chaque valeur permise est proposée avec son sens, tel que le modèle l'écrit."""
    assert editeur.completer(schema, texte) == sens.sens


@pytest.mark.parametrize(("texte", "titre", "champ"), [
    (f"id: 2019-001\nmotif_non{CURSEUR}_ouverture: saturation\n", "Motif de non-ouverture", "motif_non_ouverture"),
    (f"id: 2019-001\nmotif_dem{CURSEUR}ande:\n", "Motif de la demande", "motif_demande"),
    (f"id: 2019-001\nmotif_dem{CURSEUR}ande: un motif\n", "Motif de la demande", "motif_demande"),
    (f"id: 2019-001\nca{CURSEUR}nal: telephone\n", "Canal de la demande", "canal"),
    (f"id: 2019-001\nda{CURSEUR}tes:\n  demande: 2019-02-01\n", "Dates du dossier", "dates"),
], ids=["rempli", "facultatif vide", "facultatif rempli", "obligatoire", "sous-formulaire"])
def test_survol_d_une_cle(editeur: Editeur, texte: str, titre: str, champ: str) -> None:
    """Le survol titre la clé d'un libellé français, une seule fois, puis donne sa description."""
    survol = editeur.survoler("dossier", texte)
    assert survol.startswith(f"#### {titre}\n\n{Dossier.model_fields[champ].description}"), survol
    assert "||" not in survol


def test_survol_d_une_valeur_de_choix(editeur: Editeur) -> None:
    survol = editeur.survoler("dossier", f"id: 2019-001\nstatut: cl{CURSEUR}os\n")
    assert survol.startswith("#### Statut du dossier\n"), survol
    assert "Valeurs autorisées" in survol
    for valeur, sens in SENS_STATUT_DOSSIER.sens.items():
        assert f"`{valeur}`: {sens}" in survol
