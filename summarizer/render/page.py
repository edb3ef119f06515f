"""The page shell every HTML page shares (the review page, the check page, the batch dashboard): one self-contained
page of two panes with inline CSS and script under a CSP nonce, its escaping, and the review pages' file names."""

from __future__ import annotations

import html
import re
from pathlib import Path

__all__ = ["GENERATOR", "html_name", "page_shell"]


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


#: in every page's head: a batch run over a folder skips the review pages an earlier run wrote there
GENERATOR = '<meta name="generator" content="summarizer review page">'

_CSS = """
:root{--hl:rgba(255,206,84,.38);--hl2:rgba(255,170,0,.42);--act:#ff9800;--ok:#1b7f3b;--eq:#1558b0;--bad:#c62828}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:15px/1.7 system-ui,"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
 color:#1f2328;display:grid;grid-template-columns:minmax(340px,42%) 1fr}
#summary,#source{height:100vh;overflow:auto;padding:16px 22px}
#summary{border-right:1px solid #d0d7de;background:#fafbfc}
h1{font-size:20px;margin:0 0 8px}
h2{font-size:16px;margin:22px 0 6px;padding-bottom:3px;border-bottom:1px solid #d0d7de}
h3{font-size:14px;margin:12px 0 4px;color:#57606a}
.facts{margin:0;padding:0;list-style:none;font-size:13px;color:#57606a}
.banner{margin:10px 0;padding:8px 12px;border-radius:6px;border:1px solid}
.banner.missing{background:#fff4e5;border-color:#f0b35b}
.banner.bad{background:#ffebee;border-color:#e57373}
.banner.good{background:#e8f5e9;border-color:#81c784}
.banner.warn{background:#fffbe6;border-color:#e6cf6e}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:9px;margin-left:6px;vertical-align:1px}
.badge.missing{background:#f57c00;color:#fff}
.badge.present{background:#e0e0e0;color:#333}
ol.items{padding-left:22px;margin:4px 0}
.item{padding:4px 6px;margin:2px 0;border-radius:6px;cursor:pointer;border:1px solid transparent}
.item:hover{background:#eef4ff}
.item.current{border-color:var(--act);background:#fff3e0}
.item .sec,.item .area{font-size:12px;color:#6e7781;margin-left:6px}
.item ul.metrics{margin:2px 0;padding-left:18px;font-size:13px}
a.ev{font-size:12px;margin-right:6px;color:#0969da;text-decoration:none;white-space:nowrap}
a.ev:hover{text-decoration:underline}
a.ev.bad{color:var(--bad)}
.num{font-weight:600;border-radius:3px;padding:0 1px}
.n-exact{color:var(--ok)}
.n-equivalent{color:var(--eq);text-decoration:underline dotted}
.n-unsupported{color:#fff;background:var(--bad)}
.n-unchecked{color:#6e7781}
.legend{font-size:12px;color:#57606a}
.legend span{margin-right:10px}
#source .meta{font-size:12px;color:#6e7781;margin-bottom:8px}
#text{white-space:pre-wrap;word-break:break-word;line-height:1.9;font-size:15px}
mark{background:var(--hl);color:inherit;border-radius:2px;cursor:pointer}
mark.d2{background:var(--hl2)}
mark.d3{background:rgba(255,140,0,.5)}
mark.bad{background:rgba(229,57,53,.25);text-decoration:underline wavy var(--bad)}
mark.active{background:var(--act);color:#000;outline:1px solid #e65100}
#text .n-exact,#text .n-equivalent{font-weight:600}
@media (max-width:760px){body{display:block}#summary,#source{height:auto;overflow:visible}}
@media print{body{display:block}#summary,#source{height:auto;overflow:visible}}
"""

_JS = r"""
(function(){
  "use strict";
  var active=[], current=null, cursor={};
  function marks(id){return Array.prototype.slice.call(document.querySelectorAll('mark[data-q~="'+id+'"]'));}
  function showQuote(id,scroll){
    active.forEach(function(e){e.classList.remove('active');});
    active=marks(id);
    active.forEach(function(e){e.classList.add('active');});
    if(scroll!==false && active.length){active[0].scrollIntoView({block:'center',inline:'nearest',behavior:'auto'});}
    return active.length>0;
  }
  function setItem(el,scroll){
    if(current){current.classList.remove('current');}
    current=el;
    if(el){el.classList.add('current');
      if(scroll){el.scrollIntoView({block:'center',inline:'nearest',behavior:'auto'});}}
  }
  function next(key,ids){var i=(cursor[key]===undefined)?0:(cursor[key]+1)%ids.length;cursor[key]=i;return ids[i];}
  function fromItem(it){
    var ids=(it.getAttribute('data-quotes')||'').split(' ').filter(Boolean);
    if(!ids.length){return;}
    var id=(current===it)?next(it.id,ids):(cursor[it.id]=0,ids[0]);
    setItem(it,false);showQuote(id,true);
  }
  document.addEventListener('click',function(ev){
    var t=ev.target;
    var link=t.closest&&t.closest('a.ev');
    if(link){ev.preventDefault();setItem(link.closest('.item'),false);showQuote(link.getAttribute('data-q'),true);return;}
    var m=t.closest&&t.closest('mark[data-q]');
    if(m){
      var ids=m.getAttribute('data-q').split(' ').filter(Boolean);
      var key='m'+m.getAttribute('data-start');
      var id=next(key,ids);
      var l=document.querySelector('a.ev[data-q="'+id+'"]');
      showQuote(id,false);
      if(l){setItem(l.closest('.item'),true);}
      return;
    }
    var it=t.closest&&t.closest('.item[data-quotes]');
    if(it&&!(t.closest&&t.closest('a'))){fromItem(it);}
  });
  document.addEventListener('keydown',function(ev){
    if(ev.key==='Enter'&&ev.target.classList&&ev.target.classList.contains('item')){fromItem(ev.target);}
  });
})();
"""


def page_shell(title: str, left: str, right: str, nonce: str, css: str = "", js: str = "") -> str:
    """A page of two panes (``left`` beside the report ``right``), self-contained: inline CSS and the page's
    own script only (a CSP with a nonce forbids anything else), so it can be mailed or archived as one file.
    ``title`` is escaped here; ``left``/``right``/``css`` are markup the caller escaped; ``js`` runs after the
    page's own script, under the same nonce. The check page and the batch dashboard use it too.
    """
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="referrer" content="no-referrer">'
        + GENERATOR
        + '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}{css}</style></head>\n"
        f'<body><section id="summary">{left}</section>\n'
        f'<section id="source">{right}</section>\n'
        f'<script nonce="{nonce}">{_JS}{js}</script></body></html>\n'
    )


_SAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def html_name(file: str, sha256: str) -> str:
    stem = _SAFE.sub("_", Path(file).stem).strip("._")[:80] or "report"
    return f"{stem}-{sha256[:10]}.html"
