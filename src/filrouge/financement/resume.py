"""Le résumé Markdown de l'examen, pour le coordinateur : commentaire de la demande de fusion et page de la CI.

La première ligne est un marqueur invisible : la CI retrouve ainsi son commentaire
précédent et le met à jour au lieu d'en empiler un par push.
"""

from __future__ import annotations

import re

from filrouge.financement.examen import DemandeExaminee, Enveloppe, Examen, valeur_lisible
from filrouge.modele import Financement
from filrouge.regles.financement import montant

MARQUEUR = "<!-- filrouge-examen -->"
_JETON = re.compile(r"[a-z_]+|\d{4}-\d{2}-\d{2}")
"""Statuts et dates : des valeurs contrôlées par le schéma, montrées telles quelles."""
ETATS = {"ajoutee": "ajoutée", "modifiee": "modifiée", "supprimee": "supprimée"}
STATUTS = {"demandee": "demandée", "accordee": "accordée", "refusee": "refusée", "retiree": "retirée"}


def en_markdown(examen: Examen) -> str:
    c = examen.comparaison
    lignes = [MARQUEUR, "# Examen des demandes Criseflex", "",
              f"Base : `{c.base}` (point de départ `{c.commun[:12]}`).", ""]
    refusees = [d for d in examen.demandes if not d.recevable]
    if not examen.demandes:
        lignes.append("Aucune demande de financement ajoutée, modifiée ou supprimée par cette branche.")
    elif refusees:
        lignes.append(f"**❌ Non recevable : {len(refusees)} demande(s) sur {len(examen.demandes)}.** "
                      "Corrigez les points marqués ❌ avant la décision du coordinateur du réseau.")
    else:
        lignes.append(f"**✅ Recevable : {len(examen.demandes)} demande(s) examinée(s).** "
                      "La décision revient au coordinateur du réseau.")
    for demande in examen.demandes:
        lignes += ["", *_demande(demande)]
    for enveloppe in examen.enveloppes:
        lignes += ["", *_enveloppe(enveloppe)]
    return "\n".join(lignes) + "\n"


def _demande(d: DemandeExaminee) -> list[str]:
    lignes = [f"## `{d.relatif}` ({ETATS[d.etat]})", ""]
    modele = d.apres or d.avant
    if modele is not None:
        lignes += _fiche(modele) + [""]
    lignes += ["### Recevabilité", ""]
    for critere in d.criteres:
        if not critere.verifie:
            lignes.append(f"- ⚪ {critere.libelle} (`{critere.regle}`) : non vérifié, la demande est illisible.")
            continue
        marque = "✅" if critere.satisfait else "❌"
        ligne = f"- {marque} {critere.libelle} (`{critere.regle}`)"
        if critere.motifs:
            ligne += " : " + " ; ".join(m.rstrip(".") for m in critere.motifs) + "."
        lignes.append(ligne)
    lignes += ["", "### Modifications depuis la base", ""]
    if d.etat == "ajoutee":
        lignes.append("Nouvelle demande : elle n'existe pas dans la base.")
    elif d.etat == "supprimee":
        lignes.append("Demande supprimée par cette branche.")
    elif not d.changements:
        lignes.append("Aucun champ ne change (mise en forme ou commentaires seulement).")
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
    return texte + (f" ; motif : {_litteral(d.motif)}" if d.motif else "") + "."


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
    saisi = isinstance(valeur, str) and not _JETON.fullmatch(valeur)
    return (_litteral(texte) if saisi else texte).replace("|", "\\|")


def _litteral(texte: str) -> str:
    """Un texte saisi, montré tel quel : en code, il ne peut ni mentionner (@), ni charger
    d'image, ni se faire passer pour un verdict en gras sur l'hébergeur Git."""
    return "`" + " ".join(texte.replace("`", "'").split()) + "`"
