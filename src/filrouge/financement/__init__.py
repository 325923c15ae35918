"""Les demandes Criseflex revues comme des demandes de fusion (pull/merge requests).

Le référent prépare la demande (`nouveau`), la CI l'examine contre sa base (`examen`),
le coordinateur du réseau décide dans une demande de fusion séparée.
"""
