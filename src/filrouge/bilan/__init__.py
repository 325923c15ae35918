"""Le bilan annuel du dispositif, calculé depuis le dépôt chargé (`depot.charger_depot`).

`calcul.calculer` donne les chiffres ; `page.page_bilan` et `page.fichiers_csv` servent le
portail ; `filrouge bilan ANNEE` (commande.py) les écrit en Markdown, CSV ou JSON.
Rien n'est importé ici : matplotlib ne doit pas ralentir le démarrage de `filrouge valider`.
"""
