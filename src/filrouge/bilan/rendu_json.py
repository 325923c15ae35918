"""Le bilan en JSON : la sortie `--format json` de `filrouge bilan` (clés décrites dans `donnees`)."""

from __future__ import annotations

import json

from filrouge.bilan.chiffres import Bilan
from filrouge.bilan.donnees import donnees


def en_json(bilan: Bilan) -> str:
    return json.dumps(donnees(bilan), ensure_ascii=False, indent=2)
