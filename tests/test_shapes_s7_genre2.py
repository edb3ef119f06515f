"""Genre, round 2 of session 7 (issue 10): kinds of text a careful reader tells apart when the copy lost its title,
collected blind as sets AN–AS.

News whose headline and lead are lost, by a journalist's traces that no official text leaves:
- a press conference transcribed (新闻界的朋友们： / 欢迎参加…新闻发布会 / 回答记者提问);
- a lead whose time follows a basis clause (根据《…办法》，日前，…), as it follows a purpose clause (为…，);
- a visiting group's words told from outside (督察组指出，) besides its visit (陪同), and a credit after a bar
  (通讯员|某某);
- a photograph's credit in brackets ((某某图片|供图)) in a copy pasted as one line;
- a scene or a list of feats that trails off (……) before the story goes on.

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document, one_line

NEWS = [
    (
        "a press conference transcribed",
        "新闻界的各位朋友：\n大家上午好！欢迎参加市政府新闻办新闻发布会。\n"
        "今天，我们邀请市司法局有关负责同志，向大家介绍近年来我市法治建设工作有关情况，并回答记者提问。\n"
        "首先，请市司法局局长林远介绍有关情况。\n"
        "近年来，全市司法行政系统统筹推进依法行政、公共法律服务等各项工作，法治青禾建设迈出坚实步伐。\n",
    ),
    (
        "a lead whose time follows a basis clause",
        "根据《青禾县人大常委会关于开展政府部门工作评议的办法》，日前，青禾县人大常委会采取随机抽取的方式，"
        "确定县交通运输局、县水利局等4个部门为本年度接受评议的政府工作部门。评议内容为受评部门依法行政、"
        "履行职责和办理代表建议的情况。评议结果将作为年度考核的重要参考。\n",
    ),
    (
        "a visiting group's words and its visit",
        "117日，省督察组深入我县，就法治政府建设情况开展实地督察。县委常委、政法委书记周明陪同。\n"
        "在县司法局，督察组听取了我县推进依法治县工作情况的汇报，查阅了相关台账。\n"
        "督察组指出，青禾县法治政府建设工作扎实推进，亮点纷呈，希望进一步提高依法行政水平。\n"
        "通讯员|方远\n",
    ),
    (
        "a feature whose list of feats trails off",
        "五年，制定修改地方性法规9部，备案审查规范性文件300余件；\n"
        "五年，全市人民调解组织调处纠纷2万余件，调解成功率98%以上；\n"
        "……\n"
        "春风化雨处，皆是法治的印记。\n"
        "“十四五”以来，青禾坚持以法治护航发展，法治政府建设一体推进，一批标志性成果相继落地。\n",
    ),
]


@pytest.mark.parametrize("name,text", NEWS, ids=[n for n, _ in NEWS])
def test_news_without_its_headline_or_lead(name: str, text: str) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.evidence.genre, "the genre carries the words it was read from"


def test_a_photographs_credit_in_a_copy_pasted_as_one_line() -> None:
    text = (
        "2024-12-02 14:00:00 2023年6月21日，青禾湿地公园，执法人员在进行无人机技能比赛。（青禾图片社|供图） "
        "胡明是青禾县司法局执法监督科的负责人。每天上班后，他要做的第一件事是登录执法监督平台。 "
        "平台由市里新近搭建，可以在线查看各单位的执法动态和处罚结果。 "
        "2024年11月11日，省司法厅发布了首批行政执法监督典型案例，5起不当执法行为被公开点名。\n"
    )
    assert document(one_line(text)).doc_type == DocType.news


NOT_NEWS = [
    (
        "a report that held press conferences",
        "2023年，青禾县人民政府深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、2023年推进法治政府建设的主要举措和成效\n"
        "（一）推进政务公开。全年召开新闻发布会6场，及时回应社会关切。督察组指出的问题已全部整改到位。\n"
        "二、存在的不足和原因\n部分部门依法行政意识有待提高。\n",
        DocType.annual_report,
    ),
    (
        "an excerpt cut with ……略……",
        "加强行政复议工作。……略……深化行政执法改革，规范执法程序，落实行政执法公示制度。\n"
        "全面推行执法全过程记录，确保执法行为有据可查。\n",
        DocType.other,
    ),
]


@pytest.mark.parametrize("name,text,genre", NOT_NEWS, ids=[n for n, _, _ in NOT_NEWS])
def test_what_stays_what_it_is(name: str, text: str, genre: DocType) -> None:
    assert document(text).doc_type == genre
