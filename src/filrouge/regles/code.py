"""Règles sur le code du jeune : format, lettre du sexe, année de naissance, cohérence."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.code_jeune import diagnostiquer, lire_code, meme_jeune
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("code.format", "erreur", "Le code du jeune suit le format initiales + F/G + année + code postal.")
def format_du_code(depot: Depot) -> Iterator[Signal]:
    for charge, dossier, doc in dossiers_valides(depot):
        probleme = diagnostiquer(dossier.code)
        if probleme and "lettre du sexe" not in probleme:
            yield Signal(doc, ("code",), f"code du jeune mal formé : {probleme}.")
        for fichier in charge.financements:
            if fichier.modele and fichier.modele.code and diagnostiquer(fichier.modele.code):
                yield Signal(fichier.doc, ("code",), f"code du jeune mal formé : {diagnostiquer(fichier.modele.code)}.")


@regle("code.sexe", "erreur", "La lettre du sexe est F (fille) ou G (garçon), ou absente.")
def sexe_du_code(depot: Depot) -> Iterator[Signal]:
    for _, dossier, doc in dossiers_valides(depot):
        probleme = diagnostiquer(dossier.code)
        if probleme and "lettre du sexe" in probleme:
            yield Signal(doc, ("code",), f"{probleme}.")


@regle("code.annee", "erreur", "L'année de naissance du code est plausible (ni future, ni plus de 100 ans avant la demande).")
def annee_du_code(depot: Depot) -> Iterator[Signal]:
    for _, dossier, doc in dossiers_valides(depot):
        code = lire_code(dossier.code)
        annee_demande = dossier.dates.demande.year
        if code and not annee_demande - 100 <= code.annee_naissance <= annee_demande:
            yield Signal(doc, ("code",), f"année de naissance {code.annee_naissance} invraisemblable pour une demande de {annee_demande}.")


@regle("code.coherence", "erreur", "La phase préparatoire et les demandes de financement reprennent le code du dossier.")
def coherence_du_code(depot: Depot) -> Iterator[Signal]:
    for charge, dossier, _ in dossiers_valides(depot):
        if lire_code(dossier.code) is None:
            continue
        prep = charge.preparation
        if prep and prep.modele and not meme_jeune(prep.modele.code, dossier.code):
            yield Signal(prep.doc, ("code",), "le code de la phase préparatoire diffère de celui du dossier.")
        for fichier in charge.financements:
            code = fichier.modele.code if fichier.modele else None
            if code and lire_code(code) and not meme_jeune(code, dossier.code):
                yield Signal(fichier.doc, ("code",), "le code de la demande diffère de celui du dossier.")
