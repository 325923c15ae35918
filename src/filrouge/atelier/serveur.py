"""Lance l'atelier : un serveur uvicorn sur la boucle locale, et le navigateur de l'utilisateur sur sa page."""

from __future__ import annotations

import ipaddress
import threading
import webbrowser
from pathlib import Path

from filrouge.disposition import ADRESSE_ATELIER as ADRESSE_PAR_DEFAUT
from filrouge.francais import ErreurUtilisation


def lire_adresse(texte: str) -> tuple[str, int]:
    """« 127.0.0.1:8001 » → (hôte, port) ; seule la boucle locale est permise : rien ne sort de la machine."""
    hote, deux_points, port = texte.rpartition(":")
    if not deux_points or not port.isdigit() or not 0 < int(port) < 65536:
        raise ErreurUtilisation(f"adresse invalide « {texte} » : hôte:port attendu, ex. {ADRESSE_PAR_DEFAUT}.")
    hote = hote.strip("[]") or "127.0.0.1"
    try:
        locale = hote == "localhost" or ipaddress.ip_address(hote).is_loopback
    except ValueError:
        locale = False
    if not locale:
        raise ErreurUtilisation(f"l'atelier n'écoute que sur cet ordinateur (127.0.0.1 ou localhost), pas sur « {hote} » : "
                                "il donne accès aux dossiers sans mot de passe.")
    return hote, int(port)


def servir(racine: Path, adresse: str, navigateur: bool) -> None:
    import uvicorn

    from filrouge.atelier.application import creer_application

    hote, port = lire_adresse(adresse)
    application = creer_application(racine, port)
    url = f"http://{'127.0.0.1' if hote == 'localhost' else hote}:{port}/"
    print(f"Atelier ouvert sur {url} pour le dépôt {racine} (Ctrl+C pour arrêter).", flush=True)
    if navigateur:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(application, host=hote, port=port, log_level="warning", access_log=False)
