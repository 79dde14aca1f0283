"""The spaCy model is checked against the checksums recorded in the repository, with a clear error."""
from __future__ import annotations

import shutil

import pytest

from communique.model_check import ModelMismatch, file_checksums, model_folder, recorded, verify_model
from communique.nlp import MODEL_PACKAGE


def test_the_installed_model_is_the_recorded_one():
    verify_model(MODEL_PACKAGE)  # raises ModelMismatch otherwise
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
    verify_model(MODEL_PACKAGE)  # the copy itself passes
    weights = folder / "ner" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelMismatch, match=r"ner/model differs from its recorded SHA-256"):
        verify_model(MODEL_PACKAGE)


def test_another_version_in_meta_is_named(tmp_path, monkeypatch):
    folder = _copy_of_the_model(tmp_path, monkeypatch)
    meta = folder / "meta.json"
    meta.write_text(meta.read_text("utf-8").replace('"version":"3.8.0"', '"version":"3.9.9"')
                    .replace('"version": "3.8.0"', '"version": "3.9.9"'), encoding="utf-8")
    with pytest.raises(ModelMismatch, match=r"version '3\.9\.9', not '3\.8\.0'"):
        verify_model(MODEL_PACKAGE)


def test_a_missing_model_package_is_a_clear_error():
    with pytest.raises(ModelMismatch, match="is not installed; run `make install`"):
        model_folder("en_core_web_nonexistent_model")
