"""The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium)
over a store built from the sample articles and an article made of HTML injection probes. Screenshots of
each view go to build/screenshots/."""
from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--window-size=1400,1500")
PROBE = {"id": "xss-probe", "published": "2020-01-21", "source": "Probe Wire",
         "title": "Police <script>window.xssFired = 1</script> and <img src=x onerror=\"window.xssFired = 2\">",
         "text": "Police arrested two protesters in Baghdad on Tuesday. <script>window.xssFired = 3</script> "
                 "Witnesses said <img src=x onerror=\"window.xssFired = 4\"> officers fired tear gas at the crowd."}

pytestmark = [pytest.mark.model, pytest.mark.browser]


def _browser_or_skip():
    if not (shutil.which(CHROMIUM) and shutil.which(DRIVER)):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver are missing; `make test` installs them")
        pytest.skip("chromium and chromium-driver are not installed (`make test` installs them)")


@pytest.fixture(scope="module")
def server(nlp, tmp_path_factory):
    _browser_or_skip()
    import uvicorn

    from communique.api.app import create_app
    from communique.cli import main

    folder = tmp_path_factory.mktemp("browser")
    probe = folder / "probe.jsonl"
    probe.write_text(json.dumps(PROBE) + "\n", encoding="utf-8")
    db = folder / "samples.duckdb"
    assert main(["ingest", str(ROOT / "samples" / "articles.jsonl"), str(probe), "--db", str(db)]) == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(db, token=None)
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    from fastapi.testclient import TestClient
    yield f"http://127.0.0.1:{port}", TestClient(app)
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def open_view(driver, url):
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.body.dataset.ready") in ("true", "error"))
    assert driver.execute_script("return document.body.dataset.ready") == "true", driver.find_element("id", "view").text


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_overview_draws_the_api_figures_with_no_console_error(server, browser):
    base, api = server
    open_view(browser, base + "/")
    browser.save_screenshot(str(SHOTS / "overview.png"))
    assert console_errors(browser) == []
    total = api.get("/api/events").json()["total"]
    assert browser.find_element("id", "total-events").text == str(total)
    daily = [i for i in api.get("/api/counts", params={"limit": 1000}).json()["items"] if len(i["date"] or "") == 10]
    bars = browser.find_elements("css selector", "#timeline rect.bar")
    assert len(bars) == sum(1 for i in daily for q in (1, 2, 3, 4) if i[f"q{q}"])
    assert sum(int(b.get_attribute("data-count")) for b in bars) == sum(i["events"] for i in daily)
    places = api.get("/api/locations").json()["items"]
    countries = browser.find_elements("css selector", "#map path.has-events")
    points = browser.find_elements("css selector", "#map circle.map-point")
    assert len(points) == sum(1 for p in places if p["feature"] != "country")
    assert {c.get_attribute("data-country") for c in countries} == {p["country"] for p in places if p["feature"] == "country"}
    assert points and browser.find_elements("css selector", "#dyads rect.dyad-cell")


def test_filters_live_in_the_url_and_survive_a_reload(server, browser):
    base, api = server
    open_view(browser, base + "/?country=IRQ&quad_class=4")
    expected = api.get("/api/events", params={"country": "IRQ", "quad_class": 4}).json()["total"]
    assert browser.find_element("id", "total-events").text == str(expected)
    assert browser.find_element("name", "country").get_attribute("value") == "IRQ"
    browser.refresh()
    open_view(browser, browser.current_url)
    assert browser.find_element("id", "total-events").text == str(expected)


def test_a_story_opens_with_its_evidence_highlighted(server, browser):
    base, api = server
    open_view(browser, base + "/?country=LBY")
    link = browser.find_elements("css selector", "a.story-link")[0]
    link.click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: "/stories/" in d.current_url and d.find_elements("css selector", "mark"))
    browser.save_screenshot(str(SHOTS / "story.png"))
    story = api.get("/api/stories/" + browser.current_url.rsplit("/", 1)[1]).json()
    marks = browser.find_elements("css selector", ".article mark")
    assert {m.text for m in marks} == {e["evidence"] for e in story["events"]}
    assert console_errors(browser) == []


def test_injected_html_in_an_article_shows_as_text(server, browser):
    base, _ = server
    open_view(browser, base + "/documents/xss-probe")
    browser.save_screenshot(str(SHOTS / "document_probe.png"))
    assert "<script>window.xssFired = 1</script>" in browser.find_element("css selector", "h1.doc-title").text
    article = browser.find_element("css selector", ".article").text
    assert '<img src=x onerror="window.xssFired = 4">' in article
    assert browser.execute_script("return window.xssFired") is None
    assert browser.find_elements("css selector", "#view img, #view script") == []


def test_the_deadline_board_shows_the_ceasefire_with_its_status(server, browser):
    base, api = server
    open_view(browser, base + "/deadlines")
    browser.save_screenshot(str(SHOTS / "deadlines.png"))
    board = api.get("/api/deadlines", params={"limit": 1000}).json()
    rows = browser.find_elements("css selector", "tr.deadline")
    assert len(rows) == board["total"]
    # the sample's appeal sets its deadline "by midnight" (the Sunday, January 12): whichever mention the story
    # shows, the row names the ceasefire and that midnight
    ceasefire = [r for r in rows if "ceasefire" in r.text and "midnight" in r.text]
    assert ceasefire and ceasefire[0].find_element("css selector", ".badge").text in ("pending", "met", "broken", "unclear")
    assert console_errors(browser) == []
