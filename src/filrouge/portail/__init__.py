"""Le portail privé : pages générées à la construction depuis le dépôt, jamais écrites dans docs/.

MkDocs n'appelle que `hooks/portail.py`, qui délègue à `filrouge.portail.crochets` ;
chaque module de ce paquet tient une seule chose (assainissement, tableaux, pages,
confidentialité, CSP, serveur, commande).
"""
