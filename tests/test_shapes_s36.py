"""Shapes of session 36 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a county's news of its government's standing meeting, the term written before the government's name
_STANDING_MEETING = (
    "5月6日,县委副书记、县长李明主持召开十九届县人民政府第42次常务会议。\n"
    "会议传达学习了《某省行政规范性文件管理办法》。\n"
    "会议强调,要严格履行合法性审核程序,确保每一件规范性文件合法有效。\n"
)


def test_a_standing_meeting_with_its_term_first_names_the_government() -> None:
    d = summarize(text=_STANDING_MEETING).document
    assert d.doc_type == "news"
    assert d.agency == "县人民政府"


def test_a_governments_party_group_meeting_names_the_government() -> None:
    text = (
        "3月2日下午,县委副书记、县长李明主持召开县政府党组(扩大)会议和县十七届第5次政府常务会议。会议审议了"
        "《政府工作报告》重点任务分工方案,研究法治政府建设等有关工作。\n"
        "县政府副县长出席会议,县直有关部门负责人列席会议。\n"
    )
    d = summarize(text=text).document
    assert d.doc_type == "news"
    assert d.agency == "县政府"


def test_a_standing_meeting_of_a_term_still_needs_a_government() -> None:
    # guard: a term before words that name no body gives no agency
    text = _STANDING_MEETING.replace("十九届县人民政府第42次常务会议", "十九届第42次常务会议")
    assert summarize(text=text).document.agency is None


# two bodies inviting a speaker together, after a sentence on the law the training is about
_INVITED = (
    "2024年6月1日,某省人大常委会审议通过了新修订的《某省行政复议条例》。为推动各部门准确把握条例要义,日前,"
    "青州市司法局、市政务服务中心管委会邀请省司法厅干部李明作专题培训,市司法局科长王刚主持培训。\n"
    "本次培训采取线上线下结合的方式,累计收看人数近5000人。\n"
)


def test_two_bodies_inviting_a_speaker_name_the_first() -> None:
    d = summarize(text=_INVITED).document
    assert d.doc_type == "news"
    assert d.agency == "青州市司法局"


# a speech copied with its title alone, the year in the occasion it was given at
_SPEECH = (
    "县长在2018年县政府廉政工作会议上的讲话\n"
    "\n"
    "同志们:今天,我们召开县政府廉政工作会议,主要任务是贯彻落实县委全会精神,部署今年政府系统廉政建设工作。"
    "下面,我讲三点意见。\n"
)


def test_a_speech_title_dates_the_speech() -> None:
    d = summarize(text=_SPEECH).document
    assert d.title == "县长在2018年县政府廉政工作会议上的讲话"
    assert d.report_year == 2018


# a news app's copy: its headline, the outlet and the posting time, a lead dated by day, and two paragraphs down the
# city's record of an earlier year
_APP_NEWS = (
    "打开APP\n"
    "全省推进包容审慎监管观摩会在青州举行\n"
    "某省法制报\n"
    "2024-10-12 09:30:00\n"
    "\n"
    "10月9日,全省推进包容审慎监管观摩会在青州市召开,青州市司法局作经验交流。\n"
    "与会人员先后到青州市市场监管局、青州市税务局进行现场观摩。\n"
    "近年来,青州市践行包容审慎监管理念,2023年,经过省级初评,被推荐为全国法治政府建设示范市创建候选地区。\n"
)


def test_a_lead_dated_by_day_beats_a_year_further_down() -> None:
    d = summarize(text=_APP_NEWS).document
    assert d.doc_type == "news"
    assert d.report_year == 2024


def test_a_lead_dated_by_day_long_before_its_page_keeps_the_bodys_year() -> None:
    # guard: a repost's date line months after the event dates nothing, and the body's year stands
    text = _APP_NEWS.replace("2024-10-12", "2025-03-12")
    assert summarize(text=text).document.report_year == 2023
