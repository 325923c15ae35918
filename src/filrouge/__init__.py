"""Filrouge : dossiers de casemanagement et demandes Criseflex tenus dans Git."""

import os

__version__ = "0.1.0"

# Un greffon pydantic installé dans l'environnement (Logfire et ses pareils) recevrait chaque valeur validée, donc
# les dossiers des jeunes : Filrouge n'en utilise aucun et les coupe pour tout processus qui le charge.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
