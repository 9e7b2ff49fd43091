"""Subdomains of one registered domain share one download slot (crawler/slots.py)."""

import json

from crawler.settings import settings_for
from crawler.slots import download_slots, shared_groups, site_group
from kipmon.config import load_config
from conftest import write_registry


def test_site_group_knows_indonesian_second_level_domains():
    assert site_group("dinkes.kutaitimurkab.go.id") == "kutaitimurkab.go.id"
    assert site_group("WWW.KUTAITIMURKAB.GO.ID") == "kutaitimurkab.go.id"
    assert site_group("sukamaju.desa.id") == "sukamaju.desa.id"
    assert site_group("bpbd.damkarkutaitimur.com") == "damkarkutaitimur.com"
    assert site_group("127.0.0.12") == "127.0.0.12"


def test_only_groups_with_several_hosts_share_a_slot():
    urls = [
        "https://kutaitimurkab.go.id/",
        "https://bkpsdm.kutaitimurkab.go.id/id",
        "http://bappeda.kutaitimurkab.go.id/",
        "https://sukamaju.desa.id/",
        "http://127.0.0.11:8000/",
        "http://127.0.0.12:8000/",
    ]
    assert shared_groups(urls) == {"kutaitimurkab.go.id"}
    assert download_slots(urls, 4, 0.1) == {"kutaitimurkab.go.id": {"concurrency": 4, "delay": 0.1}}
    assert download_slots(urls, 0, 0.1) == {}


def test_the_shipped_registry_gets_one_slot_for_the_regency_server(tmp_path):
    from kipmon.registry import default_registry_path

    cfg = load_config()
    settings = settings_for(
        cfg, db="x.db", run_id=1, registry=str(default_registry_path()), only=None, httpcache_dir=None
    )
    assert settings["DOWNLOAD_SLOTS"] == {"kutaitimurkab.go.id": {"concurrency": 4, "delay": 0.1}}
    json.dumps(settings)  # the settings travel to the crawl child as JSON
    local = write_registry(
        tmp_path / "r.csv", [{"id": "a", "url": "http://127.0.0.11:9/"}, {"id": "b", "url": "http://127.0.0.12:9/"}]
    )
    assert (
        settings_for(cfg, db="x.db", run_id=1, registry=str(local), only=None, httpcache_dir=None)["DOWNLOAD_SLOTS"]
        == {}
    )
