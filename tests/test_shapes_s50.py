"""Shapes of session 50 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize


def test_a_mirrored_decree_whose_number_follows_its_title_names_its_issuer() -> None:
    text = (
        "政务微信\n政务微博\n×\n×\n"
        "青禾市人民政府关于优化政务服务环境的实施意见(青政〔2019〕36号)\n"
        "来源:青禾市政府网 浏览次数: 发布时间:2019-05-08 09:12:40\n\n"
        "为贯彻落实省政府有关部署,深化简政放权,着力营造公平透明的营商环境,现提出如下实施意见。\n\n"
        "  一、持续压减审批事项\n\n"
        "  1.深化商事制度改革。全面推行企业开办一网通办,将开办时间压缩至2个工作日以内。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "implementation_plan"
    assert d.agency == "青禾市人民政府"
