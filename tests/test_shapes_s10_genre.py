"""Genres, session 10 (issue 10): shapes from the blind sets CA–CC.

- A copy that keeps the headline only as ``(原标题:…)`` on its first line leads news, as ``原标题:…`` does.
- A site's dateline with the day and 讯 (某某网12月6日讯:) leads news, as 某地12月6日电 does.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document

NEWS = [
    (
        "the original headline in brackets above a purpose-clause lead",
        "(原标题:青禾镇召开法治乡村建设工作推进会)\n"
        "为深入贯彻落实上级会议精神和全面依法治国基本方略,夯实基层法治根基,进一步推进我镇法治乡村建设,健全自治、法治、德治相结合的"
        "乡村治理体系,6月4日,青禾县青禾镇开展了法治乡村建设工作推进会。镇党委书记某某主持了会议,班子全体成员、包村干部参加了会议。\n"
        "会议传达了上级关于法治乡村建设的目标任务和创建标准,到2019年底,全镇12个村要建设完成。1、每村建设一个法治型"
        "村组织,落实重大决策“五议三公开”。2、每村搭建一个法律服务平台,建立一个村级调解室。3、每村创建一个普法宣教"
        "体系,建设法治宣传街。4、每村根据村内情况完善村规民约。\n",
    ),
    (
        "a site's dateline with the day and 讯 over a feature on a district's work",
        "法治青禾网12月6日讯:近年来，青禾市白石区坚持“四个聚焦”同步发力，努力营造公平公正的法治化营商环境。\n"
        "一是聚焦依法决策，夯实法治根基。严审涉企政策合法性，印发议题合法性审查程序规定。\n"
        "二是聚焦规范执法，优化执法方式。\n",
    ),
]


@pytest.mark.parametrize("name,text", NEWS, ids=[n for n, _ in NEWS])
def test_news_by_its_carriers_marks(name: str, text: str) -> None:
    assert document(text).doc_type == DocType.news, name


def test_a_report_that_cites_a_days_notice_stays_a_report() -> None:
    """讯 only in a dateline that opens the text: a report whose body cites news of a day is still the report."""
    text = (
        "青禾县司法局2023年法治政府建设情况报告\n"
        "2023年，县司法局坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
        "一、主要举措和成效\n法治青禾网12月6日讯报道了我局开展“法律明白人”培训的做法。全年培训“法律明白人”320人。\n"
        "二、存在的不足和原因\n三、2024年工作安排\n"
    )
    assert document(text).doc_type == DocType.annual_report
