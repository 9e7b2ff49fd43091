"""Politeness groups and their placement on nodes (crawler/engines/assign.py): pure functions."""

from __future__ import annotations

from crawler.engines.assign import NO_SITE, assign, group_nodes, group_weights, politeness_groups


def test_bodies_of_one_server_form_one_group_and_a_body_on_two_servers_joins_them():
    groups = politeness_groups(
        [
            ("dinkes", ["https://dinkes.kutaitimurkab.go.id/"]),
            ("bkpsdm", ["https://bkpsdm.kutaitimurkab.go.id/ppid"]),
            ("desa-a", ["https://sukamaju.desa.id/"]),
            ("desa-b", ["https://makmur.desa.id/"]),
            ("rsud", ["https://rsud.example.com/", "https://makmur.desa.id/rsud"]),  # joins makmur.desa.id
            ("ip", ["http://10.1.2.3:8080/"]),
            ("dishub", []),
        ]
    )
    assert sorted(map(sorted, groups.values())) == [
        ["bkpsdm", "dinkes"],
        ["desa-a"],
        ["desa-b", "rsud"],
        ["dishub"],
        ["ip"],
    ]
    assert groups[NO_SITE] == ["dishub"] and groups["kutaitimurkab.go.id"] == ["dinkes", "bkpsdm"]


def test_groups_are_balanced_by_last_runs_fetches():
    weights = {"a": 100, "b": 90, "c": 60, "d": 40, "e": 10}
    placed = assign(weights, ["n1", "n2"])
    load = {n: sum(w for g, w in weights.items() if placed[g] == n) for n in ("n1", "n2")}
    assert load == {"n1": 150, "n2": 150}


def test_a_group_stays_on_its_last_node_while_that_node_stays_near_its_share():
    weights = {"a": 50, "b": 50, "c": 50, "d": 50}
    previous = {"a": "n2", "b": "n2", "c": "n1", "d": "n1"}
    assert assign(weights, ["n1", "n2"], previous) == previous
    # n2 is removed: its groups move, the others stay
    placed = assign(weights, ["n1", "n3"], previous)
    assert placed["c"] == placed["d"] == "n1" and placed["a"] == placed["b"] == "n3"


def test_sticky_gives_way_when_it_would_overload_a_node():
    weights = {"a": 50, "b": 50, "c": 50, "d": 50}
    everything_on_n1 = dict.fromkeys(weights, "n1")
    placed = assign(weights, ["n1", "n2"], everything_on_n1)
    assert sorted(placed.values()) == ["n1", "n1", "n2", "n2"]


def test_a_new_group_weighs_the_average_and_weights_come_from_bodies():
    groups = {"g1": ["a", "b"], "g2": ["c"], "g3": ["new"]}
    weights = group_weights(groups, {"a": 10, "b": 30, "c": 20})
    assert weights == {"g1": 40.0, "g2": 20.0, "g3": None}
    placed = assign(weights, ["n1", "n2"])
    assert placed["g1"] != placed["g2"] and placed["g3"] == placed["g2"]  # 20 + 30 (average) beside 40
    assert group_nodes(groups, {"a": "n2", "b": "n2", "c": "n1"}) == {"g1": "n2", "g2": "n1"}


def test_a_group_with_nothing_to_fetch_weighs_nothing_and_stays_where_it_was():
    weights = {"portal": 100.0, "no-site": 0.0}
    assert assign(weights, ["n1", "n2"], {"portal": "n2", "no-site": "n2"}) == {"portal": "n2", "no-site": "n2"}
    assert assign({"a": 0.0, "b": 0.0}, ["n1", "n2"]) == {"a": "n1", "b": "n2"}
