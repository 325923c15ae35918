"""Les schémas JSON de schemas/ sont à jour et les fichiers YAML les annoncent à l'éditeur."""

from __future__ import annotations

import json
import os
import unicodedata
import uuid
from pathlib import Path
from typing import Annotated, Any, Literal

import jsonschema
import pytest
from pydantic import BaseModel, Field

from filrouge import cache_validation
from filrouge.cli import main
from filrouge.modele.commun import Modele, Valeurs
from filrouge.schemas import SCHEMAS, contenu_schema, ecrire_schemas
from filrouge.validation import valider
from tests.outils import RACINE_PROJET, filrouge
from tests.usine import Usine


@pytest.mark.parametrize("nom", sorted(SCHEMAS))
def test_schema_a_jour(nom: str) -> None:
    """Un schéma périmé casse la complétion : `filrouge schemas` doit avoir été relancé."""
    ecrit = (RACINE_PROJET / "schemas" / f"{nom}.schema.json").read_text(encoding="utf-8")
    assert ecrit == contenu_schema(nom), f"schemas/{nom}.schema.json est périmé : lancez « filrouge schemas »"


def test_commande_schemas_regenere(tmp_path: Path) -> None:
    resultat = filrouge("schemas", "--sortie", str(tmp_path / "s"), cwd=tmp_path)
    assert resultat.returncode == 0, resultat.stderr
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted(f"{n}.schema.json" for n in SCHEMAS)


@pytest.mark.parametrize("nom", sorted(SCHEMAS))
def test_schema_est_un_json_schema_valide(nom: str) -> None:
    schema = json.loads(contenu_schema(nom))
    jsonschema.Draft202012Validator.check_schema(schema)


def _fichiers_yaml() -> list[Path]:
    fichiers = [RACINE_PROJET / "reseau.yaml", RACINE_PROJET / "annuaire.yaml"]
    fichiers += sorted((RACINE_PROJET / "dossiers").rglob("*.yaml"))
    return fichiers


def test_chaque_fichier_yaml_annonce_son_schema() -> None:
    """La première ligne `# yaml-language-server: $schema=…` pointe vers un schéma existant."""
    for fichier in _fichiers_yaml():
        premiere = fichier.read_text(encoding="utf-8").split("\n", 1)[0]
        assert premiere.startswith("# yaml-language-server: $schema="), fichier
        cible = (fichier.parent / premiere.split("=", 1)[1]).resolve()
        assert cible.is_file(), f"{fichier}: schéma introuvable {cible}"
        assert fichier.parent.name != "financements" or cible.name == "financement.schema.json"
        assert fichier.parent.name != "concertations" or cible.name == "concertation.schema.json"


# --- l'éditeur parle français --------------------------------------------------------------------

def _sans_accents(texte: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", texte) if not unicodedata.combining(c)).lower()


def _noeuds(noeud: Any) -> list[dict[str, Any]]:
    """Tous les sous-schémas, à toute profondeur."""
    if isinstance(noeud, list):
        return [n for element in noeud for n in _noeuds(element)]
    if not isinstance(noeud, dict):
        return []
    return [noeud] + [n for valeur in noeud.values() for n in _noeuds(valeur)]


def defauts_de_langue(schema: dict[str, Any]) -> list[str]:
    """Ce qu'un schéma laisse sans mot français : champ ou formulaire sans titre humain ni description, titre
    qui ne fait que répéter le nom (comme le titre automatique de pydantic, « Motif Non Ouverture »), valeur
    d'une liste de choix sans son sens."""
    definitions = schema.get("$defs", {})
    defauts: list[str] = []
    for nom, modele in [("(racine)", schema), *definitions.items()]:
        if not modele.get("description") or _sans_accents(modele.get("title", nom)) == _sans_accents(nom):
            defauts.append(f"formulaire {nom} : titre ou description manquant")
        for cle, champ in modele.get("properties", {}).items():
            reference = definitions.get(champ.get("$ref", "").rsplit("/", 1)[-1], {})
            titre = champ.get("title") or reference.get("title", "")  # pydantic omet un titre égal à celui du $ref
            description = champ.get("description", "")
            if _sans_accents(titre) in ("", _sans_accents(cle.replace("_", " "))) or not titre[0].isupper():
                defauts.append(f"{nom}.{cle} : titre {titre!r} (un libellé humain, pas le nom du champ)")
            if len(description) < 15 or not description.endswith((".", "…", ")", "?")):
                defauts.append(f"{nom}.{cle} : description {description!r}")
    for noeud in _noeuds(schema):
        if "enum" in noeud:
            sens = noeud.get("enumDescriptions", [])
            if len(sens) != len(noeud["enum"]) or not all(isinstance(s, str) and len(s) >= 10 for s in sens):
                defauts.append(f"valeurs {noeud['enum']} : sens manquant ({sens})")
    return defauts


@pytest.mark.parametrize("nom", sorted(SCHEMAS))
def test_chaque_champ_et_chaque_valeur_ont_leurs_mots_francais(nom: str) -> None:
    """Complétion et survol montrent un libellé et une explication en français pour tout ce qu'on peut écrire."""
    schema = json.loads(contenu_schema(nom))
    assert defauts_de_langue(schema) == []
    assert sum(len(m.get("properties", {})) for m in [schema, *schema.get("$defs", {}).values()]) >= 5


def test_le_controle_de_langue_repere_chaque_oubli() -> None:
    """Le contrôle ci-dessus échoue bien sur ce que pydantic génère seul."""

    class Sous(BaseModel):
        x: Annotated[int, Field(title="Un nombre", description="Un nombre entier positif.")]

    class Oublis(BaseModel):
        """Un formulaire d'essai."""

        motif_non_ouverture: str | None = None
        decrit_sans_titre: Annotated[str, Field(description="Une description sans titre.")]
        titre_repete: Annotated[str, Field(title="Titre répété", description="Le titre ne fait que répéter le nom.")]
        sans_description: Annotated[str, Field(title="Un vrai libellé")]
        statut: Literal["a", "b"]
        sous: Sous

    defauts = defauts_de_langue(Oublis.model_json_schema())
    for attendu in ("motif_non_ouverture : titre", "decrit_sans_titre : titre", "titre_repete : titre",
                    "sans_description : description", "statut : titre", "valeurs ['a', 'b']", "formulaire Sous"):
        assert any(attendu in d for d in defauts), (attendu, defauts)


def test_valeurs_sans_sens_ou_sens_sans_valeur_refuses() -> None:
    """Une valeur ajoutée à une liste de choix sans son sens ne passe pas la génération des schémas."""

    class Incomplet(Modele):
        statut: Annotated[Literal["a", "b", "c"], Valeurs(a="Le sens de a.", b="Le sens de b.")]

    class Perime(Modele):
        statut: Annotated[Literal["a", "b"], Valeurs(a="Le sens de a.", b="Le sens de b.", z="Une valeur retirée.")]

    class Unique(Modele):
        statut: Annotated[Literal["a"], Valeurs(a="Le sens de a.")]

    for modele in (Incomplet, Perime, Unique):
        with pytest.raises(ValueError, match="Valeurs"):
            modele.model_json_schema()
    assert Incomplet.model_validate({"statut": "c"}).statut == "c", "le sens ne change rien à la validation"


# --- une copie périmée dans un dépôt de réseau est signalée ---------------------------------------

def _perimes(racine: Path) -> list[tuple[str, str]]:
    """Les avertissements sur schemas/, identiques avec et sans le cache de validation."""
    chaud, froid = valider(racine), valider(racine, cache=False)
    assert chaud == froid
    return [(c.fichier, c.message) for c in chaud if c.regle == "depot.schemas_perimes" or c.fichier.startswith("schemas/")]


ALTERATIONS = {
    "un caractère changé, même taille": lambda f: f.write_text(f.read_text(encoding="utf-8").replace("Dossier", "Dossiez", 1),
                                                               encoding="utf-8"),
    "ancienne version": lambda f: f.write_text(f.read_text(encoding="utf-8").replace('"title": "Statut du dossier"',
                                                                                    '"title": "Statut"'), encoding="utf-8"),
    "tronqué": lambda f: f.write_bytes(f.read_bytes()[:-2]),
    "vide": lambda f: f.write_bytes(b""),
    "fins de ligne Windows": lambda f: f.write_bytes(f.read_bytes().replace(b"\n", b"\r\n")),
    "supprimé": lambda f: f.unlink(),
    "lien vers le bon contenu": lambda f: (f.rename(f.with_suffix(".copie")), f.symlink_to(f.with_suffix(".copie").name)),
    "répertoire": lambda f: (f.unlink(), f.mkdir()),
    "tube nommé (jamais ouvert)": lambda f: (f.unlink(), os.mkfifo(f)),
}


@pytest.mark.parametrize("alteration", sorted(ALTERATIONS))
def test_schema_perime_signale_avec_son_nom_et_sa_correction(usine: Usine, alteration: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ecrire_schemas(usine.racine / "schemas")
    assert _perimes(usine.racine) == [], "des schémas tout juste générés ne sont pas signalés"
    ALTERATIONS[alteration](usine.racine / "schemas" / "dossier.schema.json")
    signales = _perimes(usine.racine)
    assert [f for f, _ in signales] == ["schemas/dossier.schema.json"]
    assert "lancez « filrouge schemas »" in signales[0][1]
    constat = next(c for c in valider(usine.racine) if c.regle == "depot.schemas_perimes")
    assert constat.gravite == "avertissement" and not constat.est_erreur
    if alteration == "répertoire":
        (usine.racine / "schemas" / "dossier.schema.json").rmdir()
    monkeypatch.chdir(usine.racine)
    assert main(["schemas"]) == 0
    assert not (usine.racine / "schemas" / "dossier.schema.json").is_symlink()
    assert _perimes(usine.racine) == [], "la correction annoncée fait disparaître l'avertissement"


def test_depot_sans_schemas_non_concerne(usine: Usine) -> None:
    assert _perimes(usine.racine) == []
    (usine.racine / "schemas").symlink_to(RACINE_PROJET / "schemas")
    assert _perimes(usine.racine) == [], "un lien à la place du répertoire n'est pas suivi"


def test_validation_chaude_sans_generer_les_schemas(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Les empreintes attendues se calculent une fois par version de filrouge, puis viennent du cache."""
    import filrouge.schemas

    ecrire_schemas(usine.racine / "schemas")
    generations: list[str] = []
    original = filrouge.schemas.contenu_schema
    monkeypatch.setattr(filrouge.schemas, "contenu_schema", lambda nom: generations.append(nom) or original(nom))
    # des versions neuves à chaque passage : le cache de l'utilisateur garde les versions déjà calculées
    version = f"une version de filrouge {uuid.uuid4()}"
    monkeypatch.setattr(cache_validation, "empreinte_du_code", lambda: version)
    valider(usine.racine)
    assert sorted(generations) == sorted(SCHEMAS)
    generations.clear()
    (usine.racine / "schemas" / "reseau.schema.json").write_text("{}\n", encoding="utf-8")
    assert [c.fichier for c in valider(usine.racine) if c.regle == "depot.schemas_perimes"] == ["schemas/reseau.schema.json"]
    assert generations == [], "validation chaude : aucun schéma généré"
    monkeypatch.setattr(cache_validation, "empreinte_du_code", lambda: f"une autre version {uuid.uuid4()}")
    valider(usine.racine)
    assert sorted(generations) == sorted(SCHEMAS), "une autre version de filrouge recalcule les empreintes"
