"""Les tableaux HTML du portail : chaque valeur d'un dossier passe par `texte` ou `markdown_sur`.

Le HTML est produit ici plutôt qu'en Markdown : une valeur d'un dossier ne peut ainsi
jamais devenir du balisage Markdown, ni un lien, ni une syntaxe de gabarit. Classes et
identifiants sont stables (tests, navigateur) : `action-en-retard`, `action-bientot`,
`#tableau-actions`, `#index-dossiers`…
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable

from filrouge.modele import Action, Concertation
from filrouge.portail.assainir import markdown_sur, texte
from filrouge.mise_en_forme import date_longue, montant, nombre, pluriel
from filrouge.portail.vues import (STATUTS_ACTION, STATUTS_DECISION, STATUTS_DOSSIER, TITRES_ETATS, ActionVue,
                                   Coordination, Etat, Suivi, derniere_rencontre, dossiers_par_attention, etat_action,
                                   par_attention, prochaine_rencontre, statut_financement)
from filrouge.publication import DossierPublie, Publication

Lien = Callable[[str], str]
"""Donne l'URL relative, depuis la page en cours, d'une page désignée par son chemin source."""

def acteur(pub: Publication, d: DossierPublie, id_acteur: str) -> str:
    """La désignation d'une personne (`Publication.designer`), en HTML échappé."""
    designation = pub.designer(d, id_acteur)
    return texte(designation) if designation is not None else f"{texte(id_acteur)} <em>(acteur inconnu)</em>"


def libelles_publies(pub: Publication) -> list[str]:
    """Les libellés composés (« fonction – service ») que le portail publie, en texte brut.

    Ils ne figurent tels quels dans aucun fichier : la vérification finale doit savoir qu'ils
    sont publiables même si une phase préparatoire les reprend mot pour mot.
    """
    return [html.unescape(acteur(pub, d, a.id)) for d in pub.dossiers for a in d.dossier.acteurs]


def acteurs(pub: Publication, d: DossierPublie, ids: Iterable[str]) -> str:
    return ", ".join(acteur(pub, d, i) for i in ids) or "—"


def tableau(id_table: str, entetes: list[str], lignes: list[tuple[str, list[str]]], vide: str, nom: str) -> str:
    """Un tableau à en-têtes : chaque ligne est (classe CSS, cellules déjà sûres) ; `nom` le désigne.

    La zone qui défile en largeur se prend au clavier (tabindex) et porte le nom du tableau ;
    chaque cellule porte l'intitulé de sa colonne (data-label), que la feuille de style
    affiche quand l'écran est trop étroit et que les lignes s'empilent.
    """
    if not lignes:
        return f'<p class="filrouge-vide" id="{id_table}">{texte(vide)}</p>'
    tete = "".join(f'<th scope="col">{texte(e)}</th>' for e in entetes)
    corps = "".join(
        (f'<tr class="{classe}">' if classe else "<tr>")
        + "".join(f'<td data-label="{texte(e)}">{c}</td>' for e, c in zip(entetes, cellules, strict=True)) + "</tr>"
        for classe, cellules in lignes)
    return (f'<div class="md-typeset__scrollwrap" tabindex="0" role="region" aria-label="{texte(nom)}">'
            f'<div class="md-typeset__table"><table class="filrouge-table" id="{id_table}"><thead><tr>{tete}</tr>'
            f"</thead><tbody>{corps}</tbody></table></div></div>")


def _quand(jour: dt.date | None) -> str:
    """Une date lisible, avec sa forme ISO pour les machines (tri, tests)."""
    return f'<time datetime="{jour.isoformat()}">{date_longue(jour)}</time>' if jour else "—"


def _etat(pub: Publication, action: Action, aujourdhui: dt.date) -> Etat:
    return etat_action(action, aujourdhui, pub.config.horizon_echeance_jours)


def _badge(etat: Etat) -> str:
    return f'<span class="etat" data-etat="{etat.cle}">{texte(etat.libelle)}</span>'


def _financement_de(vu: DossierPublie, note: Concertation, action: Action) -> str:
    """Les demandes Criseflex que la note mandate pour cette action (numéro et date de la note)."""
    demandes = [d.demande for d in vu.demandes
                if d.demande.action == action.numero and d.demande.concertation == note.date]
    if not demandes:
        return ""
    morceaux = []
    for f in demandes:
        d = f.decision
        accorde = f", {montant(d.montant_accorde)} accordés" if d.montant_accorde is not None else ""
        morceaux.append(f"<li>Demande du {_quand(f.date_demande)} : {montant(f.montant_demande)} demandés, "
                        f"{texte(STATUTS_DECISION[d.statut])}{accorde}</li>")
    return f'<ul class="filrouge-liste-financements">{"".join(morceaux)}</ul>'


def _carte(pub: Publication, vu: DossierPublie, note: Concertation, a: Action, etat: Etat | None,
           titre: str) -> str:
    """Une action en carte : ce qu'il faut faire, qui le porte, pour quand, où elle en est, son financement.

    Une carte se lit de haut en bas sur un téléphone comme sur papier (aucune colonne coupée) ;
    sa classe (`action-en-retard`…) donne la couleur, le badge dit l'état en toutes lettres.
    """
    faits = [("Échéance", _quand(a.echeance)), ("Qui (porteur)", acteurs(pub, vu, a.qui)),
             ("Quoi", markdown_sur(a.quoi, 3) or "—"), ("Quand", texte(a.quand or "—")), ("Où", texte(a.ou or "—")),
             ("Avec qui", acteurs(pub, vu, a.avec_qui)), ("Statut", texte(STATUTS_ACTION[a.statut]))]
    financement = _financement_de(vu, note, a)
    if financement:
        faits.append(("Financement", financement))
    details = "".join(f'<div><dt>{texte(k)}</dt><dd>{v}</dd></div>' for k, v in faits)
    suite = ""
    if a.effets_attendus:
        suite += f'<p class="filrouge-sous-titre">Effets attendus</p>{markdown_sur(a.effets_attendus, 3)}'
    if a.ressources:
        suite += f'<p class="filrouge-sous-titre">Ressources</p>{markdown_sur(a.ressources, 3)}'
    classe = f"filrouge-action {etat.classe}" if etat else "filrouge-action"
    # Sur un téléphone : quoi, puis qui et pour quand, puis les effets attendus ; sur un écran
    # large, la feuille de style met les faits à droite du texte.
    return (f'<li class="{classe}" data-numero="{a.numero}"><p class="filrouge-action-titre"><span>{titre}</span>'
            f'{" " + _badge(etat) if etat else ""}</p>'
            f'<div class="filrouge-action-description">{markdown_sur(a.description, 3)}</div>'
            f'<dl class="filrouge-action-faits">{details}</dl>'
            + (f'<div class="filrouge-action-suite">{suite}</div>' if suite else "") + "</li>")


def _groupes(id_bloc: str, groupes: list[tuple[str, list[str]]], vide: str) -> str:
    """Les cartes par groupe d'état, sous un titre qui dit combien ; un seul groupe sans titre (historique)."""
    if not groupes:
        return f'<p class="filrouge-vide" id="{id_bloc}">{texte(vide)}</p>'
    sections = "".join(
        (f'<section class="filrouge-groupe"><h3>{texte(titre)} ({len(cartes)})</h3>' if titre else "<section>")
        + f'<ul class="filrouge-actions">{"".join(cartes)}</ul></section>' for titre, cartes in groupes)
    return f'<div class="filrouge-tableau-actions" id="{id_bloc}">{sections}</div>'


def tableau_actions(pub: Publication, vu: DossierPublie, note: Concertation, aujourdhui: dt.date, id_bloc: str,
                    avec_etat: bool = True) -> str:
    """Le tableau de bord d'une note, une carte par action : ce qui demande l'attention d'abord.

    Sans `avec_etat` (notes passées de l'historique), rien n'est signalé en retard : seule la
    note courante fait foi, et les actions y restent dans l'ordre de priorité de la note.
    """
    def carte(a: Action) -> str:
        return _carte(pub, vu, note, a, _etat(pub, a, aujourdhui) if avec_etat else None,
                      f"Action n°\u00a0{a.numero}")

    if not avec_etat:
        actions = sorted(note.actions, key=lambda x: x.numero)
        groupes = [("", [carte(a) for a in actions])] if actions else []
    else:
        groupes = [(TITRES_ETATS[etat], [carte(a) for a in liste]) for etat, liste in
                   par_attention(note.actions, lambda a: a, aujourdhui, pub.config.horizon_echeance_jours)]
    return _groupes(id_bloc, groupes, "Aucune action consignée dans cette note.")


def _a_surveiller(s: Suivi, horizon: int) -> str:
    """Pourquoi un dossier est là où il est dans l'index : ses actions en retard et proches."""
    if not s.en_cours:
        return "—"
    if not s.ouvertes:
        return "aucune action ouverte"
    parties = []
    if s.en_retard:
        parties.append(f'<span class="etat">{s.en_retard} en retard</span>')
    if s.bientot:
        parties.append(f'<span class="etat-bientot">{s.bientot} à échéance sous {pluriel(horizon, "jour", "jours")}'
                       "</span>")
    reste = s.ouvertes - s.en_retard - s.bientot
    if reste:
        parties.append(f"{reste} à venir")
    return ", ".join(parties)


def index_dossiers(pub: Publication, vus: Iterable[DossierPublie], aujourdhui: dt.date, lien: Lien) -> str:
    """L'index des dossiers, dans l'ordre où ils demandent l'attention (`dossiers_par_attention`)."""
    horizon = pub.config.horizon_echeance_jours
    entetes = ["Dossier", "Code", "Statut", "Actions ouvertes", "Prochaine échéance", "Référent",
               "Dernière rencontre", "Prochaine rencontre", "Financement"]
    lignes = []
    for vu, s in dossiers_par_attention(vus, aujourdhui, horizon):
        classe = ("dossier-en-retard" if s.en_retard else "dossier-bientot" if s.bientot else
                  "" if s.en_cours else "dossier-clos")
        lignes.append((classe, [
            f'<a href="{lien(f"dossiers/{vu.id}.md")}">{texte(vu.id)}</a>', f"<code>{texte(vu.dossier.code)}</code>",
            texte(STATUTS_DOSSIER[vu.dossier.statut]), _a_surveiller(s, horizon), _quand(s.prochaine_echeance),
            acteur(pub, vu, vu.referent), _quand(derniere_rencontre(vu)), _quand(prochaine_rencontre(vu)),
            texte(statut_financement(vu)),
        ]))
    return tableau("index-dossiers", entetes, lignes, "Aucun dossier à afficher.", "Index des dossiers")


def fiche_dossier(pub: Publication, vu: DossierPublie) -> str:
    d = vu.dossier
    lignes = [
        ("Code du jeune", f"<code>{texte(d.code)}</code>"), ("Statut", texte(STATUTS_DOSSIER[d.statut])),
        ("Demande", date_longue(d.dates.demande)), ("Ouverture", date_longue(d.dates.ouverture)),
        ("Clôture", date_longue(d.dates.cloture)), ("Initiateur", acteur(pub, vu, d.initiateur)),
        ("Référent de concertation", acteur(pub, vu, vu.referent)),
        ("Prochaine rencontre", date_longue(prochaine_rencontre(vu))),
    ]
    corps = "".join(f"<dt>{texte(k)}</dt><dd>{v}</dd>" for k, v in lignes)
    motif = f'<div class="filrouge-recit">{markdown_sur(d.motif_demande, 2)}</div>' if d.motif_demande else ""
    return f'<dl class="filrouge-fiche" id="fiche-dossier">{corps}</dl>{motif}'


def note(pub: Publication, vu: DossierPublie, c: Concertation, recit: str | None, aujourdhui: dt.date, rang: int) -> str:
    """Une rencontre de l'historique : participants, décisions, actions et récit (sans le contenu interne)."""
    champs = [
        ("Heure et lieu", texte(" – ".join(x for x in (c.heure, c.lieu) if x) or "—")),
        ("Présents", acteurs(pub, vu, c.presents)), ("Absents", acteurs(pub, vu, c.absents)),
        ("Fiche de présence signée", "oui" if c.fiche_presence else "non"),
        ("Adhésion à la charte", "oui" if c.adhesion_charte else "non"),
        ("Référent", acteur(pub, vu, vu.dossier.referent(c))),
        ("Coordinateur du soin", acteur(pub, vu, c.coordinateur_soin)),
        ("Pédopsychiatre", acteur(pub, vu, c.pedopsychiatre)),
        ("Validation", f"pédopsychiatre : {date_longue(c.validation.pedopsychiatre)} ; "
                       f"référent : {date_longue(c.validation.referent)}"),
        ("Mandat de financement", "oui" if c.mandat_financement else "non"),
    ]
    if c.jeune_informe_par:
        champs.append(("Jeune informé par", acteur(pub, vu, c.jeune_informe_par)))
    if c.prochaine_rencontre:
        p = c.prochaine_rencontre
        champs.append(("Prochaine rencontre", ("engagement pris" if p.engagement else "pas d'engagement")
                       + (f", le {date_longue(p.date)}" if p.date else "") + (f" ({texte(p.modalites)})" if p.modalites else "")))
    corps = "".join(f"<dt>{texte(k)}</dt><dd>{v}</dd>" for k, v in champs)
    blocs = [f'<dl class="filrouge-fiche">{corps}</dl>']
    for titre, valeur in (("Leviers", c.leviers), ("Obstacles", c.obstacles)):
        if valeur:
            blocs.append(f'<p class="filrouge-intertitre"><strong>{titre}</strong></p>{markdown_sur(valeur, 3)}')
    if c.actions:
        blocs.append('<p class="filrouge-intertitre"><strong>Actions décidées</strong></p>'
                     + tableau_actions(pub, vu, c, aujourdhui, f"actions-rencontre-{rang}", avec_etat=False))
    if recit and recit.strip():
        blocs.append(f'<div class="filrouge-recit">{markdown_sur(recit, 3)}</div>')
    return "".join(blocs)


def tableau_financements(vu: DossierPublie, imprimables: dict[str, str] | None = None) -> str:
    """Les demandes du dossier ; `imprimables` : {fichier de la demande: URL de sa version imprimable}."""
    entetes = ["Demande du", "Action n°", "Montant demandé", "Coût total", "Décision", "Montant accordé",
               "Date de décision", "Motif"]
    if imprimables is not None:
        entetes.append("À signer")
    lignes = []
    for publiee in vu.demandes:
        f = publiee.demande
        d = f.decision
        cellules = [
            _quand(f.date_demande), str(f.action), montant(f.montant_demande), montant(f.cout_total),
            texte(STATUTS_DECISION[d.statut]), montant(d.montant_accorde) if d.montant_accorde is not None else "—",
            _quand(d.date), markdown_sur(d.motif, 3) or "—",
        ]
        if imprimables is not None:
            url = imprimables.get(publiee.relatif)
            cellules.append(f'<a class="filrouge-impression" href="{texte(url)}">Version imprimable</a>' if url else "—")
        lignes.append((f"financement-{d.statut}", cellules))
    return tableau("financements", entetes, lignes, "Aucune demande d'intervention financière dans ce dossier.",
                   "Demandes d'intervention financière")


def tableau_mes_actions(pub: Publication, actions: list[ActionVue], aujourdhui: dt.date, lien: Lien) -> str:
    """Les actions d'un service en cartes, groupées par état comme le tableau de bord d'un dossier."""
    def carte(av: ActionVue) -> str:
        a, vu = av.action, av.dossier
        note = vu.courante
        assert note is not None  # une action vue vient de la note courante
        titre = (f'<a href="{lien(f"dossiers/{vu.id}.md")}">Dossier {texte(vu.id)}</a> · '
                 f"action n°\u00a0{a.numero}")
        return _carte(pub, vu, note, a, _etat(pub, a, aujourdhui), titre)

    groupes = [(TITRES_ETATS[etat], [carte(av) for av in liste]) for etat, liste in
               par_attention(actions, lambda av: av.action, aujourdhui, pub.config.horizon_echeance_jours)]
    return _groupes("mes-actions", groupes, "Aucune action.")


def index_services(pub: Publication, par_service: dict[str, list[ActionVue]], aujourdhui: dt.date, lien: Lien) -> str:
    horizon = pub.config.horizon_echeance_jours
    entetes = ["Service", "Secteur", "Actions", "En retard", f"Échéance sous {pluriel(horizon, 'jour', 'jours')}"]
    lignes = []
    for service in pub.partenaires.services:
        actions = par_service.get(service.id)
        if not actions:
            continue
        etats = [av.action.etat(aujourdhui, horizon) for av in actions]
        lignes.append(("", [
            f'<a href="{lien(f"actions/{service.id}.md")}">{texte(service.nom)}</a>',
            texte(pub.partenaires.secteurs.get(service.secteur, service.secteur)), str(len(actions)),
            str(etats.count("en_retard")), str(etats.count("bientot")),
        ]))
    return tableau("index-services", entetes, lignes, "Aucun service ne porte d'action pour l'instant.",
                   "Actions par service")


def chiffres_coordination(c: Coordination) -> str:
    def case(id_case: str, titre: str, valeur: str, alerte: bool = False) -> str:
        classe = ' class="alerte-coordination"' if alerte else ""
        return f'<div id="{id_case}"><span>{texte(titre)}</span><strong{classe}>{valeur}</strong></div>'

    enveloppe = montant(c.enveloppe) if c.enveloppe is not None else "non configurée"
    reste = montant(c.reste) if c.reste is not None else "—"
    sature = c.actifs >= c.capacite
    return '<div class="filrouge-chiffres">' + "".join([
        case("enveloppe", f"Enveloppe {c.annee}", enveloppe),
        case("accorde", "Accordé", montant(c.accorde)),
        case("en-attente", "En attente de décision", montant(c.en_attente)),
        case("reste", "Reste disponible", reste + (" (dépassement)" if c.reste is not None and c.reste < 0 else ""),
             c.reste is not None and c.reste < 0),
        case("capacite", "Dossiers actifs / capacité",
             f"{c.actifs} / {c.capacite}" + (" (saturation)" if sature else ""), sature),
    ]) + "</div>"


def tableau_attente(c: Coordination, lien: Lien) -> str:
    entetes = ["Dossier", "Demande du", "Action n°", "Montant demandé", "Coût total"]
    lignes = [("", [f'<a href="{lien(f"dossiers/{vu.id}.md")}">{texte(vu.id)}</a>', date_longue(f.date_demande),
                    str(f.action), montant(f.montant_demande), montant(f.cout_total)])
              for vu, f in c.demandes_en_attente]
    return tableau("demandes-en-attente", entetes, lignes, "Aucune demande n'attend de décision.",
                   "Demandes en attente de décision")


def tableau_casemanagers(c: Coordination) -> str:
    """La charge de chaque casemanager : dossiers actifs face à sa capacité (etp × dossiers_par_etp)."""
    entetes = ["Casemanager", "ETP", "Dossiers actifs", "Capacité"]
    lignes = []
    for charge in c.charges:
        sature = charge.capacite is not None and charge.actifs >= charge.capacite
        lignes.append(("casemanager-sature" if sature else "", [
            texte(charge.id or "sans casemanager"), nombre(charge.etp) if charge.etp is not None else "—",
            str(charge.actifs), (f"{charge.capacite}" + (" (saturation)" if sature else ""))
            if charge.capacite is not None else "—"]))
    return tableau("casemanagers", entetes, lignes, "Aucun casemanager configuré (casemanagers de reseau.yaml).",
                   "Dossiers actifs par casemanager")


def tableau_sans_rencontre(pub: Publication, c: Coordination, lien: Lien) -> str:
    entetes = ["Casemanager", "Dossier", "Référent", "Dernière rencontre", "Jours sans rencontre"]
    lignes = [("dossier-sans-rencontre", [
        texte(c.casemanager_de.get(vu.id) or "—"),
        f'<a href="{lien(f"dossiers/{vu.id}.md")}">{texte(vu.id)}</a>', acteur(pub, vu, vu.referent),
        date_longue(derniere) if derniere else "aucune (depuis l'ouverture)", f'<span class="etat">{nombre(jours)} jours</span>'])
        for vu, derniere, jours in c.sans_rencontre]
    return tableau("dossiers-sans-rencontre", entetes, lignes,
                   f"Tous les dossiers actifs ont eu une rencontre depuis moins de {c.delai} jours.",
                   "Dossiers sans rencontre récente")

