"""Page shells for the held-out world: each site style gets its own markup, as real sites differ.

Only layout lives here; every word that decides an item is written in the site modules, next to its label.
"""

from __future__ import annotations

import datetime as dt
import json

from kipmon.demo.sites.common import BULAN, HARI, esc

BULAN_SINGKAT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]


def tgl_singkat(d: dt.date) -> str:
    """12 Agt 2025 (the abbreviation many tgl_indo helpers use)."""
    return f"{d.day} {BULAN_SINGKAT[d.month - 1]} {d.year}"


def tgl_panjang(d: dt.date) -> str:
    return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"


def _nav_bootstrap(nav) -> str:
    out = []
    for label, target in nav:
        if isinstance(target, list):
            sub = "".join(f'<li><a class="dropdown-item" href="{esc(h)}">{esc(t)}</a></li>' for t, h in target)
            out.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" '
                f'data-bs-toggle="dropdown">{esc(label)}</a><ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            out.append(f'<li class="nav-item"><a class="nav-link" href="{esc(target)}">{esc(label)}</a></li>')
    return "".join(out)


def bootstrap(site_name: str, title: str, nav, content: str, *, footer: str = "", head: str = "") -> str:
    """A Laravel/CodeIgniter portal with a Bootstrap 5 navbar."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)} | {esc(site_name)}</title>'
        '<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">' + head + "</head><body>"
        f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">'
        f'<a class="navbar-brand" href="/">{esc(site_name)}</a><ul class="navbar-nav">{_nav_bootstrap(nav)}</ul>'
        f'</div></nav><main class="container py-4"><h2 class="mb-3">{esc(title)}</h2>{content}</main>'
        f'<footer class="bg-dark text-white py-3"><div class="container">{footer}</div></footer>'
        '<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script></body></html>'
    )


def wordpress(
    site_name: str,
    title: str,
    nav,
    content: str,
    *,
    base_url: str,
    footer: str = "",
    sidebar: str = "",
    body_class: str = "page",
) -> str:
    """A WordPress theme page (Astra-like markup), with the REST API advertised in the head."""
    items = []
    for i, (label, target) in enumerate(nav, start=1):
        if isinstance(target, list):
            sub = "".join(
                f'<li class="menu-item menu-item-type-post_type"><a href="{esc(h)}" class="menu-link">{esc(t)}</a></li>'
                for t, h in target
            )
            items.append(
                f'<li id="menu-item-{i}" class="menu-item menu-item-has-children"><a href="#" class="menu-link">'
                f'{esc(label)}</a><ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li id="menu-item-{i}" class="menu-item"><a href="{esc(target)}" class="menu-link">{esc(label)}</a></li>'
            )
    return (
        '<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">'
        f"<title>{esc(title)} &#8211; {esc(site_name)}</title>"
        f'<link rel="https://api.w.org/" href="{base_url}/wp-json/">'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(site_name)} &raquo; Feed" href="{base_url}/feed/">'
        '<meta name="generator" content="WordPress 6.5.3">'
        f'<link rel="stylesheet" href="{base_url}/wp-content/themes/astra/assets/css/minified/main.min.css">'
        f'</head><body class="{body_class} ast-header-break-point"><div id="page" class="hfeed site">'
        f'<header class="site-header"><div class="site-branding"><p class="site-title"><a href="{base_url}/">'
        f'{esc(site_name)}</a></p></div><nav class="main-navigation"><ul id="primary-menu" class="main-header-menu">'
        f'{"".join(items)}</ul></nav></header><div id="content" class="site-content"><div class="ast-container">'
        f'<div id="primary" class="content-area"><main id="main" class="site-main"><article>'
        f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
        f'<div class="entry-content">{content}</div></article></main></div>'
        f'<aside id="secondary" class="widget-area">{sidebar}</aside></div></div>'
        f'<footer class="site-footer"><div class="ast-small-footer">{footer}</div></footer></div></body></html>'
    )


def legacy(site_name: str, title: str, nav, content: str, *, footer: str = "", charset: str = "windows-1252") -> str:
    """A 2000s-era PHP site: tables for layout, <font>, a left menu."""
    menu = "".join(f'<tr><td class="menu">&raquo; <a href="{esc(h)}">{esc(t)}</a></td></tr>' for t, h in nav)
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f'<title>{esc(site_name)} - {esc(title)}</title><link href="style.css" rel="stylesheet" type="text/css"></head>'
        '<body bgcolor="#FFFFFF"><table width="900" border="0" align="center" cellpadding="0" cellspacing="0">'
        f'<tr><td colspan="2"><img src="images/header.jpg" width="900" height="120" alt="{esc(site_name)}"></td></tr>'
        f'<tr><td width="200" valign="top"><table width="100%">{menu}</table></td>'
        f'<td valign="top"><font face="Verdana" size="2"><b>{esc(title)}</b><br><br>{content}</font></td></tr>'
        f'<tr><td colspan="2" align="center"><font size="1">{footer}</font></td></tr></table></body></html>'
    )


def form(action: str, fields: list[tuple[str, str]], submit: str) -> str:
    """An HTML form: fields of (name, label); 'textarea:' prefix for a textarea."""
    rows = []
    for name, label in fields:
        if name.startswith("textarea:"):
            name = name.split(":", 1)[1]
            ctrl = f'<textarea class="form-control" name="{esc(name)}" id="{esc(name)}" rows="4" required></textarea>'
        elif name.startswith("select:"):
            name, opts = name.split(":", 1)[1].split("=", 1)
            ctrl = (
                f'<select class="form-select" name="{esc(name)}" id="{esc(name)}">'
                + "".join(f"<option>{esc(o)}</option>" for o in opts.split("|"))
                + "</select>"
            )
        else:
            kind = "email" if "email" in name else ("tel" if name in ("telepon", "no_hp", "hp") else "text")
            ctrl = f'<input type="{kind}" class="form-control" name="{esc(name)}" id="{esc(name)}" required>'
        rows.append(f'<div class="mb-3"><label for="{esc(name)}" class="form-label">{esc(label)}</label>{ctrl}</div>')
    return (
        f'<form method="post" action="{esc(action)}"><input type="hidden" name="_token" value="q8Xw2LmZ0f1">'
        + "".join(rows)
        + f'<button type="submit" class="btn btn-primary">{esc(submit)}</button></form>'
    )


def table(headers: list[str], rows: list[list[str]], cls: str = "table table-striped") -> str:
    """An HTML table; cells are already HTML."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def a(href: str, text: str, **attrs) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=None)
