"""Filrouge : dossiers de casemanagement et demandes Criseflex tenus dans Git."""

__version__ = "0.1.0"
