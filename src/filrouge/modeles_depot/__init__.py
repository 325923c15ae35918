"""Fichiers copiés par `filrouge init` dans le dépôt de dossiers d'un réseau.

Un composant de chemin qui commence par « _ » devient « . » à la copie (`_github` ->
`.github`) : aucun fichier caché dans le paquet, rien que l'empaquetage puisse oublier.
"""
