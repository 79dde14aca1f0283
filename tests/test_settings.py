"""Settings: defaults < file < environment < flags; files named in a settings file are found beside it."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import BadInput
from communique.settings import Settings


def test_layers_override_in_order(tmp_path):
    config = tmp_path / "communique.cfg"
    config.write_text("batch_size = 8\nmin_confidence = 0.4  # a comment\n", encoding="utf-8")
    assert Settings.build(file=config, env={}).batch_size == 8
    env = {"COMMUNIQUE_BATCH_SIZE": "16"}
    assert Settings.build(file=config, env=env).batch_size == 16
    assert Settings.build(file=config, env=env, batch_size=4).batch_size == 4
    assert Settings.build(file=config, env=env).min_confidence == 0.4


def test_relative_files_are_read_beside_the_settings_file(tmp_path, monkeypatch):
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "settings.cfg").write_text("actors_file = my_actors.tsv\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = Settings.build(file=folder / "settings.cfg", env={})
    assert settings.actors_file == folder / "my_actors.tsv"


def test_unknown_keys_and_missing_files_are_clear_errors(tmp_path):
    config = tmp_path / "bad.cfg"
    config.write_text("batch_sise = 3\n", encoding="utf-8")
    with pytest.raises(BadInput, match="batch_sise"):
        Settings.build(file=config, env={})
    with pytest.raises(BadInput, match="does not exist"):
        Settings.build(file=Path(tmp_path / "absent.cfg"), env={})
