"""L'atelier du casemanager : un espace de travail local, dans le navigateur, sur son clone du dépôt du réseau.

Formulaires tirés du modèle, validation de `filrouge valider` pendant la saisie, brouillons gardés hors du
dépôt, écriture YAML en aller-retour, « Enregistrer » qui commite à travers les hooks. Extra `atelier`.
"""
