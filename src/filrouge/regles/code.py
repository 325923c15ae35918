"""Règles sur le code du jeune : format, lettre du sexe, année de naissance, cohérence."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.code_jeune import diagnostiquer, lire_code, meme_jeune
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("code.format", "erreur", "Le code du jeune suit le format initiales + F/G + année + code postal.")
def format_du_code(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le code du jeune (initiale du prénom, initiale du nom, F ou G, année de naissance,
    code postal) remplace son nom dans tous les formulaires du dispositif, y compris la demande
    d'intervention financière. Un code mal formé ne se lit plus : on ne peut plus en tirer l'âge ni le
    territoire, ni reconnaître le même jeune d'un fichier à l'autre.

    Exemple fautif :
        # dossiers/2019-007/dossier.yaml
        code: LMG-2010-5000

    Correction : Écrivez le code d'un seul bloc, en majuscules, sans espace ni tiret : deux initiales,
    F ou G, l'année de naissance sur 4 chiffres, le code postal sur 4 chiffres (LMG20105000). La
    lettre du sexe peut manquer (LM20105000), comme dans le formulaire de financement.
    """
    for charge, dossier, doc in dossiers_valides(depot):
        probleme = diagnostiquer(dossier.code)
        if probleme and "lettre du sexe" not in probleme:
            yield Signal(doc, ("code",), f"code du jeune mal formé : {probleme}.")
        for fichier in charge.financements:
            if fichier.modele and fichier.modele.code and diagnostiquer(fichier.modele.code):
                yield Signal(fichier.doc, ("code",), f"code du jeune mal formé : {diagnostiquer(fichier.modele.code)}.")


@regle("code.sexe", "erreur", "La lettre du sexe est F (fille) ou G (garçon), ou absente.")
def sexe_du_code(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le formulaire de la phase préparatoire ne prévoit que deux lettres pour le sexe dans
    le code : F (fille) ou G (garçon). Une autre lettre (H, M, X…) donne un code que le dispositif ne
    sait pas lire, et le même jeune risque d'avoir deux codes différents d'un formulaire à l'autre.

    Exemple fautif :
        # dossiers/2019-007/dossier.yaml
        code: LMH20105000

    Correction : Écrivez F pour une fille, G pour un garçon, ou retirez la lettre (LM20105000) si vous
    ne voulez pas l'indiquer.
    """
    for _, dossier, doc in dossiers_valides(depot):
        probleme = diagnostiquer(dossier.code)
        if probleme and "lettre du sexe" in probleme:
            yield Signal(doc, ("code",), f"{probleme}.")


@regle("code.annee", "erreur", "L'année de naissance du code est plausible (ni future, ni plus de 100 ans avant la demande).")
def annee_du_code(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : L'année de naissance du code donne l'âge du jeune, donc son accès au dispositif (0 à
    23 ans dans les réseaux livrés) et sa tranche d'âge dans le bilan annuel. Une année postérieure à la demande,
    ou antérieure de plus de 100 ans, est forcément une faute de frappe.

    Exemple fautif :
        # dossiers/2019-007/dossier.yaml : un jeune « né en 2020 » pour une demande de 2019
        code: LMG20205000
        dates:
          demande: 2019-02-04

    Correction : Vérifiez l'année de naissance avec le demandeur et corrigez-la dans le code, puis
    reportez le même code dans la phase préparatoire et les demandes de financement.
    """
    for _, dossier, doc in dossiers_valides(depot):
        code = lire_code(dossier.code)
        annee_demande = dossier.dates.demande.year
        if code and not annee_demande - 100 <= code.annee_naissance <= annee_demande:
            yield Signal(doc, ("code",), f"année de naissance {code.annee_naissance} invraisemblable pour une demande de {annee_demande}.")


@regle("code.coherence", "erreur", "La phase préparatoire et les demandes de financement reprennent le code du dossier.")
def coherence_du_code(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La phase préparatoire et la demande d'intervention financière désignent le jeune par
    son code, le même que celui du dossier. Un code différent laisse croire que la pièce concerne un
    autre jeune, et le coordinateur du réseau ne peut plus rattacher la demande au bon dossier.

    Exemple fautif :
        # dossiers/2019-007/dossier.yaml
        code: LMG20105000
        # dossiers/2019-007/preparation.yaml
        code: LMG20115000

    Correction : Recopiez le code de dossier.yaml. Seule différence admise : la lettre du sexe peut
    manquer (LM20105000).
    """
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
