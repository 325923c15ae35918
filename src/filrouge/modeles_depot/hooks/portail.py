"""Crochets MkDocs du portail Filrouge : minces, tout le travail est dans `filrouge.portail`."""

from filrouge.portail.crochets import (  # noqa: F401  (MkDocs cherche ces noms dans le module)
    on_build_error,
    on_config,
    on_files,
    on_page_content,
    on_page_markdown,
    on_post_build,
)
