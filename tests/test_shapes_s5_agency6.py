"""The issuing agency on session 5, round 6: copies packaged the way real ones are (a news app's byline under the
headline, lines run together by a one-line copy, a lost title) must not turn a right agency into a wrong one.
A news app's byline and date row do not hide the lead's subject; two names run together are two bodies, the one
before 关于 being the writer; a page word glued onto a name is cut off where the text names the body inside its
Party organ's name; a street's 党政办公室 in a disclosure report's contact line stands for the street.

All texts in our own words; places, bodies and people invented.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

SHAPES = [
    # (id, text, agency)
    (
        "a news app's byline and date row between a place's headline and its organ's fronted lead",
        "青禾区开展街道法治建设专项督察\n青山新闻客户端记者 王明 通讯员 李红\n2025-03-20 10:11 4857阅读\n"
        "为了全面掌握依法治区工作推进情况，青禾区委依法治区办对2024年街道法治建设工作进行了专项督察。\n"
        "此次督察由两个督察组对八个街道逐一检查。",
        "青禾区委依法治区办",
    ),
    (
        "a news app's byline and date row above an untitled committee meeting's lead",
        "青山新闻客户端记者 王明\n2025-03-20 10:11 4857阅读\n"
        "12月14日，青禾县召开了全面依法治县委员会第五次会议。会议传达学习了有关精神，审议了年度工作要点。",
        "全面依法治县委员会",
    ),
    (
        "a one-line copy running the body's new and old names into its title",
        "青禾市国防动员办公室青禾市人民防空办公室青禾市人民防空办公室关于2024年度法治政府建设情况的报告\n"
        "2024年，在市委市政府的正确领导下，市人防办坚持依法行政，各项工作取得新成效。一、主要做法（一）完善制度。",
        "青禾市人民防空办公室",
    ),
    (
        "a copy without its title, the body's new and old names stacked above the text",
        "青禾市国防动员办公室\n青禾市人民防空办公室\n"
        "2024年，在市委市政府的正确领导下，市人防办坚持依法行政，各项工作取得新成效。\n一、主要做法\n（一）完善制度。",
        "青禾市人民防空办公室",
    ),
    (
        "a one-line copy gluing an accessibility link onto the department's title",
        "无障碍浏览青禾省水利厅关于2024年度法治政府建设情况的报告\n一、2024年主要工作\n"
        "2024年，省水利厅坚持依法行政，印发《中共青禾省水利厅委员会学法制度》，扎实推进法治政府建设。",
        "青禾省水利厅",
    ),
    (
        "a joint title's two names run together: the government, as on a copy that kept its space",
        "中共青禾县委青禾县人民政府关于2024年法治政府建设情况的报告\n"
        "2024年，县委、县政府坚持以习近平法治思想为指导，扎实推进法治政府建设。",
        "青禾县人民政府",
    ),
    (
        "a disclosure report without its title whose contact line names the street's 党政办公室",
        "引言\n根据《中华人民共和国政府信息公开条例》要求，编制本报告。本报告中所列数据的统计期限自2024年1月1日起至"
        "2024年12月31日止。如对本报告有疑问，请与青禾街道办事处党政办公室联系（电话：0000-1234567）。\n"
        "一、总体情况\n2024年，街道认真落实政务公开各项要求。",
        "青禾街道办事处",
    ),
]


@pytest.mark.parametrize("name, text, agency", SHAPES, ids=[s[0] for s in SHAPES])
def test_agency_of_session5_round6_shapes(name, text, agency):
    assert summarize(text=text, engine="rules").document.agency == agency


KEPT_WHOLE = [
    # a city bureau's district branch: the second name does not start with the first's place, so it is one body
    (
        "a district branch of a city bureau",
        "青禾市公安局西湖区分局关于2024年度法治政府建设情况的报告\n2024年，分局坚持依法行政，扎实推进法治建设。",
        "青禾市公安局西湖区分局",
    ),
    # a date that opens a headline is the headline's, not a carrier's row
    (
        "a headline opening with its date above a meeting's lead",
        "2025年1月5日青禾市委全面依法治市委员会第三次会议召开\n会议审议了年度工作要点，部署了下一阶段工作。",
        "青禾市委全面依法治市委员会",
    ),
    # a national bureau's city branch: the first name names no place, so the whole is one body
    (
        "a national bureau's city branch",
        "国家税务总局青禾市税务局关于2024年度法治政府建设情况的报告\n2024年，市税务局坚持依法行政，扎实推进法治建设。",
        "国家税务总局青禾市税务局",
    ),
]


@pytest.mark.parametrize("name, text, agency", KEPT_WHOLE, ids=[s[0] for s in KEPT_WHOLE])
def test_agency_kept_whole(name, text, agency):
    assert summarize(text=text, engine="rules").document.agency == agency
