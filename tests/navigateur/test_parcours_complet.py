"""La vie entière d'un dossier par les formulaires de l'atelier seuls, dans un vrai navigateur (issue 13).

Un seul parcours, un seul serveur, sur un clone de la démonstration relié à un dépôt partagé nu et local, avec
le hook pre-commit publié (tracé : chaque passage note les fichiers qu'il vérifie). Aucun fichier n'est écrit à
la main, aucune commande filrouge n'est lancée : Git ne sert qu'à vérifier, et à jouer le coordinateur qui
fusionne la demande dans le dépôt partagé. Le casemanager crée le dossier avec l'aide au code, l'ouvre (critères),
remplit la phase préparatoire et les acteurs, consigne le consentement, écrit une première note de 3 actions (un
téléphone dans le récit et une échéance manquante montrés à côté de leur champ, corrigés), une seconde qui reprend
les actions ouvertes, synchronise, prépare une demande Criseflex depuis une action avec un devis téléversé,
l'envoie au coordinateur, la récupère fusionnée, note la décision et le remboursement, clôt avec un motif et
synchronise. À chaque pas : ce que l'utilisateur lit, et l'état du dépôt. Chaque requête du navigateur est
interceptée (aucune ne sort du serveur local) ; axe-core sur chaque page vue ; captures des pages clés en
pleine hauteur, à 1366 px (fenêtre 1366x900) et 390 px (390x844) de large.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from tests.navigateur.test_atelier_navigateur import AXE, CAPTURES, ENV_GIT, TAILLES, _axe, _capture, _git
from tests.outils import RACINE_PROJET, copier_demo, port_libre, serveur_local

pytestmark = pytest.mark.navigateur

AUJOURDHUI = "2027-03-15"
"""Le jour de la clôture : le reste de la vie du dossier est saisi à ses dates, de janvier à mars."""
DOSSIER = "2027-001"
CODE = "LVG20115100"
NOTE_1, NOTE_2 = "2027-01-19", "2027-02-16"
DEMANDE = f"{AUJOURDHUI}-action-2"
BRANCHE = f"financement/{DOSSIER}-action-2"
DEVIS = b"%PDF-1.4\n% devis fictif : stage de remobilisation, 1 800 euros\n%%EOF\n"
RACINE_DU_DOSSIER = f"dossiers/{DOSSIER}"


@pytest.fixture(scope="module")
def reseau(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path, Path, dict[str, str]]]:
    """Le dépôt partagé nu, le clone du casemanager (hooks installés, tracés) servi par l'atelier, et la trace."""
    base = tmp_path_factory.mktemp("parcours")
    nu, clone, trace = base / "partage.git", copier_demo(base / "clone"), base / "trace-hook"
    env = {**os.environ, **ENV_GIT, "GIT_CONFIG_GLOBAL": str(base / "gitconfig"), "GIT_CEILING_DIRECTORIES": str(base),
           "XDG_STATE_HOME": str(base / "etat"), "FILROUGE_AUJOURDHUI": AUJOURDHUI,
           "PRE_COMMIT_HOME": str(base / "cache-pre-commit")}
    hooks = [h for h in yaml.safe_load((RACINE_PROJET / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
             if h["id"] == "filrouge-valider"]
    for hook in hooks:  # le hook publié, avec le filrouge de cet environnement, qui note chaque passage
        commande = hook["entry"].replace("filrouge", f"{shlex.quote(sys.executable)} -m filrouge", 1)
        script = f"{{ echo ---; git diff --cached --name-only; }} >> {shlex.quote(str(trace))} && exec {commande}"
        hook["language"], hook["entry"] = "system", f"sh -c {shlex.quote(script)} filrouge-valider"
    (clone / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}, allow_unicode=True), encoding="utf-8")
    assert _git(base, "init", "-q", "--bare", "-b", "main", str(nu), env=env).returncode == 0
    for arguments in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-q", "-m", "départ"),
                      ("remote", "add", "origin", str(nu)), ("push", "-q", "-u", "origin", "main")):
        assert _git(clone, *arguments, env=env).returncode == 0, arguments
    installe = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=clone, env=env, capture_output=True,
                              text=True, timeout=120, check=False)
    assert installe.returncode == 0, installe.stderr
    port = port_libre()
    with serveur_local([sys.executable, "-m", "filrouge", "atelier", "--adresse", f"127.0.0.1:{port}", "--sans-navigateur"],
                       cwd=clone, env=env, adresse=f"http://127.0.0.1:{port}/") as adresse:
        yield adresse, nu, clone, trace, env


class Parcours:
    """Le navigateur du casemanager (1366x900) et son téléphone (390x844) : chaque requête interceptée, chaque page
    vue passée à axe-core, les pages clés capturées."""

    def __init__(self, navigateur: object, adresse: str) -> None:
        self.adresse = adresse.rstrip("/")
        self.local = urlparse(adresse).netloc
        self.requetes: list[str] = []
        self.sorties: list[str] = []
        self.releve: dict[str, list[dict[str, object]]] = {}
        self.p = self._contexte(navigateur, "ordinateur")
        self.telephone = self._contexte(navigateur, "telephone")

    def _contexte(self, navigateur: object, taille: str) -> object:
        largeur, hauteur = TAILLES[taille]
        contexte = navigateur.new_context(viewport={"width": largeur, "height": hauteur}, locale="fr-BE")

        def intercepter(route: object) -> None:
            url = route.request.url
            self.requetes.append(url)
            if urlparse(url).scheme in ("http", "https", "ws", "wss") and urlparse(url).netloc != self.local:
                self.sorties.append(url)
                route.abort()
            else:
                route.continue_()

        contexte.route("**/*", intercepter)
        return contexte.new_page()

    def voir(self, nom: str, capture: bool = False) -> None:
        """La page affichée : axe-core, et une capture à 1366 si c'est une page clé."""
        if AXE.is_file():
            self.releve[nom] = _axe(self.p)
        if capture:
            _capture_entiere(self.p, f"parcours-{nom}-1366")

    def sur_le_telephone(self, chemin: str, nom: str) -> None:
        """La même page à 390 px : rien ne déborde de l'écran, capture, axe-core."""
        self.telephone.goto(self.adresse + chemin)
        largeur = self.telephone.evaluate("document.documentElement.scrollWidth")
        assert largeur <= TAILLES["telephone"][0], f"{nom} déborde sur un téléphone ({largeur} px)"
        _capture_entiere(self.telephone, f"parcours-{nom}-390")
        if AXE.is_file():
            self.releve[f"{nom}-390"] = _axe(self.telephone)

    def texte(self, selecteur: str) -> str:
        return self.p.locator(selecteur).inner_text()

    def a_l_ecran(self, selecteur: str) -> bool:
        """L'élément se lit sans faire défiler la page (le résultat d'un envoi, par exemple)."""
        return self.p.locator(selecteur).evaluate(
            "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }")

    def cliquer(self, bouton: str) -> None:
        """Un bouton de formulaire : la page suivante est chargée avant qu'on la lise (jamais l'ancienne)."""
        with self.p.expect_navigation():
            self.p.get_by_role("button", name=bouton, exact=True).click()

    def suivre(self, lien: str, exact: bool = False) -> None:
        with self.p.expect_navigation():
            self.p.get_by_role("link", name=lien, exact=exact).first.click()


def _capture_entiere(page: object, nom: str) -> None:
    """La page entière, fenêtre agrandie à sa hauteur le temps de la capture : la barre « Vérifier / Enregistrer »,
    collée au bas de la fenêtre pendant qu'on fait défiler, y reste à sa place au lieu de couvrir un champ."""
    fenetre = dict(page.viewport_size)
    hauteur = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": fenetre["width"], "height": max(fenetre["height"], hauteur)})
    try:
        _capture(page, nom)
    finally:
        page.set_viewport_size(fenetre)


def _journal(clone: Path, env: dict[str, str], *arguments: str) -> str:
    return _git(clone, "log", *arguments, env=env).stdout.strip()


def _yaml(clone: Path, relatif: str) -> dict[str, object]:
    return yaml.safe_load((clone / RACINE_DU_DOSSIER / relatif).read_text(encoding="utf-8"))


def _propre(clone: Path, env: dict[str, str]) -> None:
    assert _git(clone, "status", "--porcelain", "--untracked-files=all", "--", "dossiers", env=env).stdout == ""


def test_la_vie_entiere_d_un_dossier_par_les_formulaires(reseau: tuple[str, Path, Path, Path, dict[str, str]],
                                                         navigateur: object) -> None:
    adresse, nu, clone, trace, env = reseau
    debut = time.monotonic()
    v = Parcours(navigateur, adresse)
    p = v.p
    depart = _journal(clone, env, "-1", "--format=%H")

    # --- Accueil, puis un nouveau dossier par l'aide au code du jeune ---------------------------------------
    p.goto(adresse)
    assert v.texte("h1") == "Mes dossiers"
    assert "À jour à la dernière synchronisation" in v.texte("#titre-clone >> xpath=..")
    v.voir("01-accueil", capture=True)
    v.sur_le_telephone("/", "01-accueil")
    v.suivre("Nouveau dossier")
    p.locator("#nouveau-initiales").fill("lv")
    p.locator("#nouveau-sexe").select_option("G")
    p.locator("#nouveau-annee").fill("2011")
    p.locator("#nouveau-code_postal").fill("5100")
    p.locator("#nouveau-service").select_option("spj-namur")
    p.locator("#nouveau-canal").select_option("telephone")
    p.locator("#nouveau-date").fill("2027-01-05")
    v.cliquer("Calculer le code et vérifier")
    assert v.texte("#code-calcule") == CODE
    assert f"Aucune erreur : le dossier {DOSSIER} peut être créé" in v.texte("#resultat")
    assert not (clone / RACINE_DU_DOSSIER).exists(), "vérifier n'écrit rien"
    v.voir("02-nouveau-dossier", capture=True)
    v.sur_le_telephone("/nouveau-dossier", "02-nouveau-dossier")
    v.cliquer("Créer le dossier")
    assert "Enregistré et commité" in v.texte("#resultat")
    assert _journal(clone, env, "-1", "--format=%s") == \
        f"Nouveau dossier {DOSSIER} (demande du 2027-01-05) créé dans l'atelier"
    fiche = _yaml(clone, "dossier.yaml")
    assert fiche["code"] == CODE and fiche["statut"] == "demande" and fiche["canal"] == "telephone"
    assert (clone / RACINE_DU_DOSSIER / "preparation.yaml").is_file()
    _propre(clone, env)

    # --- Ouvrir : refusé à côté des critères tant qu'ils ne sont pas cochés, puis ouvert --------------------
    v.suivre(f"Ouvrir le dossier {DOSSIER}")
    assert "statut : demande" in v.texte("h1")
    p.locator("#ouvrir-date").fill("2027-01-08")
    v.cliquer("Ouvrir le dossier")
    assert "critères d'activation" in v.texte("#ouvrir-criteres-constats")
    assert _yaml(clone, "dossier.yaml")["statut"] == "demande", "rien n'est écrit"
    v.voir("03-ouvrir-refuse")
    for critere in p.locator('input[name="criteres"]').all():
        critere.check()
    v.cliquer("Ouvrir le dossier")
    assert "Enregistré et commité" in v.texte("#resultat") and "statut : ouvert" in v.texte("h1")
    fiche = _yaml(clone, "dossier.yaml")
    assert fiche["statut"] == "ouvert" and all(fiche["criteres_activation"].values())
    assert _journal(clone, env, "-1", "--format=%s") == f"Dossier {DOSSIER} ouvert le 2027-01-08 dans l'atelier"
    v.voir("04-dossier-ouvert", capture=True)

    # --- Phase préparatoire ----------------------------------------------------------------------------------
    v.suivre("Phase préparatoire")
    assert "jamais sur le portail" in v.texte("main")
    p.locator("#c-date").fill("2027-01-08")
    p.locator("#c-personnes-0-service_ou_lien").fill("SPJ de Namur, déléguée")
    v.cliquer("Ajouter une personne")
    p.locator("#c-personnes-1-service_ou_lien").fill("pédopsychiatre du SSM CAP J")
    p.locator("#c-personnes-1-coordonnees").fill("secrétariat du service")
    p.locator("#c-personnes-1-sante_mentale").check()
    p.locator("#c-analyse_holistique").check()
    p.locator("#c-attentes-jeune").fill("retourner à l'école sans crise")
    p.locator("#c-attentes-famille").fill("être soutenue au quotidien")
    v.cliquer("Ajouter une piste d'action")
    p.locator("#c-actions_envisagees-0-action").fill("un bilan pédopsychiatrique")
    p.locator("#c-actions_envisagees-0-effets_attendus").fill("comprendre les crises à l'école")
    p.locator("#c-rencontre-date").fill(NOTE_1)
    p.locator("#c-rencontre-lieu").fill("au SSM CAP J")
    v.cliquer("Enregistrer")
    assert "Phase préparatoire enregistrée et commitée" in v.texte("#resultat")
    preparation = _yaml(clone, "preparation.yaml")
    assert preparation["personnes"][1] == {"service_ou_lien": "pédopsychiatre du SSM CAP J",
                                           "coordonnees": "secrétariat du service", "sante_mentale": True}
    assert preparation["analyse_holistique"] is True and str(preparation["rencontre"]["date"]) == NOTE_1
    v.voir("05-preparation", capture=True)
    v.sur_le_telephone(f"/dossiers/{DOSSIER}/preparation", "05-preparation")

    # --- Acteurs : Entrée dans un champ vérifie sans rien perdre, puis trois acteurs ajoutés -----------------
    v.suivre(f"Dossier {DOSSIER}")
    v.suivre("Acteurs du dossier")
    p.locator("#c-motif_demande").fill("crises répétées à l'école, déscolarisation")
    with p.expect_navigation():  # le motif est une zone de texte (Entrée y va à la ligne) : un champ d'une ligne
        p.locator("form.document input[type=text]").first.press("Enter")
    assert p.locator("fieldset.ligne").count() == 3, "Entrée ne retire aucun acteur"
    assert "Aucune erreur" in v.texte("#verdict")
    for _ in range(3):
        v.cliquer("Ajouter un acteur")
    acteurs = {3: {"id": "pedopsy", "role": "professionnel", "service": "ssm-capj", "fonction": "pédopsychiatre"},
               4: {"id": "mere", "role": "famille", "lien": "mère", "initiales": "M. V."},
               5: {"id": "ecole", "role": "professionnel", "service": "jean-bosco", "fonction": "enseignante"}}
    for rang, champs in acteurs.items():
        for cle, valeur in champs.items():
            champ = p.locator(f"#c-acteurs-{rang}-{cle}")
            champ.select_option(valeur) if cle in ("role", "service") else champ.fill(valeur)
    p.locator("#c-acteurs-0-fonction").fill("déléguée SPJ")
    for rang in range(6):
        p.locator(f"#c-acteurs-{rang}-charte_signee").fill(NOTE_1)
    v.cliquer("Enregistrer")
    assert "Fiche du dossier enregistrée et commitée" in v.texte("#resultat")
    fiche = _yaml(clone, "dossier.yaml")
    assert [a["id"] for a in fiche["acteurs"]] == ["a1", "jeune", "cm", "pedopsy", "mere", "ecole"]
    assert all(str(a["charte_signee"]) == NOTE_1 for a in fiche["acteurs"])
    texte = (clone / RACINE_DU_DOSSIER / "dossier.yaml").read_text(encoding="utf-8")
    assert texte.index("- id: ecole") < texte.index("# consentement:"), "le commentaire du gabarit suit les acteurs"
    v.voir("06-acteurs", capture=True)
    v.sur_le_telephone(f"/dossiers/{DOSSIER}/fiche", "06-acteurs")

    # --- Consentement du jeune, sur la page du dossier ------------------------------------------------------
    v.suivre(f"Dossier {DOSSIER}")
    p.locator("#consigner-date").fill("2027-01-12")
    p.locator("#consigner-parents_informes").select_option("oui")
    p.locator("#consigner-informations").fill("ce qui sert à la concertation : scolarité, soins en cours")
    p.locator("#consigner-finalite").fill("coordonner les aides autour du jeune")
    p.locator("#consigner-destinataires").fill("les partenaires présents à la concertation")
    v.cliquer("Consigner le consentement")
    assert "Enregistré et commité" in v.texte("#resultat")
    assert "Consentement recueilli le 12 janvier 2027" in v.texte("#titre-consentement >> xpath=..")
    assert str(_yaml(clone, "dossier.yaml")["consentement"]["date"]) == "2027-01-12"

    # --- Première note : 3 actions, deux erreurs à côté de leur champ, corrigées, commitée ------------------
    p.locator("#date-note").fill(NOTE_1)
    v.cliquer("Ouvrir la nouvelle note")
    assert p.url.endswith(f"/dossiers/{DOSSIER}/notes/{NOTE_1}")
    p.locator("#c-heure").fill("14:00")
    p.locator("#c-lieu").fill("au SSM CAP J")
    p.locator("#c-fiche_presence").check()
    p.locator("#c-adhesion_charte").check()
    actions = [("Bilan pédopsychiatrique", "Comprendre les crises à l'école", "pedopsy",
                "recevoir le jeune et sa mère en consultation", "2027-02-12"),
               ("Stage de remobilisation scolaire", "Reprendre un rythme hors de la classe", "a1",
                "trouver un stage adapté et en demander le financement", "2027-03-01"),
               ("Aménager l'horaire scolaire", "Un retour progressif en classe", "ecole",
                "fixer un horaire à mi-temps avec l'école", None)]
    for rang, (description, effets, porteur, quoi, echeance) in enumerate(actions):
        if rang:
            v.cliquer("Ajouter une action")
        p.locator(f"#c-actions-{rang}-description").fill(description)
        p.locator(f"#c-actions-{rang}-effets_attendus").fill(effets)
        p.locator(f'input[name="actions.{rang}.qui"][value="{porteur}"]').check()
        p.locator(f"#c-actions-{rang}-quoi").fill(quoi)
        if echeance:
            p.locator(f"#c-actions-{rang}-echeance").fill(echeance)
    p.locator("#c-prochaine_rencontre-date").fill(NOTE_2)
    p.locator("#c-recit").fill(f"# Concertation du {NOTE_1}\n\n## Analyse de la situation\n\n"
                               "La mère est joignable au 0478 12 34 56 pour la suite.\n")
    v.cliquer("Vérifier")
    assert "« Échéance de l'action » est obligatoire" in v.texte("#c-actions-2-echeance-constats")
    assert p.locator("#c-actions-2-echeance").get_attribute("aria-invalid") == "true"
    assert "téléphone" in v.texte("#c-recit-constats")
    assert p.locator("#c-recit").get_attribute("aria-invalid") == "true"
    assert "2 erreur(s) à corriger" in v.texte("#verdict")
    assert not (clone / RACINE_DU_DOSSIER / "concertations").exists(), "rien n'est écrit tant qu'il reste une erreur"
    v.voir("07-note-erreurs", capture=True)
    v.sur_le_telephone(f"/dossiers/{DOSSIER}/notes/{NOTE_1}", "07-note-erreurs")
    p.locator("#c-actions-2-echeance").fill("2027-02-05")
    p.locator("#c-recit").fill(f"# Concertation du {NOTE_1}\n\n## Analyse de la situation\n\n"
                               "La mère reprendra contact avec le service après les congés.\n")
    v.cliquer("Enregistrer")
    assert "Note enregistrée et commitée" in v.texte("#resultat")
    assert "Aucune erreur" in v.texte("#verdict")
    assert _journal(clone, env, "-1", "--format=%s") == \
        f"Note de synthèse du {NOTE_1} (dossier {DOSSIER}) : créée dans l'atelier"
    note = _yaml(clone, f"concertations/{NOTE_1}.yaml")
    assert [a["description"] for a in note["actions"]] == [a[0] for a in actions]
    assert str(note["actions"][2]["echeance"]) == "2027-02-05"
    recit = (clone / RACINE_DU_DOSSIER / f"concertations/{NOTE_1}.md").read_text(encoding="utf-8")
    assert "0478" not in recit and "reprendra contact" in recit
    _propre(clone, env)
    v.voir("08-note-enregistree", capture=True)

    # --- Seconde note : les actions ouvertes reprises, mises à jour, la demande mandatée ----------------------
    v.suivre(f"Dossier {DOSSIER}")
    p.locator("#date-note").fill(NOTE_2)
    v.cliquer("Ouvrir la nouvelle note")
    assert p.url.endswith(f"/dossiers/{DOSSIER}/notes/{NOTE_2}")
    reprises = [p.locator(f"#c-actions-{rang}-description").input_value() for rang in range(3)]
    assert reprises == [a[0] for a in actions], "les trois actions ouvertes de la première note sont reprises"
    assert p.locator("#c-actions-3-description").count() == 0
    p.locator("#c-actions-0-statut").select_option("en_cours")
    p.locator("#c-actions-2-statut").select_option("faite")
    p.locator("#c-mandat_financement").check()
    p.locator("#c-validation-pedopsychiatre").fill(NOTE_2)
    p.locator("#c-validation-referent").fill("2027-02-17")
    p.locator("#c-prochaine_rencontre-date").fill("2027-03-30")
    p.locator("#c-recit").fill(f"# Concertation du {NOTE_2}\n\n## Analyse de la situation\n\n"
                               "Le bilan a commencé ; l'horaire aménagé tient.\n\n## Pistes dégagées\n\n"
                               "Un stage de remobilisation, à financer par Criseflex.\n")
    v.cliquer("Enregistrer")
    assert "Note enregistrée et commitée" in v.texte("#resultat")
    note = _yaml(clone, f"concertations/{NOTE_2}.yaml")
    assert [a["statut"] for a in note["actions"]] == ["en_cours", "a_faire", "faite"]
    assert note["mandat_financement"] is True
    v.voir("09-seconde-note", capture=True)

    # --- Synchroniser : tout part dans le dépôt partagé -----------------------------------------------------
    v.suivre("Mes dossiers")
    assert "7 enregistrements de ce poste pas encore envoyés" in v.texte("#titre-clone >> xpath=..")
    v.cliquer("Synchroniser")
    assert "Synchronisé : 7 enregistrements envoyés." in v.texte("#resultat-synchro")
    assert _git(nu, "rev-parse", "main", env=env).stdout == _git(clone, "rev-parse", "HEAD", env=env).stdout
    v.voir("10-synchronise")

    # --- Demande de financement depuis l'action 2, un devis téléversé -----------------------------------------
    v.suivre(DOSSIER, exact=True)
    p.locator("#demande-action").select_option(f"{NOTE_2}#2")
    v.cliquer("Préparer une demande de financement")
    assert p.url.endswith(f"/dossiers/{DOSSIER}/financements/{DEMANDE}")
    assert "introuvable" not in v.texte("#verdict"), "aucune pièce absente n'est proposée"
    assert p.locator("#c-pieces-0-fichier").input_value() == f"concertations/{NOTE_2}.yaml"
    for case in p.locator('input[type=checkbox][name^="attestations."]').all():
        case.check()
    p.locator("#c-objectifs_npsm").check()
    p.locator("#c-certifie_sincere").check()
    p.locator("#c-montant_demande").fill("1 800")
    p.locator("#c-cout_total").fill("1 800")
    p.locator("#c-date_demande").fill("2027-02-18")
    p.locator("#c-televersement-type").select_option("devis")
    p.locator("#c-televersement-fichier").set_input_files(
        {"name": "Devis stage remobilisation.pdf", "mimeType": "application/pdf", "buffer": DEVIS})
    v.cliquer("Vérifier")
    assert "Aucune erreur" in v.texte("#verdict")
    assert p.locator("#c-pieces-1-fichier").input_value() == "pieces/devis-stage-remobilisation.pdf"
    assert not (clone / RACINE_DU_DOSSIER / "pieces").exists(), "la pièce attend l'enregistrement, hors du dépôt"
    v.voir("11-demande", capture=True)
    v.sur_le_telephone(f"/dossiers/{DOSSIER}/financements/{DEMANDE}", "11-demande")
    v.cliquer("Enregistrer")
    assert "Demande enregistrée et commitée" in v.texte("#resultat")
    assert set(_journal(clone, env, "-1", "--format=", "--name-only").split()) == {
        f"{RACINE_DU_DOSSIER}/financements/{DEMANDE}.yaml", f"{RACINE_DU_DOSSIER}/pieces/devis-stage-remobilisation.pdf"}
    assert (clone / RACINE_DU_DOSSIER / "pieces/devis-stage-remobilisation.pdf").read_bytes() == DEVIS
    demande = _yaml(clone, f"financements/{DEMANDE}.yaml")
    assert demande["montant_demande"] == 1800 and demande["action"] == 2 and all(demande["attestations"].values())
    assert demande["decision"] == {"statut": "demandee"}

    # --- Envoyer au coordinateur : une branche dans le dépôt nu -------------------------------------------------
    v.suivre("Mes dossiers")
    p.locator("#envoi").select_option(f"{DOSSIER}/financements/{DEMANDE}")
    v.cliquer("Envoyer au coordinateur")
    assert f"Envoyé au coordinateur : la branche « {BRANCHE} » (1 enregistrement)" in v.texte("#resultat-synchro")
    assert f"en attente de fusion : {BRANCHE}" in v.texte("#titre-clone >> xpath=..")
    assert _journal(nu, env, "-1", "--format=%s", BRANCHE) == \
        f"Demande Criseflex {DEMANDE} (dossier {DOSSIER}) : créée dans l'atelier"
    assert _git(nu, "show", f"{BRANCHE}:{RACINE_DU_DOSSIER}/pieces/devis-stage-remobilisation.pdf",
                env=env).stdout.encode() == DEVIS
    assert not (clone / RACINE_DU_DOSSIER / "financements").exists(), "la demande attend la fusion, hors de main"
    v.voir("12-envoye-au-coordinateur", capture=True)
    v.sur_le_telephone("/", "12-envoye-au-coordinateur")

    # --- Le coordinateur fusionne la demande dans le dépôt partagé -------------------------------------------
    coordination = clone.parent / "coordination"
    assert _git(clone.parent, "clone", "-q", str(nu), str(coordination), env=env).returncode == 0
    fusion = _git(coordination, "merge", "-q", "--no-ff", f"origin/{BRANCHE}", "-m", f"Fusion de {BRANCHE}", env=env)
    assert fusion.returncode == 0, fusion.stderr
    assert _git(coordination, "push", "-q", "origin", "main", env=env).returncode == 0

    # --- Synchroniser ramène la demande fusionnée ----------------------------------------------------------------
    p.goto(adresse)
    v.cliquer("Synchroniser")
    assert "Synchronisé : 2 enregistrements reçus du dépôt partagé." in v.texte("#resultat-synchro")
    assert "en attente de fusion" not in v.texte("#titre-clone >> xpath=..")
    assert _git(nu, "rev-parse", "main", env=env).stdout == _git(clone, "rev-parse", "HEAD", env=env).stdout
    assert (clone / RACINE_DU_DOSSIER / "pieces/devis-stage-remobilisation.pdf").read_bytes() == DEVIS
    assert f"Dossier {DOSSIER} : demande(s) sans décision" in v.texte("#titre-attente >> xpath=..")
    v.voir("13-fusion-recue")

    # --- Décision du coordinateur, puis remboursement, sur la page de la demande ----------------------------------
    v.suivre(DOSSIER, exact=True)
    v.suivre("Demande du 18 février 2027, action 2 de la note du 16 février 2027")
    v.suivre("Aller à la décision du coordinateur et au remboursement")
    assert v.a_l_ecran("#titre-decision")
    p.locator("#c-decision-statut").select_option("accordee")
    p.locator("#c-decision-montant_accorde").fill("1800")
    p.locator("#c-decision-date").fill("2027-02-25")
    v.cliquer("Enregistrer la décision")
    assert "Décision enregistrée et commitée" in v.texte("#resultat-decision")
    assert v.a_l_ecran("#resultat-decision"), "le résultat se lit sans chercher, sous toute la demande"
    assert _yaml(clone, f"financements/{DEMANDE}.yaml")["decision"] == {
        "statut": "accordee", "montant_accorde": 1800, "date": dt.date(2027, 2, 25)}
    p.locator("#c-remboursement-facture_recue").fill("2027-03-05")
    p.locator("#c-remboursement-montant_facture").fill("1 750,50")
    p.locator("#c-remboursement-date_remboursement").fill("2027-03-10")
    v.cliquer("Enregistrer la décision")
    assert "Décision enregistrée et commitée" in v.texte("#resultat-decision")
    assert _yaml(clone, f"financements/{DEMANDE}.yaml")["remboursement"]["montant_facture"] == 1750.5
    v.voir("14-decision-remboursement", capture=True)
    v.sur_le_telephone(f"/dossiers/{DOSSIER}/financements/{DEMANDE}", "14-decision-remboursement")

    # --- Clore avec un motif : refusé sans motif, puis chaque action et la rencontre réglées -----------------------
    v.suivre(f"Dossier {DOSSIER}")
    v.cliquer("Clore le dossier")
    assert "obligatoire" in v.texte("#clore-motif-constats")
    assert _yaml(clone, "dossier.yaml")["statut"] == "ouvert"
    p.locator("#clore-motif").select_option("objectifs_atteints")
    p.locator('input[name="suspens.action.1"][value="faite"]').check()
    p.locator('input[name="suspens.action.2"][value="faite"]').check()
    p.locator('input[name="suspens.rencontre"][value="annuler"]').check()
    v.cliquer("Clore le dossier")
    assert "Enregistré et commité" in v.texte("#resultat") and "statut : clos" in v.texte("h1")
    assert _journal(clone, env, "-1", "--format=%s") == \
        f"Dossier {DOSSIER} clos le {AUJOURDHUI} (motif : objectifs_atteints) dans l'atelier"
    fiche = _yaml(clone, "dossier.yaml")
    assert fiche["statut"] == "clos" and fiche["episodes"][-1]["motif_cloture"] == "objectifs_atteints"
    assert [a["statut"] for a in _yaml(clone, f"concertations/{NOTE_2}.yaml")["actions"]] == ["faite"] * 3
    assert p.get_by_role("button", name="Ouvrir la nouvelle note").count() == 0, "un dossier clos : ni note ni demande"
    assert p.get_by_role("button", name="Préparer une demande de financement").count() == 0
    v.voir("15-dossier-clos", capture=True)
    v.sur_le_telephone(f"/dossiers/{DOSSIER}", "15-dossier-clos")

    # --- La journée se termine par une synchronisation : le dépôt partagé a toute la vie du dossier --------------
    v.suivre("Mes dossiers")
    v.cliquer("Synchroniser")
    assert "Synchronisé : 3 enregistrements envoyés." in v.texte("#resultat-synchro")
    assert _git(nu, "rev-parse", "main", env=env).stdout == _git(clone, "rev-parse", "HEAD", env=env).stdout
    _propre(clone, env)

    # --- Chaque enregistrement de l'atelier est passé par le hook pre-commit, dans l'ordre ---------------------
    commits = _journal(clone, env, "--reverse", "--no-merges", "--format=%x00%s", "--name-only", f"{depart}..HEAD")
    par_commit = [(bloc.split("\n", 1)[0], sorted(bloc.split("\n", 1)[1].split()))
                  for bloc in commits.split("\0") if bloc.strip()]
    passages = [sorted(bloc.split()) for bloc in trace.read_text(encoding="utf-8").split("---") if bloc.strip()]
    assert len(par_commit) == 11, [sujet for sujet, _ in par_commit]
    assert passages == [fichiers for _, fichiers in par_commit], "un passage du hook par commit, sur ses fichiers"

    # --- Rien n'est sorti du serveur local ; axe-core ne trouve rien de grave -------------------------------------
    assert v.requetes and v.sorties == [], v.sorties
    assert all(urlparse(u).netloc == v.local for u in v.requetes if urlparse(u).scheme in ("http", "https"))
    if AXE.is_file():
        CAPTURES.mkdir(parents=True, exist_ok=True)
        (CAPTURES / "axe-parcours-complet.json").write_text(json.dumps(v.releve, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
        graves = {nom: [x for x in violations if x["impact"] in ("serious", "critical")]
                  for nom, violations in v.releve.items()}
        assert not any(graves.values()), json.dumps(graves, ensure_ascii=False, indent=1)
    print(f"parcours complet : {time.monotonic() - debut:.1f} s")
