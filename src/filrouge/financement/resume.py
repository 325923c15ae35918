"""Le résumé Markdown de l'examen, pour le coordinateur : commentaire de la demande de fusion et page de la CI.

La première ligne est un marqueur invisible : la CI retrouve ainsi son commentaire
précédent et le met à jour au lieu d'en empiler un par push. Tout ce qui vient de la
branche (noms de fichiers, textes saisis, nom de la base) est montré en littéral : un nom
de fichier fait d'accents graves et de sauts de ligne ne peut pas écrire un faux verdict.
Les valeurs viennent des formulaires montrables de l'examen (passages internes ôtés) ; un
fichier invalide ou signalé par la garde d'anonymat n'est jamais recopié.
"""

from __future__ import annotations

import re
from typing import get_args

from filrouge.constat import citer
from filrouge.financement.examen import DemandeExaminee, Enveloppe, Examen, valeur_lisible
from filrouge.modele import Financement
from filrouge.modele.financement import StatutDecision, TypePiece
from filrouge.mise_en_forme import litteral, markdown_echappe, montant

MARQUEUR = "<!-- filrouge-examen -->"
_JETON = re.compile(r"\d{4}-\d{2}-\d{2}")
_VOCABULAIRE = frozenset(get_args(StatutDecision)) | frozenset(get_args(TypePiece))
"""Dates, statuts et types de pièces : des valeurs contrôlées par le schéma, montrées telles quelles."""
ETATS = {"ajoutee": "ajoutée", "modifiee": "modifiée", "supprimee": "supprimée"}
STATUTS = {"demandee": "demandée", "accordee": "accordée", "refusee": "refusée", "retiree": "retirée"}
CODES = {"A": "ajouté", "M": "modifié", "D": "supprimé"}


def en_markdown(examen: Examen) -> str:
    c = examen.comparaison
    lignes = [MARQUEUR, "# Examen des demandes Criseflex", "",
              f"Base : {litteral(c.base)} (point de départ `{c.commun[:12]}`).", ""]
    if examen.gouvernance:
        lignes += [*_gouvernance(examen), ""]
    lignes.append(_verdict(examen))
    for obstacle in examen.obstacles:
        lignes += ["", f"- ⚪ {markdown_echappe(obstacle)}"]
    for demande in examen.demandes:
        lignes += ["", *_demande(demande)]
    for enveloppe in examen.enveloppes:
        lignes += ["", *_enveloppe(enveloppe)]
    return "\n".join(lignes) + "\n"


def _verdict(examen: Examen) -> str:
    """Une seule ligne en gras ; jamais « Recevable » quand une décision ou la gouvernance est en jeu."""
    n = len(examen.demandes)
    if examen.obstacles or examen.non_examinables:
        return (f"**⚪ Non examinable : {len(examen.non_examinables) or n} demande(s) sur {n} n'ont pas pu être "
                "vérifiées.** Rien n'est coché : corrigez les fichiers signalés, puis relancez l'examen.")
    refusees = [d for d in examen.demandes if not d.recevable]
    if refusees:
        return (f"**❌ Non recevable : {len(refusees)} demande(s) sur {n}.** "
                "Corrigez les points marqués ❌ avant la décision du coordinateur du réseau.")
    if not examen.gouvernance_acceptee:
        return ("**❌ Non recevable : changement de gouvernance hors de la coordination.** Retirez ces fichiers "
                "de la branche, ou laissez la coordination du réseau les changer dans sa propre demande de fusion.")
    if examen.decisions:
        return (f"**⚖️ Décision de la coordination à approuver : {len(examen.decisions)} demande(s).** "
                "Cette demande de fusion enregistre une décision ; elle est fusionnée après l'approbation de la "
                "coordination du réseau.")
    if examen.gouvernance:
        return ("**⚖️ Changement de gouvernance de la coordination, à approuver par elle.**"
                + (f" {n} demande(s) examinée(s), recevable(s)." if n else ""))
    if not n:
        return "Aucune demande de financement ajoutée, modifiée ou supprimée par cette branche."
    return f"**✅ Recevable : {n} demande(s) examinée(s).** La décision revient au coordinateur du réseau."


def _gouvernance(examen: Examen) -> list[str]:
    qui = (f"La demande de fusion est celle de la coordination ({litteral(examen.auteur or '')}) : à approuver "
           "par elle." if examen.coordination else
           "❌ Ces fichiers fixent les règles (plafond, enveloppe, approbations, vérifications, portail) : seule la "
           "coordination du réseau les change, dans sa propre demande de fusion.")
    return ["## ⚠️ Changements de gouvernance (`examen.gouvernance`)", "", qui, "",
            *(f"- {litteral(g.relatif)} ({CODES.get(g.code, 'changé')})" for g in examen.gouvernance)]


def _demande(d: DemandeExaminee) -> list[str]:
    lignes = [f"## {litteral(citer(d.relatif) if d.nom_masque else d.relatif)} ({ETATS[d.etat]})", ""]
    modele = d.apres or d.avant
    if d.masquee:
        lignes += ["- Valeurs non montrées : la garde d'anonymat signale une donnée identifiante dans ce fichier "
                   "(« filrouge valider » la situe).", ""]
    elif modele is not None:
        lignes += _fiche(modele) + [""]
    if d.obstacles:
        lignes += ["### Non examinable", "", *(f"- ⚪ {markdown_echappe(o)}" for o in d.obstacles)]
        lignes += [f"  - {litteral(chemin)}" for chemin in d.bloquants] + [""]
    lignes += ["### Recevabilité", ""]
    for critere in d.criteres:
        if not critere.verifie:
            lignes.append(f"- ⚪ {critere.libelle} (`{critere.regle}`) : non vérifié, la demande n'a pas pu être "
                          "examinée.")
            continue
        marque = "✅" if critere.satisfait else "❌"
        ligne = f"- {marque} {critere.libelle} (`{critere.regle}`)"
        if critere.motifs:
            ligne += " : " + " ; ".join(markdown_echappe(m.rstrip(".")) for m in critere.motifs) + "."
        lignes.append(ligne)
    lignes += ["", "### Modifications depuis la base", ""]
    if d.etat == "ajoutee":
        lignes.append("Nouvelle demande : elle n'existe pas dans la base.")
    elif d.etat == "supprimee":
        lignes.append("Demande supprimée par cette branche.")
    elif not d.changements:
        lignes.append("Aucun champ ne change (mise en forme ou commentaires seulement).")
    elif d.masquee or d.apres is None or d.avant is None:
        lignes.append("Champs modifiés : " + ", ".join(f"`{ch.champ}`" for ch in d.changements)
                      + " (valeurs non montrées).")
    else:
        lignes += ["| Champ | Avant | Après |", "|---|---|---|"]
        lignes += [f"| `{ch.champ}` | {_cellule(ch.champ, ch.avant)} | {_cellule(ch.champ, ch.apres)} |"
                   for ch in d.changements]
    return lignes


def _fiche(f: Financement) -> list[str]:
    cofinance = sum(c.montant for c in f.cofinancements)
    return [
        f"- Dossier {f.dossier} : action n°{f.action} de la note du {f.concertation}, demande du {f.date_demande}.",
        f"- Montant demandé : {montant(f.montant_demande)} ; coût total : {montant(f.cout_total)} ; "
        f"cofinancements : {montant(cofinance)}.",
        f"- Décision : {_decision(f)}",
    ]


def _decision(f: Financement) -> str:
    d = f.decision
    if d.statut == "demandee":
        return "en attente du coordinateur du réseau."
    texte = STATUTS[d.statut]
    if d.statut == "accordee" and d.montant_accorde is not None:
        texte += f", {montant(d.montant_accorde)}"
    if d.date is not None:
        texte += f", le {d.date}"
    return texte + (f" ; motif : {litteral(d.motif)}" if d.motif else "") + "."


def _enveloppe(e: Enveloppe) -> list[str]:
    configuree = montant(e.montant) if e.montant is not None else "aucune"
    reste = (lambda engage: montant(e.montant - engage) if e.montant is not None else "—")
    return [
        f"## Enveloppe {e.annee}", "",
        "| | Avant la branche | Après la branche |", "|---|---:|---:|",
        f"| Accordé | {montant(e.accorde_avant)} | {montant(e.accorde_apres)} |",
        f"| En attente de décision | {montant(e.attente_avant)} | {montant(e.attente_apres)} |",
        f"| Engagé (accordé + en attente) | {montant(e.engage_avant)} | {montant(e.engage_apres)} |",
        f"| Enveloppe configurée | {configuree} | {configuree} |",
        f"| Reste | {reste(e.engage_avant)} | {reste(e.engage_apres)} |",
    ]


def _cellule(champ: str, valeur: object) -> str:
    """Montants et dates mis en forme ; un texte saisi (motif, source…) montré en littéral."""
    texte = valeur_lisible(champ, valeur)
    saisi = isinstance(valeur, str) and not (_JETON.fullmatch(valeur) or valeur in _VOCABULAIRE)
    return litteral(texte, dans_tableau=True) if saisi else texte.replace("|", "\\|")

