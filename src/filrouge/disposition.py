"""La disposition d'un dépôt de dossiers : les noms que tout le monde partage, et rien d'autre."""

FICHIER_CONFIGURATION = "reseau.yaml"
FICHIER_ANNUAIRE = "annuaire.yaml"
REPERTOIRE_DOSSIERS = "dossiers"
