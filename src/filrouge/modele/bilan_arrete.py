"""Un bilan annuel arrêté (bilan/AAAA.yaml) : les chiffres d'une année, figés dans le dépôt du réseau.

Un bilan publié ne doit pas changer en silence : une fois arrêté, recalculer l'année compare
avec ces chiffres et montre chaque différence, avec les dossiers qui la causent.
"""

from typing import Annotated

from pydantic import Field

from filrouge.modele.commun import IdDossier, Jour, Modele, Texte


class ChiffreArrete(Modele, title="Chiffre arrêté"):
    """Un chiffre du bilan tel qu'il a été arrêté (ou publié), et les dossiers qu'il comptait."""

    cle: Annotated[str | None, Field(
        title="Chemin du chiffre",
        description="Chemin du chiffre dans la sortie JSON du bilan (ex. dossiers.ouverts, tableau.2018-2019.dossiers) ; "
                    "absent si le chiffre ne se calcule pas depuis les dossiers.")] = None
    libelle: Annotated[Texte | None, Field(title="Libellé du chiffre",
                                           description="Ce que compte le chiffre, en clair.")] = None
    valeur: Annotated[float, Field(title="Valeur arrêtée",
                                   description="Le chiffre tel qu'il a été arrêté ou publié.")]
    arrondi: Annotated[int | None, Field(
        ge=0, title="Arrondi du chiffre publié",
        description="Nombre de décimales auxquelles le chiffre publié était arrondi (0 : un entier).")] = None
    note: Annotated[Texte | None, Field(
        title="Note sur le chiffre",
        description="Ce qu'il faut savoir quand le chiffre arrêté et le chiffre calculé diffèrent.")] = None
    dossiers: Annotated[list[IdDossier] | None, Field(
        title="Dossiers comptés",
        description="Les dossiers que le chiffre comptait : une différence nomme ceux qui sont entrés ou sortis.")] = None


class BilanArrete(Modele, title="Bilan arrêté"):
    """Les chiffres d'une année arrêtés (filrouge bilan ANNEE --arreter) ou publiés dans un rapport."""

    annee: Annotated[int, Field(ge=1900, le=2199, title="Année du bilan",
                                description="L'année des chiffres : la même que le nom du fichier.")]
    arrete_au: Annotated[Jour, Field(title="Chiffres arrêtés au",
                                     description="Date d'arrêt des chiffres (le bilan 2019 publié : 2019-11-15).")]
    arrete_le: Annotated[Jour | None, Field(title="Bilan arrêté le",
                                            description="Jour où les chiffres ont été figés dans le dépôt.")] = None
    document: Annotated[Texte | None, Field(title="Rapport publié",
                                            description="Le rapport où ces chiffres ont été publiés.")] = None
    chiffres: Annotated[list[ChiffreArrete], Field(title="Chiffres arrêtés",
                                                   description="Chaque chiffre arrêté de l'année.")]
