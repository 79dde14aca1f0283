"""The analyst's desk over HTTP: a FastAPI app with read endpoints, an authenticated write endpoint and
the dashboard's static files (`create_app`), and the server that runs it (`server.serve`)."""
