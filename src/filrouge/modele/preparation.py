"""Phase préparatoire (preparation.yaml) : document de travail interne, jamais publié."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from filrouge.modele.commun import CodeJeune, IdActeur, Jour, Modele, Texte


class PersonneAImpliquer(Modele):
    acteur: IdActeur | None = None
    service_ou_lien: Texte
    coordonnees: Texte | None = None
    sante_mentale: Annotated[bool, Field(description="Pédopsychiatre ou sous sa responsabilité (souligné sur le formulaire).")] = False


class Attentes(Modele):
    """Premier relevé des attentes, besoins et demandes de chacun."""

    jeune: Texte | None = None
    famille: Texte | None = None
    aidants_proches: Texte | None = None
    professionnels_sante_mentale: Texte | None = None
    autres_professionnels: Texte | None = None


class ActionEnvisagee(Modele):
    action: Texte
    effets_attendus: Texte


class ModalitesRencontre(Modele):
    date: Jour
    heure: Texte | None = None
    lieu: Texte | None = None


class Preparation(Modele):
    date: Annotated[Jour, Field(description="Date de la phase préparatoire (avant la première rencontre).")]
    initiateur: IdActeur
    code: CodeJeune
    personnes: list[PersonneAImpliquer]
    analyse_holistique: Annotated[bool, Field(description="Une analyse bio-psycho-sociale est-elle mise à disposition ?")]
    attentes: Attentes
    actions_envisagees: list[ActionEnvisagee] = []
    rencontre: ModalitesRencontre
