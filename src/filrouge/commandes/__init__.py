"""Les sous-commandes de `filrouge`, une par module : chacune analyse ses arguments et appelle la bibliothèque.

Chaque module expose `ajouter(sous_parseurs)`. C'est la couche du haut : elle seule compose
le chargement du dépôt (`depot`), sa vue publiable (`publication`) et les sorties.
"""
