"""Une seule date de référence pour toutes les commandes : FILROUGE_AUJOURDHUI, sinon le jour même."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from filrouge.cli import main
from filrouge.francais import ErreurUtilisation
from filrouge.reference import aujourdhui
from tests.usine import Usine


def test_date_de_reference() -> None:
    assert aujourdhui({"FILROUGE_AUJOURDHUI": "2019-06-15"}) == dt.date(2019, 6, 15)
    assert aujourdhui({}) == dt.date.today()
    with pytest.raises(ErreurUtilisation, match="FILROUGE_AUJOURDHUI invalide"):
        aujourdhui({"FILROUGE_AUJOURDHUI": "15/06/2019"})


def test_bilan_rappels_et_nouveau_suivent_la_meme_date(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(usine.racine)
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", "2019-04-20")
    assert main(["bilan", "2019", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["arrete_au"] == "2019-04-20", "l'année en cours s'arrête au jour de référence"
    assert main(["rappels"]) == 0
    assert capsys.readouterr().out.startswith("# Rappels du 2019-04-20")
    assert main(["nouveau", "dossier", "--code", "ABG20105000", "--service", "spj-namur"]) == 0
    assert "dossiers/2019-002" in capsys.readouterr().out, "le numéro suit l'année de la date de référence"
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", "demain")
    assert main(["rappels"]) == 2
    assert "FILROUGE_AUJOURDHUI invalide" in capsys.readouterr().err
