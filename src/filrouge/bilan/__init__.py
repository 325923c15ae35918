"""Le bilan annuel du dispositif, calculé depuis la vue publiable (`filrouge.publication`).

`calcul.calculer` donne les chiffres ; `page.page_bilan` et `rendu_csv.tableaux_csv` servent
le portail ; `filrouge bilan ANNEE` les écrit en Markdown, CSV ou JSON.
Rien n'est importé ici : matplotlib ne doit pas ralentir le démarrage de `filrouge valider`.
"""
