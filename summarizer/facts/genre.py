"""The genre, from the weight of evidence: a report's formula and parts against a plan's, a news item's, a disclosure report's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import DocType
from .names import (
    _HAN,
    EVENT_ENDED,
    HEADLINE_ACTS,
    HEADLINE_DEEDS,
    HEADLINE_MANNER_DEED,
    MEETING_HELD,
    OCCASION_CLAUSE,
    WECHAT_ACCOUNT,
    Span,
    despace,
    exact_name,
)
from .places import is_stem, place_at, stems_run

# a research institute's or a yearbook's survey (法治政府发展报告, 法治蓝皮书), or a third party's evaluation of
# governments (中国法治政府评估报告, 政务公开第三方评估报告)
SURVEY = re.compile(r"发展报告|蓝皮书|评估报告")
_CITED = re.compile(r"《[^《》]{0,60}》")
# 关于印发《X实施方案》的通知 / 关于转发X工作安排的通知 / 《X》(全文): the document is X; 《X》充分肯定… is news
# about X; a notice that puts X up for comment (关于《X(征求意见稿)》的公示, 关于《X》公开征求意见的公告) carries X too
_ISSUING = re.compile(
    r"(?:印发|转发|批转)[^《]{0,6}《([^《》]{2,60})》|(?:印发|转发|批转)(.{4,60}?)的通知|^《([^《》]{4,60})》(?:[(（][^()（）]{0,8}[)）]|全文|原文)?$|"
    r"^关于《([^《》]{4,80})》(?:(?:公开)?征求(?:社会公众|公众|社会)?意见)?的(?:公示|公告|通告){1,2}$|"
    # a cover letter that sends a document up (关于报送《某区2022年度法治政府建设情况》的报告): the document it carries
    r"(?:报送|呈报|上报)[^《]{0,6}《([^《》]{4,60})》|^《([^《》]{4,60})》的(?:报告|函)$"
)
# the yearly reports on the economic plan and the budget a congress hears beside the government's work report
_PLAN_OR_BUDGET = re.compile(r"(?:国民经济和社会发展计划|预算|决算)\s*(?:草案|执行情况)")
# a headline whose subject is a session that heard the report (某常委会会议听取审议…情况的报告)
_HEARD_TITLE = re.compile(
    r"(?:会议|常委会|人大|政协)[^《》，,。]{0,12}?(?:听取|审议)[^《》]{0,40}(?:报告|情况)$"
    # …or whose subject is the one who delivered it there (某某在某县第十七届人民代表大会第四次会议上作法院工作报告)
    r"|在[^《》，,。]{2,40}?(?:会议|大会|会)上所?作[^《》，,。]{0,24}报告(?:摘要|摘登)?$"
    # …or whom it stirs (某地干部群众热议政府工作报告, 代表委员点赞政府工作报告)
    r"|(?:热议|热评|点赞|畅谈|共话|聚焦)[^《》，,。]{0,6}工作报告$"
)
# a cover letter's sentence above the document it carries, with no title of its own above it (中共某市委：/ 根据…要求，
# 现将我局《2024年度某某法治政府建设工作总结》随文上报。特此报告。): the genre of the document sent up
_SENT_UP = re.compile(r"现将[^《。\n]{0,8}《([^《》]{4,60})》(?:随文|随函|一并)?(?:上报|报送|呈报|报上|呈送)")
# …and a notice's sentence that passes a document on, its own title lost above it (某事业发展规划已经市政府同意，现予印发，
# 请遵照执行): the genre of the document it issues
_ISSUED_ON_APPROVAL = re.compile(
    r"(?:^|[\n。：:])\s*《?([^《》。，,：:\n]{4,60}?)》?(?:已经|经)[^。，,\n]{1,16}同意[，,]\s*现(?:予)?(?:印发|转发)"
)
# a review of several years' work (五年法治政府建设, “十三五”时期): no annual report, and no single year
FEW_YEARS_WORK = r"(?<![\d〇○零一二三四五六七八九十])[二三四五六七八九十]年(?:来|以来)?(?:的)?(?:法治|依法|工作)|[“\"]十[一二三四五六]五[”\"](?:时期|期间)|本届(?:政府|任期)(?:以来|期间)"
# 某某报告范文(精选3篇) / 某某总结模板 / 某某述职报告范文五篇-站名: a template page's title around the document's own
SAMPLE = re.compile(r"(.{4,}?)(?:范文|模板|范本|样本)")
# a note after a title: 的通知(定稿) / 的报告(征求意见稿) / (试行) / (节选) / (2020年); one naming a span of years
# (2021—2025年) is the document's period and stays
_NOTE = re.compile(r"\s*(?:[(（][^()（）]{1,16}[)）]|【[^【】]{1,16}】)\s*$")
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*[\-—–~至－]+\s*(?:19|20)\d{2}")  # 2021—2025: several years
# a report on the leader's own duty (某单位主要负责人履行推进法治建设第一责任人职责情况报告) is a 述法-type account; a
# body's report that adds the duty to its year of rule-of-law government work (法治政府建设情况暨…职责情况) is not
# a period shorter than a year (2021年上半年法治建设工作总结, 第三季度): a summary of part of a year, no annual report
PART_YEAR = re.compile(r"[上下]半年|[一二三四1-4前]季度")
_DUTY = re.compile(r"(?:履行)?(?:推进)?法治(?:政府)?建设第一责任人(?:职责)?")


def bare_title(title: str) -> str:
    """The title without the notes a site or a drafter puts after it, so that 的通知(定稿) still ends in 的通知."""
    for _ in range(2):
        note = _NOTE.search(title)
        if not note or note.start() < 4 or YEAR_SPAN.search(note.group()):
            break
        title = title[: note.start()]
    return title


# a post-holder's report on a year of the post (述职报告, 述职述廉报告, 述职述责报告): an accountability report only on rule-of-law work
PERFORMANCE_REPORT = r"述职(?:述责)?(?:述廉)?报告"
# a bulletin's last words, by its issue too (某推进会简报, 某区法治建设工作简报 第23期): a genre's cue, and a title's
BULLETIN_END = r"(?:简报|簡報)(?:\s*第[\d一二三四五六七八九十]{1,4}期)?$"
# a chronicle's month, year or week, by its issue or its months too (某市二〇一九年十月份记事, 某县2020年大事记, 某旗2024年
# 壹周大事记(第四期), 某市委、市政府2019年执政纪事(7-12月), 市政府工作要事记): a title and a genre's cue (a record of
# its place, no report nor news of its own), naming no writer (agency.py)
# (…its month after it, bracketed or not: 某区大事记(2024年5月), 某区大事记2020年4月)
CHRONICLE_END = (
    r"(?:(?:大事|要事|月份?)记事?|(?:执政|工作)纪事)"
    r"(?:\s*[(（][^()（）\n]{1,10}[)）]|\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月份?)?"
)
# the words a speech's title ends in (…上的讲话, …上的汇报发言, 表态发言): the speech itself, read by the title finder
# and by the genre's headline check
SPEECH_WORD = r"(?:汇报|表态|交流|典型)?(?:讲话|致辞|发言)"
_GENRES: list[tuple[DocType, re.Pattern[str]]] = [
    (DocType.news, re.compile(r"新闻综述")),
    (
        DocType.other,
        re.compile(
            r"解读|审查意见|审议意见|普法(?:[和与及暨、]?依法治[理省市区县州旗镇乡校])?(?:年度)?(?:工作)?总结|(?:讲话|致辞|发言)(?:稿|材料)?$|(?:新闻)?发布稿$|(?:研究|探析|浅析|思考|综述)$|^——|关键词|"
            # a study, a survey, an inspection's findings, a budget's accounts, a lesson learnt (…调研报告, …调查报告,
            # …督查报告, …决算公开报告, …经验总结): no year's report
            r"调研报告|调查报告|督查(?:通报|报告)|决算|经验(?:总结|材料|做法|交流)|"
            # (…nor a bulletin, a meeting's or a work's, whatever news it holds: 某某推进会简报, 某区工作简报 第23期; one
            # a body publishes is news of it: 某专员发表2018年工作简报)
            r"^(?!.*(?:发表|發表|发布|發佈|公布)).*" + BULLETIN_END + r"|" + CHRONICLE_END + r"$|"
            # an assessment's plan (依法行政考核实施方案) sets no one's work; a duty list (职责清单) reports none; a
            # research institute's or a yearbook's survey (法治政府发展报告, 法治蓝皮书) is no body's own report, nor a
            # third party's evaluation of one (某市法治政府建设情况第三方评估项目); nor is a government's report on how
            # it handled a congress's opinions or proposals (审议意见研究处理情况的报告)
            r"考核(?:实施|工作)?方案|(?:职责|责任|权责)清单$|发展报告|蓝皮书|评估报告|第三方评估|(?:处理|办理)情况的?报告|"
            # (…nor a white paper on another subject: 《某方略的实践及其成就》白皮书; a place's 法治政府建设白皮书 is its
            # annual report)
            r"(?<!法治政府建设)白皮书(?:\s*[(（][^()（）]{2,12}[)）])?$|"
            # (…nor a body's guide to asking it for information, 某委政府信息公开指南(2024年版), nor a catalogue of what
            # it publishes, 政府信息主动公开事项目录: no year's report)
            r"信息公开(?:工作)?指南|公开事项目录|"
            # (…nor its self-check of that work for an assessment: 某局2025年政务公开工作自查报告)
            r"(?:政务|信息)公开[^《》\n]{0,8}自查(?:情况)?报告$|"
            # (…nor a body's reply to a deputy's proposal or a member's motion: …第20230113号建议的答复, …提案答复函)
            r"(?:建议|提案|议案)的?答复(?:函)?$|答复函$|"
            # a report on several years' work (关于2015-2020年度法治政府建设有关情况的报告): no annual report (a
            # school year is one: 某大学2020-2021学年信息公开工作年度报告)
             + YEAR_SPAN.pattern + r"(?!\s*学年)[)）]?\s*年?(?:度)?[^《》]{0,30}(?:报告|总结|汇报)$|" + FEW_YEARS_WORK
        ),
    ),  # an explanation of a report is not the report; nor is a review of five years
    # (…also without 政府 or 公开, a town's 2020年度信息公开工作报告, a university's 学年信息公开工作年度报告, a
    # bureau's 政府信息年度报告, and the wider 政务公开年度工作报告)
    (
        DocType.information_disclosure_report,
        re.compile(
            r"(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)|政府信息(?:公开)?年度报|政务公开(?:工作)?年度(?:工作)?报告"
            # (…its year's 年度 before the body: 2016年度某委政务公开工作报告)
            r"|(?:19|20)\d{2}\s*年度[^《》]{0,30}?政务公开工作报告$"
            # (…and, before the report's form was set, a bureau's 2016年政府信息公开工作总结 of its year alone: never
            # one with next year's ideas, …总结和2024年工作思路, nor the wider 政务公开工作总结)
            r"|政府信息公开(?:工作)?(?:年度)?总结(?![和及与])"
        ),
    ),
    # (a 述职报告 is one only on rule-of-law work: a 镇长's, a 卫健局's or a Party branch's 述职报告 reports a post's
    # whole year, no duty of 法治建设)
    (
        DocType.accountability_report,
        # (…never a body's year of the rule-of-law government told under that word, 某局2025年度法治政府建设述法报告:
        # the year's report, its leader's duty one of its parts)
        re.compile(
            rf"(?<!法治政府建设)述法(?:报告|情况|材料)?|述职述法|(?=.*(?:法治|依法|法制|司法)).*{PERFORMANCE_REPORT}"
        ),
    ),
    # (…and a zone's committee's or a prefecture's 行署's: 2011年行署工作报告, 2024年某投资区管委会工作报告, 某新区2023年管理委员会
    # 工作报告)
    # (…and a special region's or Taiwan's 施政报告, the chief executive's or the cabinet's yearly account and plans:
    # 二○二四年财政年度施政报告—二〇二三年施政工作回顾与总结, 行政院施政报告; 特首明发表施政报告 is news of it)
    (
        DocType.government_work_report,
        re.compile(
            # (never the plan that splits a work report's tasks: 《市人代会〈政府工作报告〉重点任务分工方案》, 印发2022年区政府
            # 工作报告目标任务的通知; nor a table of how far its tasks got: 2024年政府工作报告年度完成情况)
            r"(?<!法治)政府工作报告(?![^《》。\n]{0,16}(?:分工|分解|目标任务|(?:完成|落实|进展|执行)情况))|(?:行署|行政公署|管委会|管理委员会)工作报告$|^(?!.*发表).*施政报告\s*(?:$|[—－–\-(（])"
        ),
    ),
    (
        DocType.assessment_form,
        re.compile(
            r"(?:考核|考评|评估|测评|评价|督察)(?:指标|细则)?(?:体系|表|评分)|(?:评分|考核|考评)(?:细则|标准)|指标体系"
        ),
    ),
    # a year's points split among the bodies that carry them out (…2022年政务公开工作要点分工方案, …工作要点及任务分工):
    # the points, whatever the split is called
    (DocType.work_points, re.compile(r"工作要点(?:及|和|与)?(?:任务)?(?:分工|分解)(?:方案)?$")),
    # (…and one year's action plan, 某市建设某中心城市2019年度行动计划: a year's points, as a 工作计划 is; a plan for a
    # span of years, 某某三年行动计划(2023-2025年), is a plan)
    (DocType.work_points, re.compile(r"(?<![\d—\-－–~至])(?:19|20)\d{2}年度?(?:工作)?行动计划$")),
    (
        DocType.implementation_plan,
        re.compile(
            r"实施方案|实施纲要|实施意见|实施规划|建设规划|方案$|行动方案|" + YEAR_SPAN.pattern + r"\s*年|"
            # (the tasks of a work report split among the bodies that carry them out: …目标任务责任分解)
            r"(?:任务|责任)分解$|"
            # a five-year plan and its long-range goals (某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,
            # 某事业“十四五”发展规划), an action plan for a span (…数字化转型行动计划(2018—2022))
            r"五年规划|远景目标纲要$|[“\"]?十[一二三四五]五[”\"]?[^《》]{0,12}规划(?:纲要)?$|行动计划(?:\s*[(（][^()（）]{4,16}[)）])?$|"
            # a programme for a span of years (改革纲要(2019—2023)); a directive opinion that sets tasks (某院关于深化…
            # 改革的意见, 关于进一步加强…的指导意见): not an opinion on something heard (审议意见, 征求意见, 处理意见)
            r"(?:纲要|规划)\s*[(（]?" + YEAR_SPAN.pattern + r"|"
            r"关于(?:进一步|全面|深入|切实|新时代)?(?:加强|推进|深化|加快|健全|完善|建立|做好|推动|强化|促进|构建|"
            r"规范|提升|提高|创新|全面|推行|实行)[^《》]{2,50}的(?:指导|实施)?意见$"
        ),
    ),
    (
        DocType.work_points,
        # (…and a year's plan of study, 2020年度市政府常务会议学法计划)
        re.compile(r"工作要点|工作计划(?!.{0,4}(?:的报告|执行))|学法计划$|(?:19|20)\d{2}年(?:度)?.{0,16}工作安排$"),
    ),
    (
        DocType.annual_report,
        re.compile(
            r"法治(?:政府)?建设.{0,20}(?:报告|情况|总结|汇报)|依法行政.{0,12}(?:报告|情况|总结)|"
            r"法治(?:政府)?建设(?:工作)?年度报告|法治.{0,6}工作(?:报告|总结)|法治政府.{0,8}(?:报告|情况)|"
            # (a place's yearly white paper on its rule-of-law government: 某区法治政府建设白皮书(2021版))
            r"法治政府建设白皮书"
        ),
    ),
]
# the words with which a page hands over to the whole of a document it carries (全文如下, 具体内容如下)
_WHOLE_TEXT = r"具体内容|主要内容|报告全文|全文"
_PREAMBLE = re.compile(
    r"(?:现将|特将|兹将|现就|现把|现对|将)[^。]{0,80}?(?:(?:报告|汇报|总结|说明)(?:公开|公布|发布|公告)?|(?<=情况)(?:公布|公开|公告))如下|"
    r"(?:报告|汇报)如下[:：]|"
    # (…the verb first: 现报告2018年度市人民政府法治政府建设情况如下)
    r"现(?:报告|汇报)[^。]{2,60}?(?:情况|工作)如下|"
    rf"(?:{_WHOLE_TEXT}|摘要)如下|以下(?:为|是)(?:报告)?(?:全文|摘要|文字实录)[:：]|"
    # a news lead that hands over to the document it carries (…发布2024年…的报告。详情如下: / 原文如下：)
    r"(?:详情|原文)如下[:：]?[ \t]*\n|"
    # (…or by the carried document's name: 近日，某办印发了《某实施意见》…。《某实施意见》公布如下：)
    r"(?:^|\n)《[^《》\n]{2,60}》(?:全文)?(?:予以)?(?:公布|发布|刊发)如下[:：]|"
    # …or in a copy that lost its line breaks, right before the title of the report it carries
    r"(?:详情|原文)如下[:：]\s*(?=[^。，,：:\n]{4,60}(?:报告|总结)\s*(?:(?:19|20)\d{2}\s*年|今年以来|一年来))"
)
# a row of a page's metadata table (索引号 | … | 文号 |, 组配分类 | … | 发布机构 | …): the page's, whatever words of the
# work its fields hold
_METADATA_ROW = re.compile(r"^\s*(?:索引号|组配分类|主题分类|发布机构|成文日期|发文字号|文号)\s*[|｜:：]")
# a formula that names its topic, the topic not rule-of-law work: (现将|对)某某执法工作/环境保护工作…汇报如下, also
# after its place and year (现将全市2022年行政执法工作情况报告如下); the bare 工作情况 names no topic
_OTHER_TOPIC = re.compile(
    # (…the body by its own word: 现将我队2025年度行政执法情况报告如下)
    r"(?:现将|特将|对|就)(?:[全本我](?:[省市州县区旗镇乡]|局|委|办|队|所|院|厅|街道|单位))?(?:(?:19|20)\d{2}\s*年(?:度)?)?"
    # (…or its period first: 现将一年来政务公开工作自查情况汇报如下)
    r"(?:一年来|今年以来|本年度)?的?"
    # (the bare word of the work the sentence already named, 现将建设情况报告如下 after 开展法治政府建设工作, names no other)
    r"(?!(?:示范)?(?:建设|创建)(?:工作)?情况)"
    r"(?:(?!法治|依法|法制|有关|相关|主要|具体|本|我|全年|今年|一年|年度|上半年|工作|情况|所(?:做|作|开展|取得)|落实|开展|推进|\d|[零〇一二三四五六七八九十]{2,4}年)[^。，,：:]){2,20}?"
    # (…and a check of that work: 现将保密工作自查情况报告如下; …or the tasks of a programme carried out: 现将某区
    # 司法所规范化建设任务落实情况汇报如下)
    r"(?:工作情况|工作(?:自查|检查|开展|落实)?(?:情况)?|任务落实情况|情况)(?:的)?(?:报告|汇报|总结)?(?:公开|公布|发布)?如下"
    # (…or a survey's: 就…满意度进行了在线专题调查，现就相关情况报告如下 / 现将调查结果报告如下)
    r"|调查[，,]\s*现(?:就|将)(?:相关|有关)?情况(?:报告|汇报)如下|现(?:就|将)[^。，,]{0,8}调查(?:结果|情况)(?:报告|汇报)如下"
)
# a decree's head, its issuer's order and its number on the next line (中华人民共和国国务院令 / 第706号, 某省人民政府令 /
# 第12号)
# (the number's line, as mentions.py reads a decree's head for its issuer too)
DECREE_NUMBER_LINE = r"[ \t]*\n[ \t]*第[\d一二三四五六七八九十百〇零]{1,5}号"
_DECREE_HEAD = re.compile(r"(?:^|\n)[ \t]*[\u4e00-\u9fff]{2,24}?(?:政府|国务院)令" + DECREE_NUMBER_LINE)
# the formula that opens a meeting's minutes (…会议，研究了…。现纪要如下 / 现将会议议定事项纪要如下)
_MINUTES = re.compile(r"现(?:将[^。\n]{0,30}?)?纪要如下")
# a speaker addressing a meeting: 同志们： / 下面，我讲三点意见 (a speech's genre words — 指导思想, 目标 — set no plan)
_SPEECH = re.compile(r"同志们[:：，,]|(?:下面|接下来)[，,]?\s*我(?:再)?讲[^。\n]{0,8}?(?:意见|问题|方面|要求)")
# an encyclopedia's entry opens on the document it carries, whatever kind it calls it (是…发布的通知)
_ENTRY = re.compile(r"《([^《》]{4,60})》是(?:19|20)\d{2}年[^。\n]{0,40}?(?:发布|印发|公布|制定)的[^。\n]{0,8}。")
# the rule-of-law work a report on its year names (in its body, or in its part ① heading)
_LAW_WORK = re.compile(r"法治政府|依法行政|法治建设")
# …and the words of that work's parts a body names when it tells its year (政府职能, 放管服, 行政执法, 规范性文件…)
_LAW_WORDS = re.compile(rf"{_LAW_WORK.pattern}|政府职能|放管服|行政执法|行政复议|规范性文件")
_PART_ONE = re.compile(r"\s*一\s*[、.．][^\n]{0,30}(?:主要举措和成效|成效和主要举措|主要成效和举措)")
_CLOSING = re.compile(r"特此(?:报告|汇报)")
# the opening of a report on a year: 2024年，XX局… / 2024年以来… / 一年来… / 2023年是…之年
# (…and the year's work of a place as the subject: 2024年某区法治政府建设，坚持以…为指导)
_RETROSPECT = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年(?:度)?(?:以来)?[，,是]|今年以来|一年来|过去一年|本年度|"
    r"(?:19|20)\d{2}\s*年(?:度)?[^。，,\n\d《》]{2,16}?(?:法治政府建设|依法行政|法治建设)(?:工作)?[，,])"
)
# the opening of a year's points: the year, then what its bodies must or will do (2016年，全省各级农业部门要认真贯彻…)
# (将 only of what will go on: 2023年，县政府将法治政府建设纳入… is the year's deed, 把 in all but name)
_YEAR_AHEAD = re.compile(r"(?:19|20)\d{2}\s*年[，,][^。，,；;]{2,30}?(?:要(?![求点素件])|将(?:继续|进一步))")
# a tag leads news when it names a carrier or a lead (【新华社北京电】, 【某某日报】, 【导语】); a site's repost or pin
# tag (【转发】, 【置顶】), its buttons (【纠错】, 【打印】) and a yearbook's or a column's section (【概况】,
# 【法治建设报告】) lead nothing
# a meeting held on a day the lead names (6月4日，…在…召开): a news lead's last form, and the opening that makes a text
# news whatever requirements it quotes (_MEETING_DAY)
_MEETING_ON_DAY = r"\d{1,2}月\d{1,2}[日号][^\n。]{0,60}(?:召开|举行|举办)"
# the deeds of a lead that opens after a sentence of its own (a motto's, a purpose's): the day's event, a visit, a check
_DEED_AFTER = "召开|举行|举办|启动|发布|印发|揭牌|开展|组织|表彰|带领|带队|前往|一行|走访|督察|检查|调研"
# a carrier's credit with its full date in brackets (【某某台 2021年03月12日讯】): a news lead's, dated (year.py reads the
# year from it)
DATED_CREDIT = r"【[^】\n]{0,16}?(?:台|社|网|报)\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|电)】"
# what a leader stressed at the meeting the clause before names (…第二十九次会议时强调): an essay's recollection after a
# month's date, no news lead (mentions.py reads the same to pass over the meeting)
STRESSED_THEN = r"[^\n。，,]{0,40}?时(?:强调|指出)"
# the formula an opening runs into that hands over to the body's own account below it (…反馈了巡察意见，按照…要求，现将
# 集中整改进展情况予以公布：): the body publishing, no story told of it
_PUBLISHED_BELOW = re.compile(r"现将[^。\n]{2,40}?(?:予以)?(?:公布|公示|公开)(?:如下)?[:：]")
# …or the results of a review it made that it lists below (…进行了全面的清理，现将清理结果公布如下：一、《…》等7件继续
# 有效): a decision's opening, however it names the rule-of-law work the review served
_RESULTS_PUBLISHED = re.compile(r"现将[^。\n]{0,30}?结果(?:予以)?(?:公布|公示|通报)如下")


# (an editor's note opening the text, 编者按：, heads a paper's feature: its lead; so does a session told as it sits,
# 正在召开的省人大常委会第三十次会议…)
_NEWS_LEAD = re.compile(
    r"^(?:转自[:：][^\n。，,]{0,16}(?:报|网|社|台)\s*$|编者按\s*[:：]|"
    # (a carrier's credit with its full date in brackets: 【某某台 2021年03月12日讯】)
    + DATED_CREDIT
    + r"|正在(?:召开|举行)的[^。\n]{2,40}?(?:会议|大会)|[(（]?(?:本报|本网|本台|本刊)[^\n:：，,。]{0,8}(?:讯|消息)|【[^】]{0,12}(?:社|报(?!告)|网|台|电|讯|新闻|记者|导语)[^】]{0,6}】(?![^。\n]{0,40}?(?:范文|模板|范本))|[^\n]{0,24}(?:网|报|台|社|中心|在线|信息港|客户端|融媒)(?:[\u4e00-\u9fff]{2,4}(?<![资通快简喜电视问短]))?\s*讯|"
    # (a trade site's credit: 某某在线某地消息, then its lead)
    r"[^\n]{0,24}(?:网|在线|客户端)[^\n\s，,。:：]{0,6}消息(?=\s)|"
    # (…or a carrier's or a reporter's 报道: before the lead: 某某在线某省报道：2021年来，…; 记者 某某 报道：4月4日，…)
    r"[^\n，,。]{0,16}(?:网|在线|台|社|客户端)[\u4e00-\u9fff]{0,4}报道\s*[:：]|记者\s*[\u4e00-\u9fff]{2,4}\s*报道\s*[:：]|"
    # (…or a first sentence whose event was held lately at a venue: 以“…”为主题的某县…活动试点工作近日在某中学启动)
    r"[^\n。]{4,80}?(?:近日|日前)在[^\n。，,]{2,24}?(?:正式|隆重)?(?:启动|举行|召开|开幕|揭牌)[。，,]|"
    # (…or an app's name alone before its 报道: 云上某地报道：俗话说，…)
    r"[\u4e00-\u9fff]{2,6}(?<!工作|情况|专题)报道\s*[:：](?=\S)|"
    # (a carrier's 讯 and its writers in brackets: 中国报道讯（某某 通讯员 某某）)
    r"[^\n，,。]{2,12}讯[(（][^()（）\n]{2,30}[)）]|"
    # (…or a correspondent's place and 讯 run into the lead: 兴安讯“…？”近日，…, 某地讯【记者 某某】12月1日，…; never 资讯,
    # 快讯, a column's name)
    r"[\u4e00-\u9fff]{2,5}(?<![资通快简喜电视问短])讯(?=[“\"]|近日|日前|\d{1,2}月|【(?:记者|通讯员))|"
    r"[^\n]{0,12}\d{1,2}月\d{1,2}日\s*(?:电|消息|讯)|[(（]?原标题[:：]|"
    # a carrier and its writer's name in brackets: 某某法制传媒网:(某某)
    r"[^\n]{0,16}(?:网|报|台|社|客户端)[:：]\s*[(（][^()（）\n]{2,12}[)）]|"
    r"[^\n]{0,12}(?:日报|晚报|新闻网|新闻|报)\s*[·•]\s*\d{4}-\d{1,2}-\d{1,2})|"
    # (为…，) X近日印发…: the purpose clause may come first, the subject and its 近日 after it
    # (a lead dated by the day alone: 7日上午，某办揭牌)
    # (a meeting of two days: 5月23-24日，…工作会在北京召开; a report that 出炉: 近日，《2022年…调查报告》出炉)
    # (today's morning or afternoon: 今天上午，某省召开… / a Taiwanese paper's 今（12）日举行…; never a speech's 今天，我们召开…)
    # (…after the year's occasion: 今年是某规划实施的关键一年，为…，日前，某办召开了…研讨会)
    r"^(?:(?:今年|(?:19|20)\d{2}\s*年)是[^。\n，,]{2,50}[，,])?"
    # (…or the times it falls in: 随着疫情防控形势持续向好，各行各业复工复产，为了确保…，4月10日，某局开展…)
    r"(?:随[着著](?:[^。\n，,]{0,40}[，,]){1,3})?"
    # (…or its basis: 经过前期…程序，根据《某方案》要求，10月15日，某局…开展…)
    r"(?:为(?:[^。\n，,]{0,60}[，,]){1,4}|为[^。\n，,]{60,200}[，,]|"
    r"(?:经过[^。\n，,]{2,30}[，,]\s*)?(?:根据|按照|依据)(?:[^。\n，,]{0,80}[，,]){1,2})?[^\n。]{0,30}?(?:(?<![\d一二三四五六七八九十])日前|近日|近期|昨日|今[天日](?:上午|下午)|今[(（]\d{1,2}[)）]日|(?<![\d至—~-])(?<!至\d{4}年)(?:\d{1,2}月|^)\d{1,2}(?:[-—至]\d{1,2})?日(?:[-—至]\d{1,2}日)?(?:上午|下午)?"
    # (a period that runs from a full date, 2024年3月7日至5月7日，某巡察组对…开展了巡察, dates an inspection, no lead)
    r"(?!(?:(?<=\d{4}年\d月\d日)|(?<=\d{4}年\d{2}月\d日)|(?<=\d{4}年\d月\d{2}日)|(?<=\d{4}年\d{2}月\d{2}日))[至—~-])"
    # (…nor a deadline, 对2025年4月30日前印发的文件进行清理: the day before which, no day of an event)
    r"(?![以之]?前))"
    r"[，,]?[^\n。]{0,80}"
    # (not a page's field, 发布时间: / 发布单位:, nor a speaker's 请予审议 after the date a speech was delivered on)
    rf"(?:{EVENT_ENDED}|召开|举行|举办|开幕|闭幕|启动|发布|公布|出炉|(?<!请予)审议|听取|通报|调研|视察|督导|检查|座谈|考察|印发|出台|揭牌|开展(?!情况)|组织(?![部领保实])|走进|开庭|带队|带领|全面部署|"
    # (an honour told: 近日，《某报》刊发了…决定，某市荣获…称号 / 近日，省委、省政府…予以表彰)
    r"刊发|荣获|获评|(?<=[\u4e00-\u9fff、])评为|表彰)"
    r"(?!\s*(?:时间|日期|单位|机构)\s*[:：])|"
    # a reporter's credit (客户端记者 某某 通讯员 某某) is the carrier's, not the genre's: a report a news app carries
    # stays a report; only a reporter who tells something (记者从…获悉) makes a lead
    r"记者[^\n。]{0,8}(?:获悉|了解到|从)|"
    # (…or a copy that cut the reporter off: 从某厅获悉，…已经印发)
    r"^从[^。\n，,]{2,30}(?:获悉|了解到)[，,：:]|"
    # a lead that opens on the day's occasion (今年12月4日是第九个国家宪法日，…; 昨天是某省第六个司法日，为…): a writer's
    # lead into the events held for it
    r"^(?:今年|(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|昨天|今天)(?:是|为)[^。\n]{0,30}?"
    r"(?:宪法日|司法日|宣传日|纪念日|教育日|知识产权日|助残日|宣传周|宣传月)|"
    # (…or on its eve: 在第十个国家宪法日到来之际，…某厅积极组织开展了…宣传活动)
    r"^在[^。\n]{2,30}?(?:宪法日|司法日|宣传日|纪念日|教育日|知识产权日|助残日|宣传周|宣传月)[^。\n，,]{0,6}?之际[，,]"
    r"[^\n。]{0,80}?(?:开展|组织|举办|举行)了|"
    # a feature's lead that opens on a voice quoted, then its day (“现在办事方便多了！”近日，在某县政务服务中心…)
    # (…a passage quoted from the document the item is about: “到2020年，…基本建成。”8月8日，某局印发《…》)
    r"^[“\"][^”\"\n]{2,200}[”\"](?:日前|近日|近期|\d{1,2}月\d{1,2}日(?:上午|下午)?)[，,]|"
    # a motto or a purpose may be a sentence of its own before the lead (“法者，治之端也”。为…。近日，某镇召开…)
    rf"(?<=。)(?:日前|近日|近期)[，,][^\n。]{{0,80}}(?:{_DEED_AFTER})|"
    # (…or a purpose of its own sentence, then the day and the deed: 为…。7月1日至5日，某所副所长带领…前往…; the work
    # it goes with may come first: 为…。结合我旗当前开展的…专项整治，8月11日，某局局长带领…)
    r"^为[^。\n]{4,120}。(?:(?:结合|根据|按照)[^。\n，,]{2,60}[，,])?(?:日前|近日|近期|\d{1,2}月\d{1,2}日(?:[-—至]\d{1,2}日)?(?:上午|下午)?)[，,]?[^\n。]{0,80}"
    rf"(?:{_DEED_AFTER})|"
    # (…or after sentences on the day's occasion, its purpose first: …今年是第七个全民国家安全教育日。为进一步…，4月14日
    # 下午，某院组织…)
    r"^[^\n]{0,200}?(?:宪法日|司法日|宣传日|纪念日|教育日|宣传周|宣传月)[^\n]{0,200}?[。”]\s*"
    r"为[^。\n]{4,120}?[，,]\s*\d{1,2}月\d{1,2}日(?:上午|下午)?[，,]?[^\n。]{0,80}"
    rf"(?:{_DEED_AFTER})|"
    # (an event its hosts are named before: 由某小组主办、某部等承办的…评选活动，已于5月10日启动)
    r"^由[^。\n]{2,60}?主办[^。\n]{0,80}?于\d{1,2}月\d{1,2}日[^。\n]{0,10}?(?:启动|举行|开幕|召开|举办)|"
    # (a lead dated by its month alone: 2022年9月，水利部分别在北京、郑州举办2期…培训班; not an essay's opening that
    # recalls what a leader stressed at a meeting then: 2016年11月，某某主持召开某小组第二十九次会议时强调，…)
    r"^(?:19|20)\d{2}年\d{1,2}月(?:上旬|中旬|下旬|初|底|末)?[，,][^\n。]{0,60}?(?:召开|举行|举办|启动|揭牌|表彰)"
    rf"(?!{STRESSED_THEN})|" + _MEETING_ON_DAY,
    re.M,
)
# an explainer's formula: the document it explains is read out below (作出如下解读, 现解读如下, 解读如下)
# (…or a drafting note on a document it names, 现就《某决定》(以下简称《决定》)的有关情况说明如下: an explainer too)
_EXPLAINS = re.compile(
    r"(?:作出?|进行|做)如下解读|(?:现|特)?(?:将[^。\n]{0,30})?解读如下"
    r"|现[就将]《[^《》\n]{2,80}》[^。\n]{0,30}?(?:有关|起草)?(?:情况)?(?:说明|解释)如下"
)
# an explainer told as questions and answers (问：某要点的制定背景和目标 / 答：2021年是…): it explains a document, whatever
# that document is
_ASKS = re.compile(r"\s*问\s*[:：][^\n]{4,80}\n\s*答\s*[:：]")
# a lead that opens on the day a meeting was held (1月30日，全省公安局长会议在长沙召开): news of that meeting
_MEETING_DAY = re.compile(r"(?:(?:19|20)\d{2}年)?" + _MEETING_ON_DAY)
# a report's first numbered part on a line of its own (一、加强组织领导，重视部署落实)
_FIRST_PART = re.compile(r"\n[ \t]*一[、.．][^\n]{2,40}\n")
# a line that opens on an item's number (一是, (一), 1.): a part of the body, no news item's lead
_LISTED_LINE = re.compile(r"[ \t　]*(?:[一二三四五六七八九十]是|[(（][一二三四五六七八九十][)）]|\d{1,2}[.、．])")
# an essay's or a paper's outline, its sections numbered 1.1, 1.2 under 一、 (a web essay reviewing a city's rule of law):
# an official document numbers them (一)、1.、(1), whoever wrote it, so a copy without its title is no report
_DECIMAL_OUTLINE = re.compile(r"^[ \t　]*\d{1,2}\.\d{1,2}[ \t　]+[\u4e00-\u9fff]", re.M)
# what a feature story calls itself: a record, a glimpse, a tour, a look back (…工作纪实, …掠影, …巡礼, …回眸)
_FEATURE_WORDS = r"纪实|掠影|巡礼|回眸|侧记|剪影"
_NEWS_TITLE = re.compile(
    # a session that opens or closes (县人大…会议开幕, 两会隆重开幕; not the speech that opens it, 开幕词 / 在开幕式上的
    # 讲话, nor a story's chapter named 开幕), and the sub-headline of its platform (…在主席台就座)
    r"会(?:议|议在[^\n，,。]{2,12})?(?:隆重|胜利|正式)?(?:开幕|闭幕)(?!词|式)|主席台(?:前排)?就座|"
    r"(?:召开|举行|举办|发布|公布|出炉|审议通过|获(?:全票|一致|高票)?通过|获批|听取|亮相|晒出|推进会|调研(?!报告)|视察|印发|出台|莅临|获评|荣获|喜获|斩获|揭牌|"
    r"入选|启动|开启$|考核(?!表|办法|细则|方案|指标|评分|标准)|督[查察](?!通报|报告|自查|自评|工作规定|规定|办法)|督导|走访|完成$|"
    # (…or an honour received: 某局…工作获市政府通报表彰, 某所受到省厅表扬)
    r"(?:获|受到)[^\n，,。]{0,12}?(?:表彰|表扬|嘉奖)$|"
    # (…or named one: 某厅被我省表彰为…优秀单位, 某县被命名为…示范县)
    r"被[^\n，,。]{0,10}?(?:表彰|评|命名|授予|确定|认定)为)|"
    # (…or the leaders a session's sub-headline lists by their deeds: 某某出席 某某作政府工作报告 某某主持)
    r"[\u4e00-\u9fff]{2,4}(?:出席|主持)(?:会议|大会)?(?=[ \t　]|$)|"
    # (…or a visit to the writer's place: 省司法厅来我市就…进行评估)
    r"(?:来|到|莅临)我[省市县区州旗镇乡](?=[就对开进调检督考评指视])|"
    # (…or a head's words quoted after his post and name: 某部部长某某：正在抓紧研究起草新一轮…规划)
    r"^[^\n:：，,。]{0,16}?(?:部长|厅长|局长|省长|市长|县长|区长|主任|书记|院长|检察长)[\u4e00-\u9fff]{2,3}[:：]|"
    # a feature story's subtitle (——某县“八五”普法工作掠影, …工作纪实, …示范地区巡礼): a newspaper's view of the work
    rf"(?:{_FEATURE_WORDS})$|"
    # (…never the noun of a body's account of its work: 某局创建…工作开展情况, 部署落实情况; nor a plan for the work,
    # 在全镇公民中开展法治宣传教育的第八个五年规划(2021-2025))
    r"(?:开展|部署)(?!.*(?:报告|总结|规划|方案|计划|要点|纲要)(?:\s*[(（][^()（）\n]{4,16}[)）])?$)(?!(?:落实)?情况$)"
)
# …on a line of its own under the headline, as a newspaper's page sets it (法治光芒照亮…\n——某县“八五”普法工作掠影)
_FEATURE_SUBTITLE = re.compile(rf"^[ \t]*——[^\n]{{2,40}}?(?:{_FEATURE_WORDS})[ \t]*$", re.M)
# a review (综述) is a scholar's unless a reporter signs it: 某某工作综述 / 本报通讯员 某某
# a rule's own title (…听取意见制度, …程序暂行规定, …管理办法(试行)): the rule, never a headline about it
# a rule's articles, one per line (第一条 为…，制定本办法。 / 第二条 本办法适用于…), which no report on a year has
_ARTICLES = re.compile(r"^\s*第[一二三四五六七八九十百]+条", re.M)
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十]+章[ \t　]+\S", re.M)
# …or its articles run on without their numbers (a crawl that dropped 第一条): the rule naming itself in its purpose
# clause near its start (为…，制定本办法。) and in its last article (本办法自2024年1月1日起施行。)
_RULE_MADE = re.compile(r"制定本(?:实施)?(?:办法|规定|细则|条例|规则)[。\s]")
_RULE_IN_FORCE = re.compile(r"本(?:实施)?(?:办法|规定|细则|条例|规则)自[^。\n]{2,30}?(?:施行|实施|执行)")


def rule_made(text: str, body_start: int = 0) -> Optional[re.Match[str]]:
    """The words that make a rule (为…，制定本办法。), when its body opens on them and closes on its coming into force
    (本办法自2024年1月1日起施行。): a rule, whose article numbers a crawl may have dropped. Its articles name the bodies
    it charges (省口岸办主管…), none of them its maker."""
    made = _RULE_MADE.search(text, body_start, body_start + 800)
    return made if made and _RULE_IN_FORCE.search(text, max(body_start, len(text) - 600)) else None


_RULE_TITLE = re.compile(r"(?:制度|规定|办法|规则|细则|条例|章程)(?:[(（][^()（）]{1,10}[)）])?$")
_FEATURE = re.compile(
    r"综述[^\n]{0,12}\n(?:[^\n]{0,30}\n)?[^\n。，,]{0,12}(?:记者|通讯员)"
    # (…or a paper's column opening its series: 开栏的话：… 本报开设《某某巡礼》专栏，对…进行宣传报道; or its reading tip
    # over a feature: 阅读提示：…)
    r"|(?:^|\n)[ \t]*(?:开栏的话|阅读提示)[:：]|本报(?:开设|推出)《[^《》\n]{2,20}》(?:专栏|栏目)"
    # (…or a paper's byline after its black square, 某某。 ■记者 某某 某某)
    r"|■[ \t]*(?:本报)?(?:记者|通讯员)[ \t]*[\u4e00-\u9fff]{2,4}"
)
# a reporter's or a correspondent's credit in brackets, closing an item or after its dateline: (记者 某某 通讯员 某某),
# 本报讯(通讯员 某某), (全媒体记者/某某); a byline on a line of its own (记者 某某) is a carrier's and may sit over a
# report
_CREDIT = re.compile(
    r"[(（]\s*(?:本报|本台|全媒体|融媒体)?(?:记者|通讯员|通讯(?=\s*[:：]))[\s:：/]*[^()（）\n]{1,30}[)）]"
)
# a purpose or a basis clause before a lead's time (为…，/ 根据《…》，)
_PURPOSE = r"(?:为|根据|按照|依据)[^。\n]{0,120}[，,]"
_DAY = (
    # (an event over days: 7月1日至5日, 10月27-28日, 10月26～28日, 10月11至10月21日; its day said as 号: 2月18号)
    r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}(?:[日号](?:[-—–~～至到](?:\d{1,2}月)?\d{1,2}[日号])?|[-—–~～至到](?:\d{1,2}月)?\d{1,2}[日号])"
    r"(?:上午|下午|晚上?|早上|凌晨)?"
    r"(?:\d{1,2}[:：]\d{2}|\d{1,2}(?:时|点)(?:\d{1,2}分|半)?)?"  # (…上午9时，随着法槌声响起: the hour too)
)
_PRESS = re.compile(
    r"新闻界的(?:各位)?朋友|欢迎(?:参加|出席)[^。\n]{0,30}发布会|(?:回答|答)记者(?:提问|问)|"
    r"在[^。\n]{0,30}新闻发布会上[，,]?[^。\n]{0,30}(?:表示|介绍|说|指出)"
)
# a paper's note that the story runs on another page ((下转第3版), (上接第1版)): a printed paper's page, no body's report
_PAGE_JUMP = re.compile(r"[(（]\s*(?:下转|上接|转|接)第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[)）]")
# a paper's photos, each caption on a line of its own: two credited in a row (召开座谈会。某某摄, bracketed or not),
# or three uncredited phrases, each a sentence alone (人民调解。 / 执法检查。 / 行政复议。); a report numbers its
# one-line points (一是…。)
_CAPTIONS = re.compile(
    r"^[^\n。]{2,40}。?[ \t　]*[\u4e00-\u9fff]{2,4}[ \t　]*摄[)）]?[ \t]*\n(?:[ \t]*\n)*"
    r"[^\n。]{2,40}。?[ \t　]*[\u4e00-\u9fff]{2,4}[ \t　]*摄[)）]?[ \t]*$|"
    r"^(?:[ \t　]*(?![一二三四五六七八九十]是|第|特此|以上)[\u4e00-\u9fff“”]{2,12}。[ \t　]*\n(?:[ \t　]*\n)*){3}",
    re.M,
)
_TRAILING = re.compile(r"(?:(?<=[\u4e00-\u9fff%\d；;。])(?<!略)|^)……(?![…略]|[ \t]*[(（])", re.M)
# words quoted and then attributed by the teller (“…。”某某介绍，): a journalist's form, never a report's
# (对某某来说 is "for", no one speaking)
_QUOTED = re.compile(r"”\s*[^。，,\n“”]{2,30}(?:表示|介绍|(?<!来)说)[。，,]")
# the weeks a story tells of, from this year's start or a month of it (今年年初，… / 今年1月以来，… / 10月起，…): told as a
# paper does (a report's year is 今年以来 or the year by its number)
# (…or from a day on, the year given or not: 自2013年1月7日起，某处对…进行为期一周的培训)
_SINCE_MONTH = (
    r"(?:今年(?:年初|初|\d{1,2}月(?:份)?以来)|(?<![\d年])\d{1,2}月(?:份)?(?:起|以来)"
    r"|自(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日起)"
)
# the voices a story may open on before its lead (“您了解行政复议吗?”“…?”......): a writer's scene, quoted
_VOICES = r"(?:(?:[“\"][^”\"\n]{1,60}[”\"]\s*)+(?:…+|\.{3,}|——)?\s*)?"
# what tells a careful reader that a text is news when its headline and lead were lost (a page that starts at 会上，
# a copy of an article's last paragraphs, a lead whose verb no list holds): each kind is a different trace of a
# journalist's telling, so two kinds together make news where a report, a plan or a speech shows at most one
_NEWS_MARKS = {
    # an event on its day, opening a paragraph (5月30日上午，… / 为…，8月23日，… / 根据…，日前，…, after the feast it
    # falls on: 今年是第九个国家宪法日，为…，12月5日上午，…) or told as recent (近日，…)
    # (…after the voices a story opens on: “您了解行政复议吗?”“…?”......6月5日，某局工作人员走上街头…)
    "day": re.compile(
        rf"(?:^|[。\n])[ \t　]*{_VOICES}(?:{OCCASION_CLAUSE})?(?:{_PURPOSE})?(?:{_DAY}|{_SINCE_MONTH}|[^。\n，,]{{0,20}}?(?:近日|日前|昨日|昨天|近期))[，,]",
        re.M,
    ),
    # a meeting told from outside it: 会上， / 会议强调 / 主持会议 / 在主席台就座 / 与会人员
    "meeting": re.compile(
        r"会上[，,]|会议(?:指出|强调|要求|认为|充分肯定|确定)|主持(?:会议|召开)|出席(?:会议|活动|仪式)|"
        r"在主席台(?:前排)?就座|与会(?:人员|代表|同志|领导)"
    ),
    # a person's words told by the teller: 某某同志强调， / 相关负责人介绍， (not 总书记强调, which every text cites),
    # or a visiting group's (督察组指出，)
    "said": re.compile(
        r"(?<!总)(?:同志|主任|局长|厅长|书记|县长|市长|区长|镇长|负责人|组长|院长|部长|他|她|"
        r"(?:督察|督查|调研|检查|考察|考核|评估|验收|巡察|巡视)组)(?:在讲话中|在会上)?"
        r"(?:强调|指出|表示|介绍)[，,：:]"
    ),
    # …or quoted and then attributed: enough on its own (it weighs double below)
    "quoted": _QUOTED,
    # the item's own credits: 责任编辑： / 撰稿： / 摄影： / 通讯员|某某, (记者 某某), or a closing byline of names or a
    # unit after its last sentence (区司法局) / (某某 某某), or names alone on the line under it; a byline on a line of
    # its own (某某客户端记者 某某) is the carrier's
    "credit": re.compile(
        _CREDIT.pattern
        + r"|(?:责任编辑|撰稿|责编|供稿|摄影|供图)\s*[:：|丨/ ]|(?:记者|通讯员)\s*[|丨｜]\s*[\u4e00-\u9fff]{2,4}|"
        r"。[ \t]*[(（][\u4e00-\u9fff]{2,10}(?:[ 　\t][\u4e00-\u9fff]{2,4}){0,3}[)）][ \t]*$|"
        # (…or names alone on the line under it: 。\n（某某）; a signature block's (盖章) is no writer's name)
        r"。[ \t]*\n[ \t]*[(（](?!盖章|签[字名]|公章|印章)[\u4e00-\u9fff]{2,4}(?:[ 　\t][\u4e00-\u9fff]{2,4}){0,3}[)）][ \t]*$",
        re.M,
    ),
    # a photo's caption (…摄 / 图为… / (某某图片社|供图)) or a newspaper's page (第一版 / 刊发日期 / 据《某日报》消息), or
    # its editor's note over a feature (编者按：)
    "print": re.compile(
        r"编者按\s*[:：]|图为|(?:摄|供图)[)）]?[ \t]*$|[(（][^()（）\n]{1,12}[|丨/ 　](?:摄|供图)[)）]|第[一二三四五六七八九十\d]{1,3}版|版次|刊发日期|总第\d+期|据《[^《》]{2,12}》(?:消息|报道)",
        re.M,
    ),
    # a visit (某某一行 / 率队 / 到我州督查), a head count of those who came (70余人参加), a report told by others
    "visit": re.compile(
        r"一行|率队|带队|陪同|莅临|到我(?:省|市|州|区|县|镇|旗)[^。，,\n]{0,8}(?:督查|调研|考察|检查|督导|视察|考评)"
    ),
    # a text that opens on a body holding a meeting, no headline nor date before it (某厅党组召开扩大会议，传达…):
    # a lead; no report, plan or speech opens so
    "held": re.compile(
        rf"^[ \t　]*[{_HAN}（）()]{{2,30}}?(?:党组|党委)?(?:召开|举行)了?[^。\n，,]{{0,30}}?(?:会议|大会|座谈会|推进会|调度会)[，,]"
    ),
    # a feature's pair of subheads between its paragraphs, unnumbered, each a short phrase of its own (加强统筹谋划 /
    # 推动普法工作走深走实): a paper's layout; a report numbers its parts, and it weighs double below
    "subheads": re.compile(
        r"。[ \t　]*\n(?:[ \t　]*\n)*[ \t　]*(?![一二三四五六七八九十]+[、.．])[^\n。，,；;：:、|｜>＞()（）\d“”《》]{4,16}[ \t　]*\n"
        r"(?:[ \t　]*\n)*[ \t　]*[^\n。，,；;：:、|｜>＞()（）\d“”《》]{4,16}[ \t　]*\n(?:[ \t　]*\n)*[ \t　]*[^\n]{40,}?。"
        # (…or numbered as a social-media feature numbers them, 01 赋能… / 02 助力…: no report's numbering)
        r"|^[ \t　]*01[ \t　]*[^\n。，,\d]{4,16}[ \t　]*\n(?:[^\n]*\n){1,40}?[ \t　]*02[ \t　]*[^\n。，,\d]{4,16}[ \t　]*$",
        re.M,
    ),
    # an event named first, then the day and the place it was opened or held in (主题为…的某省禁毒宣传月活动，6月2日
    # 上午在某市启动。): a story's lead; a report tells its own events by their doer
    "event": re.compile(
        rf"(?:活动|仪式|大会|会议|比赛|竞赛|论坛|培训班|宣传周|宣传月)[，,]?\s*{_DAY}在[^。，,\n]{{2,20}}?"
        r"(?:启动|举行|召开|开幕|开班|闭幕|举办)"
    ),
    "people": re.compile(
        r"\d+(?:余|多)?(?:名|人)[^。，,；;\n]{0,10}?(?:参加|参与|参训|参会|出席|旁听|观摩)|参训人员|参会人员"
    ),
    "reported": re.compile(r"报告(?:还)?(?:显示|指出)[，,：:]|记者(?:了解|获悉|发现|从)"),
    # what the teller heard from others, told at second hand (据了解， / 据悉， / 据介绍，): a reporter's formula; a
    # body telling its own work counts it (据统计) and never cites hearsay about it
    "hearsay": re.compile(r"据(?:了解|悉|介绍)[，,]"),
    # the body or the place the story is about pointed at from outside it (该县积极…, 该局先后…): a body telling its own
    # work says 我县, 我局
    "pointer": re.compile(r"(?:^|[。，,；;\n])[ \t　]*该(?:县|市|区|镇|乡|局|院|街道)(?!委|政府|人民政府)"),
    # a press conference transcribed or told (新闻界的朋友： / 欢迎参加…新闻发布会 / 回答记者提问 / 在…发布会上表示)
    "press": _PRESS,
    # a scene or a list of feats that trails off (…答复率连续100%……近年来， / a line of its own: ……): a writer's
    # device no official text uses (a cut, ……略…… or …………, and a list's closing , …… are no such trace)
    "trailing": _TRAILING,
    # a reporter's or a correspondent's byline on a line of its own (■记者 某某, 本报记者 某某 / 通讯员 某某, (某某融媒记者
    # 某某)): the paper's own story, and it weighs double below (where no report's mark is read: a paper may carry a
    # report); a news app's (某某客户端记者 某某) is the app's repost of whatever it carries, and counts as none
    "byline": re.compile(
        # (…or after the page's date and the paper's name: • 2015-09-10 《某某日报》 记者 某某)
        r"^[ \t　■□●•·]*(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+)?(?:《[^《》\n]{2,12}(?:报|刊)》\s*)?"
        r"[(（]?(?:本报|本台|[^\n]{0,12}?(?:融媒|全媒体|日报|电视台|广电)[^\n]{0,4}?)?(?:见习)?"
        r"(?:记者|記者|通讯员|通訊員)[\s　:：/]*(?!了解|获悉|獲悉|从|從|在|发现|看到|走进|来到|注意到)[\u4e00-\u9fff]{2,4}",
        re.M,
    ),
    # the page's source field naming a newspaper, a news site or a station (来源：某某日报, 来源:法治网, 来源：中国网)
    "outlet": re.compile(
        r"^[^\n。]{0,40}(?:来源|來源|稿源)\s*[:：]?\s*《?[^\n]{0,12}?(?:日报|日報|晚报|晚報|早报|时报|時報|新闻网|新聞網|"
        r"法治网|法治網|法制网|中国网|电视台|廣電|广电|客户端|新华社|新華社|人民网|新华网|新華網|国际在线|第一财经|融媒)",
        re.M,
    ),
}


# a feature's opening scene: the season or the month, then the place, then how it looks (10月的三亚，阳光依然灿烂)
_SCENE = re.compile(
    r"[ \t　]*(?:初春|早春|阳春|春日|初夏|盛夏|仲夏|初秋|金秋|深秋|初冬|隆冬|寒冬|(?<!\d)\d{1,2}月)(?:时节|时分|里)?的"
    r"[\u4e00-\u9fff]{2,24}?[，,]"
)


def _news_marks(text: str) -> dict[str, Span]:
    """The first span of each kind of journalist's trace (see ``_NEWS_MARKS``) in the text's first pages, by kind."""
    head = text[:4000]
    return {kind: m.span() for kind, cue in _NEWS_MARKS.items() if (m := cue.search(head))}


_PLAN_MARKS = re.compile(
    # a plan's parts as its headings (一、指导思想 / （二）工作目标 / 保障措施 on a line of its own); named in a sentence
    # (…明确了指导思想和工作目标、主要任务…) they describe a plan the text tells of, not the text's own parts
    r"(?:^|(?<=\n)|(?<=[一二三四五六七八九十\d][、．.])|(?<=[一二三四五六七八九十][)）]))[ \t\u3000]*(?:指导思想|总体要求|工作目标|总体目标|主要目标|主要任务|重点任务|保障措施|"
    r"组织保障|实施步骤)|"
    r"责任单位|牵头单位|配合单位|责任科室|完成时限|时间安排"
)
# 现将《X》印发给你们 / 现将《X》及工作台账印发你们 / 《X》已经市政府研究同意，现印发给你们 (or 同意。现印发你们): a
# transmittal notice carries X
_TRANSMITTED = re.compile(
    # (two documents sent together, 《X工作要点》和《X责任清单》已经局党组同意，现印发给你们: the first leads)
    # (…its short name given in brackets after it: 《某市依法行政五年规划(2009-2013)》(以下简称《规划》)，已经…)
    r"《([^《》]{2,60})》(?:[(（](?:以下)?简称《[^《》]{1,12}》[)）])?(?:[和及与、]《[^《》]{2,60}》)*[^。《》]{0,30}?"
    r"(?:。[^。《》]{0,6}?)?印发(?:给)?你们|"
    # (…or passed or approved and issued by the notice: 《某县人民政府工作规则》已经…全体会议通过，现予印发, 《某部2016年
    # 政务公开工作实施方案》已经部领导同意，现予印发)
    r"《([^《》]{2,60})》已(?:经|于)[^。《》]{0,60}?(?:通过|同意)[，,]\s*现予(?:印发|发布|公布)|"
    # (…or published by the page that carries it: 现将《某局2023年法治政府建设工作报告》公布如下)
    r"现将《([^《》]{2,60})》(?:予以)?(?:公布|公开|发布)如下|"
    # (…or named without book marks, as a copy that lost them writes it: 现将2018年全市法治宣传教育工作要点印发给你们)
    r"现将([^。《》，,：:\n]{4,40}?(?:工作要点|实施方案|工作方案|行动方案|工作计划))印发(?:给)?你们"
)
# a document that names itself: 制定本方案 / 制定本要点 / 制定本指标体系; (某局…工作的)总体要求是 opens a year's points
_OWN = [
    # a government work report's own section: 今年政府工作的总体要求是 (a year's points say 总体要求是 too)
    (DocType.government_work_report, re.compile(r"(?:今年|(?:19|20)\d{2}年)政府工作的?总体(?:要求|思路)")),
    # …and an opinion's own opening: 现就进一步做好…工作提出如下意见 / 现结合我区实际，提出以下意见
    (
        DocType.implementation_plan,
        re.compile(
            r"制定本(?:实施|工作|行动|活动|整改|专项)?(?:方案|规划|纲要|意见)|(?:特|现)制定(?:如下|以下)(?:实施|工作|行动|活动|整改)?方案"
            # (结合我镇实际，制定2024年“民主法治示范村”创建活动实施方案。: the plan named in full as the text's own)
            r"|结合[^。，,]{0,12}实际[，,]\s*(?:特|现)?制定[^。《》\n]{2,50}?(?:实施|工作|行动)方案(?=[。：:\n])"
            r"|编制本规划|(?:现就|现结合|特就|现)[^。]{0,60}?提出(?:以下|如下)(?:实施|指导)?意见"
            # (…or the purpose clause's last words: 为贯彻落实…，切实加强…，提出以下意见。)
            r"|[，,]\s*提出(?:以下|如下)(?:实施|指导)?意见[。:：]"
        ),
    ),
    (
        DocType.work_points,
        re.compile(
            # (the year's requirements or line of thought: 总体要求是 / 总的工作要求是 / 工作的总体思路是)
            # (…or a plan that says what it is for: 本计划旨在明确未来一年…工作的方向、目标及具体措施)
            r"制定本要点|制定本(?:工作|年度)?计划|本(?:年度)?(?:工作)?计划旨在|工作要点如下|制定(?:本|如下)?工作安排|总体要求是|总的工作要求是|工作的总体思路是|工作的总要求是|"
            # (…or the points the preamble says it draws up, named in full: 经办领导班子研究，特拟定2015年全面深化改革工作要点。)
            r"(?:特|现)(?:拟定|制定|研究制定)[^。《》\n]{0,30}?工作要点(?=[。：:\n])|"
            # (a year's plan reported up: 现向区委、区政府报告我镇2026年度工作计划 / 现将我局2024年工作计划报告如下)
            r"现(?:向[^。，,\n]{2,20}?)?报告[^。，,\n]{0,6}?(?:19|20)\d{2}\s*年度?工作计划|"
            r"现将[^。，,\n]{0,6}?(?:19|20)\d{2}\s*年度?工作计划(?:报告|汇报)如下|"
            r"^(?:19|20)\d{2}年是[^。\n]{0,60}(?:之年|一年)。[^。\n]{0,30}要以"  # 2026年是…之年。各级…要以…
            r"|^(?:19|20)\d{2}\s*年[，,]\s*[^。\n，,]{2,30}?要以"  # 2025年，全省交通运输要以…为指导
            # (…or a copy that opens on the year's targets: 力争全年完成造林1亿亩，…)
            r"|\A\s*力争(?:全年|今年|年内)[^。\n]{2,80}?(?:完成|达到|实现)"
            # (2023年是…之年，是…关键之年，做好2023年群众体育工作要以…)
            r"|^(?:19|20)\d{2}年是[^。\n]{0,120}?[，,。]\s*做好(?:19|20)\d{2}年[^。\n]{0,30}?工作[，,]?要以",
            re.M,
        ),
    ),
    (DocType.assessment_form, re.compile(r"制定本(?:考核)?(?:指标体系|评分细则|考核细则|考核办法)")),
    # a leader's 述法: its parts are the person's own (一、履职情况 / 一、述法情况), not the body's mandated parts
    (DocType.accountability_report, re.compile(r"^[一二三][、.．]\s*(?:履职|述职|述法)情况", re.M)),
    # a circular's formula (经市政府同意，现将考评结果通报如下): it tells others' results, it reports no year of its own
    (DocType.other, re.compile(r"(?:现将|特将|兹将)[^。]{0,60}?通报如下")),
]
_DISCLOSURE_MARKS = re.compile(r"主动公开|依申请公开|政府信息公开|信息公开申请")
# the opening a disclosure report owes to the regulation that requires it (条例 第五十条): 根据《中华人民共和国政府信息
# 公开条例》…，现就2020年政务公开年度工作情况报告如下 / 现公开本单位2020年政府信息公开工作年度报告 / 本报告根据《…条例》
# 编制: the regulation is the report's basis, in the sentence that names the report; a rule-of-law report may cite it
# among its work (严格落实政府信息公开条例) but never opens on it
_DISCLOSURE_BASIS = re.compile(r"(?:根据|依据|按照|依照)(?:新修订的?)?《(?:中华人民共和国)?政府信息公开条例》")
# the template's first part right after a formula (…报告如下：/ 一、总体情况)
_OVERALL_NEXT = re.compile(r"[:：。]?[ \t　]*\n[ \t　]*(一[、.．]\s*总体情况)[ \t　]*(?:\n|$)")
# the part ① the regulation's template (2019) gives every disclosure report, opening on the year's disclosure work:
# 一、总体情况 / 2021年，某厅…扎实推进政府信息公开工作 (a copy that lost its title and starts at its first part)
_DISCLOSURE_PART_ONE = re.compile(
    # (…the heading run into its paragraph by a copy that lost the break: 一、总体情况 某局认真贯彻…)
    r"^[ \t　]*一[、.．]\s*总体情况(?:[ \t　]*\n|[ \t　]+(?=[^\n]{0,300}?(?:政府信息公开|政务公开)))"
    r"(?:[^\n]{0,300}?(?:政府信息公开|政务公开)"
    # (…or a first paragraph on the body's year whose sub-part (一) is the template's 主动公开)
    r"|(?:[^\n]{0,600}\n){1,3}?[ \t　]*[(（]一[)）][^\n。]{0,20}?主动公开)"
    # (…or the older template's 一、概述, its first lines on the year's government information disclosure)
    r"|^[ \t　]*一[、.．]\s*概述[ \t　]*\n[\s\S]{0,600}?政府信息公开",
    re.M,
)
# the rows of the tables the template (国办公开办函〔2021〕30号) gives every disclosure report: a copy that kept its
# tables and lost its prose (第二十条第(一)项 / 本年新收政府信息公开申请数量 / 本机关不掌握相关政府信息)
_DISCLOSURE_TABLE = re.compile(
    r"第二十条第[(（][一二三四五六七八][)）]项|本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|"
    r"本机关不掌握相关政府信息|没有现成信息需要另行制作|补正后申请内容仍不明确|"
    # (…the third table's last row, and the template's part on reviews and suits, where a page of the report keeps
    # no table's head: 四、结转下年度继续办理 0 0 0 / 四、政府信息公开行政复议、行政诉讼情况)
    r"结转下年度继续办理|政府信息公开行政复议、行政诉讼情况"
)
_SCORE = re.compile(
    r"[(（]\d{1,3}分[)）]|扣\d{1,2}(?:\.\d)?分|得\d{1,3}分"
    r"|(?<=[|｜])\s*\d{1,3}(?:\.\d)?分\s*(?=[|｜])"  # (…or a table's column of them: | 2分 | 6分 |)
)  # an assessment form's points
# a government work report is delivered to the congress in plenary (各位代表); a report to its standing committee
# (主任、各位副主任、各位委员…请予审议) may be on any subject, a year of rule-of-law work among them
# (the address itself, on a line's start or after a sentence: 各位代表：/ 。各位代表！; never a story's 听取各位代表对…)
_GOV_REPORT_MARKS = re.compile(r"(?:^|(?<=[\n。！!：:]))\s*各位代表[：:，,！!]|请各位政协委员", re.M)
# the head of a government delivering its work report: 现在，我代表某市人民政府向大会(作(政府)工作)报告(工作)
# (…or a zone's committee, a prefecture's 行署, and to the delegates as 大家: 我谨代表某县政府，向大家汇报…工作; the
# premier for the State Council, to the delegates or with no hearer named: 我代表国务院，作政府工作报告)
# a news lead handing over to the whole text or transcript it carries (以下为文字实录：, 以下是报告全文：): read by the
# genre finder (a work report carried) and the agency finder (that report's government)
CARRIED_TRANSCRIPT = r"以下(?:为|是)(?:报告)?(?:全文|文字实录)[:：]"
_GOV_SPEECH = re.compile(
    r"我(?:谨)?代表[^。，,]{0,16}(?:(?:人民)?政府|管委会|管理委员会|行署|行政公署|国务院)[，,]?"
    # (…a year's or a half year's: 向大会作2022年上半年政府工作情况报告)
    # (…or 作报告 alone: 我代表某区人民政府向大会作报告，请予审议)
    r"(?:向(?:大会|大家|各位代表)(?:作(?:(?:19|20)\d{2}\s*年(?:上半年|下半年|度)?)?(?:政府)?工作(?:情况)?报告|作报告(?=[，,。])|(?:报告|汇报)(?:工作|政府工作|[^。，,]{0,12}(?:工作|成果)))|作政府工作报告)|"
    # …or a site's note over an excerpt of it: (摘自某年某月某日某某同志代表市人民政府在某市人大某次会议上向大会作的
    # 工作报告)
    r"摘自[^。\n]{0,40}代表[^。，,\n]{0,16}(?:人民政府|管委会|行署)在[^。，,\n]{0,40}?(?:向大会)?作的(?:政府)?工作报告"
    # …or a wire's lead on the session that heard it, over the transcript it carries (听取国务院总理某某关于政府工作的
    # 报告…。以下为文字实录：)
    rf"|听取[^。\n]{{0,30}}?关于政府工作的报告[^\n]*\n(?:[^\n]*\n){{0,3}}?[ \t　]*{CARRIED_TRANSCRIPT}"
    # …or its title run into its greeting by a copy that lost its line breaks (政府工作报告各位代表!)
    r"|政府工作报告[ \t　]*各位代表[!！：:，,]"
)
# …but the congress hears its standing committee, its court and its procuratorate the same way
_OTHER_PLENARY = re.compile(
    r"受[^。，,]{0,20}(?:常委会|常务委员会)的?委托|代表[^。，,]{0,12}(?:人民法院|人民检察院)|"
    # a department delivering the plan's or the budget's report for its government (受区人民政府委托，我向大会报告
    # …计划执行情况; never a rule-of-law report a bureau delivers for it) and a standing committee's own work report
    # (现将区人大常委会今年以来主要工作情况报告如下，请予审议)
    r"受[^。，,]{0,12}政府委托[^。]{0,40}(?:计划|预算|决算)|现将[^。，,]{0,8}(?:人大常委会|常务委员会)[^。，,]{0,12}工作"
)
# a leader's own report speaks in the first person singular (我始终…, 本人…); 我局/我们/我分局/我中心/我单位/我系统/我场/我所
# are the body speaking: 我 followed by an organ's word (a suffix, maybe after one qualifying character) is no person
_BODY_AFTER_WE = (
    r"们|[国省市区县州旗盟乡镇村街]|社区|单位|系统|部门|机关|行业|公司|集团|"
    r"[分支大中总]?(?:局|委|厅|办|部|院|司|处|科|室|队|校|会|站|心|馆|庭|场|所|厂|矿|园)"
)
# the subject of a report's retrospective opening is a person (我, 本人), not a body (我局, 我们)
_OWN_OPENING = re.compile(
    r"(?:[^。\n]{4,60}。\s*)?"  # (after an opening maxim)
    r"(?:(?:19|20)\d{2}\s*年(?:度)?(?:以来)?|今年以来|一年来|过去一年|本年度)[，,]\s*(?:在[^。，,]{0,40}下[，,]\s*)*"
    rf"(?:我(?!{_BODY_AFTER_WE})|本人)"
)
# (never a site's menu button: 我要投稿, 我要纠错)
_FIRST_PERSON = re.compile(rf"(?:^|[。，,；\n])(?:我(?!{_BODY_AFTER_WE}|要(?:投稿|纠错|评论|留言|咨询))|本人)")
# a body that speaks of itself as 我局, 我县, 我们: its own text, whoever tells it
_SELF_WE = re.compile(rf"我(?:{_BODY_AFTER_WE})")
# an organ speaking of itself (我厅, 我局, 我委) again and again: its own account, not a journalist's
_ORGAN_WE = re.compile(r"我(?:厅|局|委)")
# a body or a place speaking of itself (我县, 我局, 我会, 我院): the writer is inside it
_WE_BODY = re.compile(r"我(?:省|市|县|区|镇|乡|州|旗|厅|局|委|办|会|院|所|中心|街道)")
# a five-year period by its number (“七五”, 八五普法, “十四五”规划, 十三五时期)
_FIVE_YEARS = r"[“\"]?[一二三四五六七八九十]{1,2}五[”\"]?(?:普法|规划|时期)?"
# a feature story's lead: a body named in full (a place's name first: 某县司法局, 某市, 某镇) telling nothing of a
# year and doing its work in the story's words (为…，某县司法局积极… / 近年来，某市多措并举… / 今年以来，某区率先…);
# a report opens on its year and its guiding thought (2023年，某局坚持以…为指导), or speaks as 我局
_STORY_OPENER = re.compile(
    r"(?:为|为了)[^。\n]{4,120}?[，,]|(?:近年来|今年以来|去年以来|年初以来|近期|一段时间以来|近日|日前)[，,]|"
    # (…or since a campaign began: 自“八五”普法规划实施以来，某州锚定…)
    r"自[^。\n，,]{2,30}?以来[，,]|"
    # (…or since a period's start: “七五”普法以来，某旗认真贯彻…)
    rf"{_FIVE_YEARS}以来[，,]|"
    # (…or on its occasion: 4月15日是第九个全民国家安全教育日，… / 在“3·15”国际消费者权益日来临之际，…)
    r"[^。\n]{2,60}?是[^。\n]{0,40}?(?:纪念日|宣传日|教育日|权益日|宣传周|宣传月)[，,]|在[^。\n]{2,40}?之际[，,]|"
    # (…or in the course of the work it tells: 在推进…服务站点建设的进程中，某区法学会积极探索…)
    r"在[^。\n]{2,60}?(?:进程|过程)中[，,]|"
    r"今年\d{1,2}月以来[，,]|" + _DAY + r"[，,]"  # (…or its day: 4月14日上午，某镇人民政府积极响应…)
)
_STORY_LEAD = re.compile(
    rf"(?P<name>[{_HAN}]{{2,24}}?)"
    r"(?:积极|不断|多措并举|[双多]管齐下|大力|率先|探索|认真落实|认真贯彻|坚持把|聚焦|着力|扎实|全力|创新|深入|持续|组织|开展|广泛|充分|精心|"
    r"始终|坚持|立足|紧扣|紧紧|围绕|坚决|认真|贯彻|全面|通过|针对|高度重视|主动|结合|采取|强化|加强|推进|狠抓|突出|注重|切实|"
    r"健全|建立|构建|打造|[三四五六]措|实施|落实|用好|牢牢|锚定|紧盯|把|组成|根据|按照|依据|"
    r"以“|以[^。，,]{2,40}?为(?:契机|目标|抓手|引领|驱动|载体|主线|重点|核心|突破口|牵引)|将[^。，,]{2,20}作为|联合)"
)
# a place's own name at a name's start (某县, 某市, 某镇, 某街道, and 某区委统战部's 某区): never a pointer (全市, 本区,
# 该县) nor a head's title (某市长)
_NAMED_PLACE = re.compile(rf"(?![全各本该我某其])[{_HAN}]{{2,5}}?(?:省|市|区|县|州|旗|盟|镇|乡|街道)(?!长)")
_COMMA = re.compile(r"[，,]")


def _named_place_first(name: str) -> bool:
    """``name`` is, as it stands, a body's or a place's name that opens with a place's own name (某县司法局, 某市, 某镇):
    the subject a feature story's lead and a news headline name."""
    return exact_name(name, place=True) == name and bool(place_at(name, 0) or _NAMED_PLACE.match(name))


# a news item's headline is a sentence, its subject a named body and its predicate what the body did (某县成立法律顾问组,
# 某县四项措施加强审计法律宣传, 某市中院：抓实“三个抓手”…); a document's title is a noun phrase (某局2023年工作总结,
# 某县人民政府工作规则, 某县人民政府关于…的通知), and an addressee line (某市人民政府：) has no predicate
_HEADLINE_PREDICATE = (
    # (a quoted phrase, then the deed, a headline's space between them or none: 某局借力“某某季” 打造…)
    r"[:：](?=[^\n]{4})|在[^\n]{2,20}?(?:率先|首个|首家)|以[^\n]{2,16}?(?:推进|加强|宣传|助力|推动|开展)|"
    r"[一二三四五六七八九十两多\d]+(?:项|个|举|措|招|字|“)|(?:“[^”\n]{2,16}”)(?=[ \u3000]?[\u4e00-\u9fff])|进一步|"
    rf"{HEADLINE_DEEDS}|{HEADLINE_ACTS}|"
    # (…or the manner of the deed before it: 县司法局认真贯彻落实…, 某局多举措做好…, 某县扎实开展…)
    rf"{HEADLINE_MANNER_DEED}"
)
_HEADLINE = re.compile(rf"(?P<name>我[县市区镇乡旗州]|[{_HAN}]{{2,24}}?)(?:{_HEADLINE_PREDICATE})")
# a headline that ends on a meeting held (…常务会议召开, …推进会在某地举行), whatever body or term opens it
_MEETING_HELD = re.compile(MEETING_HELD + "$")
_NOUN_TITLE_END = re.compile(
    r"(?:报告|总结|方案|要点|计划|意见|通知|办法|规定|细则|规则|清单|制度|讲话|决定|公告|通报|汇报|纲要|规划|情况|说明|解读)"
    # (…its period or edition in brackets after it: 某市“十三五”林业生态建设规划(2016-2020))
    r"(?:\s*[(（][^()（）]{2,16}[)）])?$"
)


# a page's own date line (09.10.2016 01:32, 2025-07-21 15:56:12) right under the first line: a page dates a news
# headline so as it posts it (石嘴山市发挥政府法律顾问优势助力法治政府建设 / 09.10.2016 01:32 / 今年以来，…)
_DATE_LINE = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
)
# …which a document's title (某局2024年法治政府建设年度报告, 某市行政执法监督规定, 在…会上的讲话VIP), a speaker's
# line (某局局长 某某), a bare name or a column's name never is
_NOT_A_HEADLINE = re.compile(r"工作报告|专辑|年报|白皮书|条例|公报|讲话|致辞|[|｜]|(?:长|主任|书记)\s+\S{2,4}$")


def _dated_headline(text: str) -> Optional[Span]:
    """The first line of an untitled text when the page's date line stands right under it and it reads as a
    headline, not a document's title (see ``_DATE_LINE``)."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[:400]) if m.group().strip()]
    if len(lines) < 3 or not _DATE_LINE.fullmatch(lines[1][1]):
        return None
    at, first = lines[0]
    words = first.strip()
    if (
        not 8 <= len(words) <= 60
        or re.search(r"[。；;]", words)
        or _NOUN_TITLE_END.search(words)
        or _NOT_A_HEADLINE.search(words)
        or all(exact_name(part) for part in words.split())
    ):
        return None
    start = at + first.find(words)
    return start, start + len(words)


def _headline(text: str, end: int) -> Optional[Span]:
    """The span of the name that opens a news headline among the short lines above the body (at ``end``): a line
    without a sentence's marks whose subject is a named body (a place's name first) or 我县, and whose predicate
    follows it (see ``_HEADLINE_PREDICATE``)."""
    at = 0
    for line in text[:end].split("\n"):
        words = line.strip()
        if not 6 <= len(words) <= 48 or re.search(r"[。，,；;]", words):
            pass  # a sentence of the body, or a line too short or too long for a headline
        elif _MEETING_HELD.search(words):  # 十七届县人民政府第25次常务会议召开: news whoever held the meeting
            start = at + line.find(words)
            return start, start + len(words)
        elif not _NOUN_TITLE_END.search(words):
            # (a slogan may come first, set off by a space: 深耕法治“责任田” 某区“一村一法律顾问”工作锻造…)
            for clause in dict.fromkeys((words, words.split(" ", 1)[-1].strip())):
                lead = line.find(clause)
                if name := headline_subject(clause):
                    return at + lead, at + lead + len(name)
        at += len(line) + 1
    return None


def headline_subject(clause: str) -> Optional[str]:
    """The named body that opens ``clause`` when it reads as a news headline, its subject and then its predicate
    (see ``_HEADLINE_PREDICATE``): a place's name first, 我县, a place's stem, or a level's organ (县司法局突出五项重点…)."""
    m = _HEADLINE.match(clause)
    name = m.group("name") if m else ""
    if m and _headline_name(name):
        return name
    # (…or its topic or manner between the two: 县司法局普法宣传多点开花加快推进…, 县司法局突出五项重点开创…)
    # (…or a place's work and how it goes: 某市法治政府建设深入推进, never a document's title: 某市…推进方案)
    noun_title = _NOUN_TITLE_END.search(clause)
    for k in range(min(16, len(clause) - 4), 2, -1):
        named = exact_name(clause[:k]) or (None if noun_title else exact_name(clause[:k], place=True))
        if named == clause[:k] and _headline_name(clause[:k]):
            # (the words between are the deed's own, never a quoted name's: 某局“三项制度” is a noun title)
            # (…nor a document's: 某院关于深化…的意见 is a title, its subject 关于 and its end a noun)
            gap = len(_DEED_GAP.match(clause, k).group())  # type: ignore[union-attr]  # (always matches)
            if any(_PREDICATE.match(clause, k + i) for i in range(gap + 1)):
                return clause[:k]
    return None


_PREDICATE = re.compile(_HEADLINE_PREDICATE)
_DEED_GAP = re.compile(r"(?:(?!关于|的)[\u4e00-\u9fff（）()]){0,12}")


def _headline_name(name: str) -> bool:
    """``name`` may open a headline as its subject: 我县, a place's name first, a place's stem, a level's organ."""
    return bool(
        name.startswith("我")
        or _named_place_first(name)
        or is_stem(name)  # 敦煌：“分众化”推动…: a place's name without its level word
        or stems_run(name)  # 四川成都实现…全覆盖: a province's and a city's names run together
        # (…or its stems run together down to a street or a town: 苏州吴中长桥街道：与法同行…)
        or (
            (is_stem(name[:2]) or is_stem(name[:3]))
            and re.search(r"(?:街道|[镇乡区县旗])$", name) is not None
            and exact_name(name, place=True) == name
        )
        or (name[0] in "省市县区" and exact_name(name) == name)  # 县司法局突出五项重点…
    )


def _story_lead(line: str) -> Optional[re.Match[str]]:
    """The opening sentence of a feature story (see ``_STORY_LEAD``) whose subject is a named body, a place's name
    first, and which names no guiding thought nor any body it works under: the subject starts the sentence or one
    of the clauses after its opening purpose or time (为…，推动…，某局积极…)."""
    maxim = re.match(r"[^。\n]{4,60}?是[^。\n]{2,40}。(?=近年来|今年以来|近期)", line)
    if maxim and "年" in maxim.group():
        maxim = None
    # (…or the year's occasion as a sentence of its own: 2023年是第十个“12·4”国家宪法宣传日。某局积极…)
    maxim = maxim or re.match(
        r"(?:(?:19|20)\d{2}\s*年|今年)(?:\d{1,2}月\d{1,2}日)?是[^。\n]{2,40}?[日周月][”\"]?。", line
    )
    if maxim:
        # 开展某项工作是…的关键环节。近年来，某局通过…: a maxim of the work before the story's own first sentence
        lead = _story_lead(line[maxim.end() :])
        if lead is None:
            return None
        return _STORY_LEAD.match(line, maxim.end() + lead.start(), maxim.end() + lead.end())
    sentence = line.split("。", 1)[0]
    if re.search(r"思想为指导|领导下|如下", sentence):
        return None
    starts = [0]
    own_purpose = -1
    if opener := _STORY_OPENER.match(sentence):
        starts = [opener.end()] + [m.end() for m in _COMMA.finditer(sentence, opener.end())]
        if sentence.startswith("为") and len(sentence) < len(line):
            own_purpose = len(sentence) + 1  # (a purpose told as a sentence of its own: 为…的良好局面。市某局结合…)
            starts.append(own_purpose)
            # (…and the clauses of the sentence after it: 为…。根据区司法局工作安排，…，某镇开展了…评选活动。)
            second = line.find("。", own_purpose)
            starts += [m.end() for m in _COMMA.finditer(line, own_purpose, second if second > 0 else len(line))]
    for start in starts:
        lead = _STORY_LEAD.match(line, start)
        name = lead.group("name") if lead else ""
        # (…the sentence after such a purpose may name its body by its level alone: 市交通运输局结合工作实际…)
        if lead and (_named_place_first(name) or (start == own_purpose and _LEVEL_ORGAN.fullmatch(name))):
            return lead
        # (…or after the purpose's comma, a level's organ that held an event, told done: 为…，市民宗局开展了“…”为主题的
        # …活动。: a report's self-reference goes on to its guiding thought and its year's work, not to one event)
        if lead and start and _LEVEL_ORGAN.fullmatch(name) and _EVENT_HELD.match(line, lead.end("name")):
            return lead
    return None


_EVENT_HELD = re.compile(r"(?:组织)?开展了[^。\n]{2,60}?活动。")


def _own_voice(body: str, name: str) -> bool:
    """The story's text speaks as a body itself (我局, 我县: the writer is inside it, its own account); but a
    bureau's story that speaks of its place (为…，某市医疗保障局双管齐下…。…结合我市实际) is the bureau's item on its
    work, told as any item is: the place is not the subject the story names."""
    organ = not _NAMED_PLACE.fullmatch(name)
    return any(not (organ and we.group()[1] in "省市县区州旗") for we in _SELF_WE.finditer(body))


# a body named by its level alone (市交通运输局, 县医疗保障局, 区委依法治区办): a story's subject, never a report's
# self-reference after a purpose clause (a report opens on its year and its guiding thought)
_LEVEL_ORGAN = re.compile(rf"[省市县区州旗](?:委|政府)?[{_HAN}]{{1,10}}(?:局|委员会|办公室|办|厅|中心|支队|大队)")


# a title run into the page's furniture and the body's first words, as a copy without line breaks has it: a stretch
# without sentence marks that ends in a genre word and names its issuer (局, 政府…), its year or its subject (关于)
# (…or a report's title without 报告, 某部2017年度法治政府部门建设工作情况, run into its page's 文号:… row)
_RUN_ON_TITLE = re.compile(
    r"[^，,。：:；;|｜•\s>》]{10,90}?(?:报告|总结|计划|思路|方案|要点|汇报|清单|解读|建设(?:工作)?情况(?!报告|汇报|总结))(?:及[^，,。：:；;|｜•\s]{4,30}?(?:计划|思路|要点))?"
)


# the rule-of-law work a report's opening names (法治政府, 依法行政, 法治某某建设, 依法治区; not 依法治区办, a body)
_RULE_OF_LAW_WORK = re.compile(r"法治政府|依法行政|法治(?:\S{0,4})建设|依法治(?![^，,。]{0,2}[办委])")


# a sector ruling its own field by law (依法治教, 依法治校): its own work, no government's rule-of-law construction
_OWN_FIELD = re.compile(r"依法治[教校]")


# the years since a period's start that a text opens on (党的十八大以来，… / “十三五”以来，…): several years' work
_PERIOD_SINCE = re.compile(rf"\s*(?:党的[^，,。]{{1,6}}大|{_FIVE_YEARS})以来")


# the document a purpose clause says it makes (为…，制定本方案 / 现结合某镇实际，制定2024年…工作计划): a plan's opening
_MADE_HERE = re.compile(r"制定(?:本|[^。，,；;]{0,30}?(?:计划|方案|要点|意见|规划|办法|细则))")


# a plan's own parts as headings (二、实施目标, 三、保障措施, 一、指导思想): no report's, whatever its body tells done
_PLAN_PART = re.compile(
    r"^[ \t\u3000]*[一二三四五六七八九十]{1,2}[、.．]\s*(?:实施目标|实施措施|实施步骤|工作目标|目标任务|主要任务|工作步骤|"
    r"保障措施|指导思想|总体要求|基本原则)[。.]?[ \t]*$",
    re.M,
)


# what a report tells was done, with the year's counts, against what a plan or points ask to be done
# the verbs and spans of work done (建成, 举办, 取消, 成立: set up, held, cut, founded)
_PAST = r"先后|出台|印发|召开|全年|累计|截至|建成|举办|取消|成立"
_DONE = _PAST + r"|共计|办结|完成了|\d+(?:件|次|项|家|份|人次|场)"  # …and what it counted
_TO_DO = (
    r"(?:要|应当|必须)(?:坚持|加强|推进|把|按照|切实|进一步|全面|严格|认真|深入|着力|持续|不断|积极|及时|做好|落实|"
    r"建立|健全|完善|以|在|对|将)|力争|确保|不少于|(?:年底|月底|年)前(?:完成|全面)"
)


def _tells_done(body: str) -> bool:
    """The text tells what was done (印发, 召开, 全年…, with the year's counts: 办结信访案件4件) more than it asks what
    is to be done (要坚持…, 确保, 力争, 年底前完成): a report's body, not a plan's tasks."""
    past = len(re.findall(_PAST, body))
    done = len(re.findall(_DONE, body))
    return past >= 1 and (past >= 2 or done >= 3) and len(re.findall(_TO_DO, body)) < done


# a notice's or a reply's own formula (现将有关事项通知如下, 现将办理情况函告如下 to a delegate whose proposal it
# answers): it instructs or answers, whatever work it describes
# (…or said bare: 您提出的建议收悉，现答复如下 / 现通知如下)
_NOTICE_FORMULA = re.compile(
    r"现(?:(?:将|就)[^。\n]{0,30}?)?(?:通知|函告|答复|函复)如下"
    # (…or a commendation decided, the year's work its reason: 为鼓励先进，市政府决定对某县等23个…先进集体予以通报表扬)
    r"|决定对[^。\n]{2,60}?予以(?:通报表扬|通报表彰|表彰|表扬)"
)
# a paper's credit over its item (本报讯, 记者某某报道：)
_PAPER_CREDIT = re.compile(r"本报讯|(?:记者|通讯员)[^\n。，,]{1,12}报道[:：]")
# a work report's first part, the year reviewed (一、2024年工作回顾, 本届政府工作回顾, 过去五年工作回顾); year.py's
# _REVIEW_HEADING and _TERM_REVIEW read the same part for its year, on other bounds (a heading on a line of its own,
# a court's 检察工作回顾), so each keeps its own pattern (see the note on issue 10)
_WORK_REVIEW_PART = re.compile(
    r"^[ \t　]*(?:[一1][、.．]\s*)?(?:(?:19|20)\d{2}年|过去一年|本届政府|过去五年|五年来的?)(?:政府)?的?(?:主要)?工作回顾",
    re.M,
)


# the oversight and support a government works under (在市人大及其常委会的监督和市政协的支持下)
_OVERSEEN = re.compile(r"在[^。，,；;]{0,40}?(?:监督|支持)[^。，,；;]{0,20}?下")


def _work_review(text: str) -> Optional[Span]:
    """A government's work report that lost its title and its address: the year reviewed under its own heading,
    told as 我们 and under the congress's oversight (在人大…监督下); a procuratorate's, a court's or a CPPCC's own
    work report reviews its year the same way, and names itself."""
    head = text[:3000]
    if not (review := _WORK_REVIEW_PART.search(head)):
        return None
    after = head[review.end() : review.end() + 800]
    if (
        "我们" in after
        and re.search(r"人大|人民代表", after)
        # (the CPPCC that supports a government's work, 在镇人大和镇政协工委的监督支持下, is no writer of its own report)
        and not re.search(r"检察|法院|政协|审判", _OVERSEEN.sub("", head[: review.end() + 800]))
    ):
        return review.span()
    return None


def _zone_review(text: str) -> Optional[Span]:
    """…or a new zone's, whose committee has no congress to report to: the year reviewed under its own heading, the
    zone or its government working under its superiors' leadership (2015年，某新区管委会在市委市政府和新区党工委的
    正确领导下，…); never a department's summary (我局在…领导下)."""
    head = text[:3000]
    if (review := _WORK_REVIEW_PART.search(head)) and _PLACE_LED.search(head, review.end(), review.end() + 400):
        return review.span()
    return None


# a place or its government as the subject that works under its superiors' leadership (某新区在市委、市政府的坚强
# 领导下, 某区人民政府在区委的领导下)
_PLACE_LED = re.compile(
    r"(?:^|[，,。\n])[\u4e00-\u9fff]{2,10}?(?:人民政府|政府|管委会|管理委员会|新区|[区县市旗])"
    r"在[^。，,；;]{0,30}?(?:坚强|正确)?领导下"
)


def _disclosure_basis(text: str, body_start: int) -> Optional[Span]:
    """The body's first sentence, when it names the report it opens and the disclosure regulation as its basis."""
    end = text.find("。", body_start, body_start + 400)
    sentence = text[body_start : end if end > 0 else body_start + 400]
    basis = _DISCLOSURE_BASIS.search(sentence)
    # (…or publishes the report by its title: 根据《条例》和…要求，现发布《某旗2021年政府信息公开工作年度报告》)
    if basis and (re.search(r"报告|年报", _masked(sentence)) or re.search(r"发布《[^《》]*(?:报告|年报)》", sentence)):
        return body_start + basis.start(), body_start + basis.end()
    return None


# the party's leadership of a body's own line of work as the text's first part (一、坚持政治引领，将党的绝对领导贯穿
# 司法行政工作各方面 / 一、2023年工作总结 (一)坚持党建引领，不断深化党对司法行政工作的全面领导 / (一)党建引领树新风)
_PARTY_FIRST = re.compile(
    r"党建引领|党的建设|党对[^\n，,。]{2,12}工作的(?:全面|绝对)?领导|党的(?:全面|绝对)?领导贯穿[^\n，,。]{2,12}工作"
)
_HEADING = re.compile(
    r"^[ \t　]*(?:[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十]{1,2}[)）])[^\n]{0,60}", re.M
)


def _party_first(text: str, body_start: int) -> Optional[Span]:
    """The first heading of the body, or the first under a part that names the year's work in general (一、2022年工作
    情况), when it is the party's leadership of the body's own line of work: a bureau's summary of its whole year,
    whose first part a report on its rule-of-law work gives to that work (一、2022年法治政府建设情况, (一)坚持党建引领，
    统筹推进法治政府建设). None when a heading on the way names rule-of-law work."""
    for heading in list(_HEADING.finditer(text, body_start, body_start + 3000))[:2]:
        if re.search(r"法治|依法|法制", heading.group()):
            return None
        if party := _PARTY_FIRST.search(heading.group()):
            return heading.start() + party.start(), heading.start() + party.end()
    return None


# the first heading of a body given to one line of work (一、行政复议案件情况, 一、2023年规范性文件备案审查情况, 一、案件
# 办理情况 over a review office's counts of cases): that work's report, whatever its opening says of the year's
# rule-of-law government
_ONE_LINE = r"行政复议|行政应诉|复议应诉|行政诉讼|备案审查|普法|法治宣传教育"
_OTHER_LINE_FIRST = re.compile(
    r"\s*一\s*[、.．]\s*(?:(?:19|20)\d{2}\s*年度?)?[^\n]{0,6}?"
    rf"(?:{_ONE_LINE}|案件(?:办理|受理|审理|收结)情况)(?![^\n]*法治政府)"
)
# an opening whose year's subject is one line of work (2025年，某省将行政复议工作融入…大局): that work's year, whatever
# the rule-of-law government it serves
_LINE_YEAR = re.compile(rf"(?:19|20)\d{{2}}\s*年度?(?:以来)?[，,][^，,。]{{0,12}}?(?:将|把)?(?:{_ONE_LINE})")


def _other_line_first(text: str, body_start: int) -> Optional[Span]:
    """The body's first heading when it names one line of work and not the year's rule-of-law government (see
    ``_OTHER_LINE_FIRST``)."""
    heading = _HEADING.search(text, body_start, body_start + 3000)
    if heading and (m := _OTHER_LINE_FIRST.match(text, heading.start(), heading.end())):
        return m.start(), m.end()
    return None


def _masked(text: str) -> str:
    """``text`` with the titles it cites (《…》) blanked out, offsets kept: another document's title never votes."""
    return _CITED.sub(lambda m: "《" + "＿" * (len(m.group()) - 2) + "》", text)


# a notice's closing date (2021年7月16日, 二〇二六年四月三十日), on its line or run on after the signature
_CLOSING_DATE = re.compile(
    r"(?:(?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年[^。，,\n]{1,8}日(?=[ \t]*(?:\n|$))"
)
# a field a page or an account puts under a copy (来源：某公众号, 编辑：某某): no text of the document
_FIELD_ROW = re.compile(r"[^。，,\n]{1,8}[:：][^。\n]{0,30}")
# …a credit row of it on a line of its own (来源：某某普法, 编辑：某某, 审核：某某), or the account's line above it
# (原创 某某普法 某某普法 2024-01-05 09:30 发表于某地)
_CREDIT_ROW = re.compile(
    r"(?m)^[ \t　]*(?:(?:信息|文章|稿件)?(?:来源|编辑|责任编辑|审核|校对|作者|供稿|撰稿)[ \t　]*[:：][^\n]{0,30}"
    rf"|{WECHAT_ACCOUNT})$"
)


def _carries_whole(text: str, after: int) -> bool:
    """The copy holds the document a transmittal notice passes on, not the notice alone: text follows the date the
    notice closes with (a copy that ends at that date, its requests and signature above it, holds no more than the
    fields of the page or the account that posted it)."""
    dates = list(_CLOSING_DATE.finditer(text, after))
    if not dates:
        return True
    rest = [line for line in text[dates[-1].end() :].split("\n") if line.strip()]
    return any(not _FIELD_ROW.fullmatch(line.strip()) for line in rest)


def _run_on_title(text: str) -> Optional[tuple[Span, DocType]]:
    """The span and genre of a title that a copy without line breaks ran into the text's head (某局2019年林业建设
    工作总结及2020年工作计划, 议题解读:关于…的汇报, 某局2021年法治政府建设情况和2022年工作计划)."""
    head = _masked(text[:400])
    at = 0
    for _ in range(3):
        # (…under a few short lines a copy put above it: an addressee, 县委、县政府：, a byline, a breadcrumb)
        line = head[at:].split("\n", 1)[0]
        if len(line) >= 80 or len(line.strip()) > 40 or "\n" not in head[at:]:
            break
        at += len(line) + 1
    if len(line) < 80:
        return None  # the copy kept its line breaks: its title, if any, was on a line of its own
    end = line.find("。")
    for m in _RUN_ON_TITLE.finditer(line, 0, end if end > 0 else len(line)):
        words = m.group()
        if not re.search(r"\d{4}|关于|[局委厅办府院]", words) or re.search(r"我|本(?:年|单位|局)", words):
            continue  # a stray genre word, or the body's own first sentence (我代表…作工作报告, 编制本年度工作报告)
        if line[m.start() - 1 : m.start()] in ("，", ",", "》", "、") or words[0] in "和及与暨、":
            # a clause of a sentence (…召开会议，听取某局上半年工作情况汇报), or one of the things it lists (审议
            # 《某要点》和各小组2023年工作总结, 审议某委工作报告、某院工作报告), not a title
            continue
        genre = _title_genre(words)
        if genre is not None:  # the first title-like stretch that names a genre is the title
            return (at + m.start(), at + m.end()), genre
    return None


@dataclass
class Genre:
    doc_type: DocType
    evidence: list[Span] = field(default_factory=list)
    title: Optional[Span] = None  # a title the genre was read from that the title finder missed (run into the text)
    # a year's report on a body's work or on one line of it, read without a title (一、案件办理情况 / 2024年新受理…):
    # the year its body names is the report's, as for the genres that are about one year
    one_year: bool = False
    # a book's pages on the work (第二章 … / 第一节 …): its authors are no body the text names, whatever bodies its
    # history tells of
    authorless: bool = False


# a report on a year with the next year's plans appended (某局2021年法治政府建设情况和2022年工作计划, 2024年…工作情况
# 及2025年度工作思路, …工作总结和…计划): the report on its year is the document, whatever it bundles
_BUNDLE = re.compile(
    # (…its year left out, the summary named: 某局依法治县工作总结和工作计划报告)
    # (…or the next year's plan run on with no conjunction: 某局2023年工作总结2024年工作计划)
    r"(.*?(?:(?:19|20)\d{2}\s*年.*?(?:情况|总结|报告)|工作总结))(?:和|及|与|暨|以及|(?=(?:19|20)\d{2}\s*年))"
    r"(?:(?:19|20)\d{2}\s*年(?:度)?)?"
    r"[^和及与暨，,。]{0,16}?(?:计划|打算|思路|安排|要点|设想)"
)


# a template site's page of several samples of one kind, the count closing its title: 范例6篇, (精选7篇), 【热选4篇】,
# (大全7篇), 八篇 (a shop's collection that opens with the count, (6篇)某局…汇编, is read as its kind below)
_SAMPLES = re.compile(
    r"(?:范例|范文|精选|优秀|大全|通用|热选|推荐|专业)?\s*(?:[2-9]|[1-9]\d|[两二三四五六七八九十]{1,2}|多)篇[)）】]?\s*$"
)


# an explainer's title: …的政策解读, 某局局长某某：解读《某局2020年工作要点》
# (…or a body's official answering the press on a document: 某办负责同志就《…》答记者问, the document explained)
_EXPLAINER_TITLE = re.compile(r"解读$|解读《[^《》]{2,80}》$|负责(?:同志|人)就《[^《》]{2,80}》[^《》]{0,10}答记者问$")


# a place's own work report by its title: the place, its year before or after it, 工作报告 (某新区2017年工作报告)
_PLACE_WORK_REPORT = re.compile(
    r"(?:(?:19|20)\d{2}\s*年度?)?([\u4e00-\u9fff]{2,10}?(?:新区|区|县|市|旗|州|省))(?:(?:19|20)\d{2}\s*年度?)?工作报告$"
)


def _title_genre(title: str) -> Optional[DocType]:
    # a title broken over two lines reads as one, whether the break was kept or became a space (…考核 实施方案)
    title = re.sub(r"(?<=[\u4e00-\u9fff《》])\s+(?=[\u4e00-\u9fff《》])", "", title)
    if _SAMPLES.search(title) and not SAMPLE.search(title):
        # 社区法治宣传方案范例6篇, 依法治县工作总结(大全7篇): a template site's samples, no one's (a page of 范文 is
        # read as the document it carries, below: 某局法治建设情况范文(精选3篇) over that bureau's own report)
        return DocType.other
    if (source := re.search(r"[(（]([^()（）]{4,20}?(?:节选|摘编|摘要|摘登))[)）]\s*$", title)) and (
        carried := _title_genre(source.group(1))
    ):
        return carried  # 2020年政府工作(政府工作报告节选): an excerpt of the document its bracket names
    title = whole = bare_title(title)
    # a page's number or the document's first heading run onto its title (某工作方案_第2页, 某工作方案一、背景分析)
    title = re.sub(r"(?<=[\u4e00-\u9fff])(?:_第\d{1,3}页|[一1][、.．][\u4e00-\u9fff]{2,10})$", "", title)
    # a document shop's collection of one kind of document ((6篇)某局2024年度工作总结汇编): that kind
    title = re.sub(r"^[(（](?:精选)?\d{1,3}篇[)）]|(?<=[\u4e00-\u9fff])汇编$", "", title)
    if re.fullmatch(r"(?:工作|情况)?(?:年度)?(?:工作|情况)?(?:报告|总结)", title):
        return None  # 工作年度报告: the last words of a title the page broke, no kind of report: the body tells
    if _EXPLAINER_TITLE.search(title):
        # 关于印发《某规划》的政策解读, 某局局长某某：解读《某局2020年工作要点》: an explainer of the issued document, not
        # the document
        return DocType.other
    if re.search(r"(?:的|之)(?:格式|写法|写作格式|格式要求)$|(?:怎么|如何)(?:写|撰写)$", title):
        return DocType.other  # 【政府工作报告的格式】: how one is written, a guide's page, no report
    if re.search(r"信息公开指南$|政务公开指南$|办事指南$", title):
        return DocType.other  # 某区政府信息公开指南: how to ask the body for its information, no report of its year
    issued = _ISSUING.search(title)
    if _HEARD_TITLE.search(title):  # 某常委会会议听取审议…情况的报告: a session's news, the report its object
        return DocType.news
    if issued:
        if whole.endswith("的通报"):
            # 关于印发2022年《政府工作报告》主要任务…落实情况的通报: a circular on the work, no report
            return DocType.other
        title = next(g for g in issued.groups() if g)
        if re.search(r"(?:格式|模板|范本|样式|参考文本|编制指引|编写指引|编制指南)$", title):
            return DocType.other  # 印发《…年度报告格式》的通知: the form every such report follows, no report
        whole_issued = re.search(r"(?:印发|转发|批转)(.{4,80}?)的通知$", whole)
        if whole_issued and len(outside := _CITED.sub("", whole_issued.group(1))) >= 6:
            # 印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知: the issued document is the plan that
            # splits the cited report's tasks, not the report
            title = outside
    elif re.search(r"《[^《》]{0,30}施政报告》(?:的)?(?:发言|讲话|演辞)?全文", title):
        # the address's whole text as delivered (行政长官发表《行政长官2021年施政报告》发言全文): the address itself,
        # where 特首发表施政报告 alone is news of it
        return DocType.government_work_report
    elif re.search(r"通知$|的通[报告]$|的(?:决定|决议|批复|复函|函)$", title):
        # a notice that carries no document instructs (关于报告…情况的通知), a circular tells others of results or
        # of its rectification (关于…考核结果的通报, 关于巡察整改进展情况的通报), a public notice asks for comments
        # (关于《…条例(草案)》公开征求意见的通告), a decision names or awards (关于…示范区县命名的决定), a reply
        # grants (关于…的批复), a letter answers (关于…的复函, …的函): no report of its own
        return DocType.other
    else:
        title = _CITED.sub("", title)  # 关于贯彻落实《法治政府建设实施纲要》情况的报告 is a report
    sample = SAMPLE.match(title)
    if sample:  # an essay site's 某某报告范文(精选3篇): the page carries that document, or else nothing of ours
        title = sample.group(1)
    if bundle := _BUNDLE.match(title):
        title = bundle.group(1)
    # 某局2017年法治工作方案总结: the summary of how the year's plan went, the year's summary (a shop's file name)
    title = re.sub(r"方案总结$", "总结", title)
    if _PLAN_OR_BUDGET.search(title):
        return DocType.other  # 关于某县2021年国民经济和社会发展计划执行情况…的报告: the plan's or the budget's report
    if _DUTY.search(title) and not re.search(r"法治|依法|法制|清单$", _DUTY.sub("", title)):
        return DocType.accountability_report
    # a bureau's whole year, not its rule-of-law work (法制 in a congress's body, 某常委会法制工作委员会, names no work;
    # a government's legal affairs office, 某市政府法制办/某市法制局, has no other work: its year's summary is the report)
    general = not re.search(r"法治|依法|法制(?!工作委员会|委员会)", title)
    if re.search(
        r"法制(?:办公室|办|局)[^《》]{0,6}?(?:19|20)\d{2}\s*年度?(?:工作)?总结", title
    ) and not PART_YEAR.search(title):
        return DocType.annual_report  # 某市政府法制办2015年工作总结(和2016年工作要点): the office's year is its report
    if (
        general
        and re.search(r"(?:工作|年终|年度|活动|公开)总结(?:$|及|和|与)", title)
        and not re.search(r"政府信息公开(?:工作)?(?:年度)?总结$", whole)
    ):
        # 某局2022年工作总结和2023年工作要点: a summary first, whatever it bundles (某镇2024年政务公开总结: a summary
        # of the year's disclosure work, not the report the regulation asks for)
        return DocType.other
    for doc_type, cue in _GENRES:
        if cue.search(title):
            return DocType.other if doc_type is DocType.annual_report and PART_YEAR.search(title) else doc_type
    if re.search(PERFORMANCE_REPORT, title):
        return DocType.other  # 某镇镇长述职报告, 某局2025年工作述职报告: a post's whole year, told as 我 all the same
    if (place := _PLACE_WORK_REPORT.match(title)) and exact_name(place.group(1), place=True) == place.group(1):
        # 2018年某新区工作报告, 某新区2017年工作报告: a place's year told to its congress, by its government (a new
        # district's committee)
        return DocType.government_work_report
    if general and re.search(r"工作报告(?:$|及)", title):
        return DocType.other  # 某局2022年工作报告
    if (
        general
        and not re.search(r"信息公开|政务公开", whole)
        and re.search(r"(?:工作|情况|分析)的?报告$|年度报告$", title)
    ):
        # 2023年度规范性文件备案审查工作情况报告: a report on another line of work; 某股份有限公司2022年年度报告: a
        # company's statutory report on its year
        return DocType.other
    # 某县2023年重点工作进展情况表: a table, whatever report it tracks (an assessment's is above)
    if title.endswith("表"):
        return DocType.other
    if not re.search(r"法治|依法|法制|信息公开|政务公开", whole) and re.search(r"关于.{2,}的报告$", title):
        return DocType.other  # 某市政府关于2017年度环境保护工作情况的报告: a report on another subject
    return DocType.other if sample else None


# a body outside the government (a court, a procuratorate, a congress, a political consultative conference, a
# university) accounting for its own year of 法治建设 (某区人民法院2022年法治建设工作总结 / 2024年，市政协机关深入学习…):
# the same vocabulary as a government's report, but no report on rule-of-law government; named as the title's subject
# or as the subject of the body's opening sentence (after 在…领导下，), never as a body the text merely mentions
_OUTSIDE = r"(?:人民法院|人民检察院|中级法院|法院|检察院|政协|人大常委会|大学|学院|学校)(?:机关|办公室)?"
# the author's own name before the organ word: a place, not another body working with it (县司法局会同县人民法院)
_OUTSIDE_PREFIX = r"(?:(?!政府|关于|[局厅办]|会同|联合|协同|[和与及])[^\d《》，,。、\s])"
_OUTSIDE_TITLE = re.compile(rf"^{_OUTSIDE_PREFIX}{{0,20}}?{_OUTSIDE}(?:关于)?(?:19|20)\d{{2}}")
# a title on a school's rule-of-law work (依法治校工作总结) or on one campaign (开展法治政府示范创建工作情况汇报): a report,
# but not on a government's year of rule-of-law work
# (…its creation named first: 某局创建全国法治政府建设示范市工作开展情况, 争创…示范县工作汇报)
_CAMPAIGN_TITLE = re.compile(r"依法治校|示范创建|(?:创建|争创)[^。\n]{0,12}示范(?:市|县|区|地区)")
# …unless its preamble reports its year's rule-of-law government work all the same (某镇2022年度法治政府建设示范创建
# 工作报告: 现将我镇本年度法治政府建设工作情况报告如下)
_YEAR_OF_WORK_REPORTED = re.compile(
    r"现将[^。，,]{0,12}(?:本|(?:19|20)\d{2}\s*)年度?法治政府建设(?:工作)?(?:开展)?情况(?:报告|汇报)如下"
)
# an article that speaks of itself as 本文 (本文将深入探讨…, 本文从多维度剖析…) or opens on its 引言: a writer's view of
# the work, whatever report's parts it borrows (not a mirror's disclaimer, 对本文以及其中全部或者部分内容…)
# (…or a journal article's keywords line, 关键词:年度报告 行政法治; never a page's empty metadata field, 关键词:) —
# but a report's own foreword headed 引言 (引言⏎本年度报告根据…编制) is the report speaking. (The agency finder's last
# resort asks it too: an essay on a kind of body is written by none of them.)
ARTICLE = re.compile(
    # (…its introduction numbered as its first part: 一、引言)
    # (…or calls itself 文章 at a sentence's start: 。文章以某地2021—2023年行政诉讼情况为视角，分析原因…)
    # (…or says what follows will analyse: 以下将深入解析某局长如何构建…)
    r"(?:本文|(?<=[。\n])文章)(?:将|从|就|旨在|试图|尝试|拟|通过|对|以(?=[^。\n]{2,40}为))|以下将(?:深入)?(?:解析|探讨|分析)|^[ \t\u3000]*(?:[一1][、.．][ \t\u3000]*)?引言[ \t\u3000]*$(?!\s*本(?:年度)?报告)|"
    r"^[^\n]{0,30}关键词\s*[:：][ \t]*[^\s:：]|"
    # (…or an abstract followed by its English version, <<In 2021, Shenzhen further…: a scholar's, never a body's
    # report, which is not translated on its own page)
    r"^[ \t]*(?:<<|《|\[)?[ \t]*[A-Z][a-z]{1,12}[ ,][A-Za-z0-9 ,.;:()’'“”\"-]{200}",
    re.M,
)
# a journal's issue line (某某学报 2015年3期, 某某研究 2020年第4期), or any periodical's name and issue alone on a
# line, as an aggregator prints it under the article's title (中国某某 2022年6期)
_JOURNAL = re.compile(
    r"(?:学报|学刊|期刊|杂志|研究)》?\s*(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*期"
    r"|^[ \t]*[\u4e00-\u9fff·]{2,12}[ \t]+(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*期[ \t]*$",
    re.M,
)
# a preamble that announces its text as an explainer, in questions and answers or not (现以问答形式进行解读, 解读如下)
_EXPLAINED = re.compile(r"以问答(?:的)?(?:形式|方式)[^。\n]{0,8}?解读|(?:进行|作)(?:简要)?解读[。：:]|解读如下")
# a subsection heading's words, up to its first mark ((一)守法治之规，规范内部管理。)
_SUBSECTION = re.compile(r"^[ \t　]*[(（][一二三四五六七八九十]{1,2}[)）]\s*([^。，,；;：:\n]{2,30})", re.M)
_LAW_IN_HEADING = re.compile(r"法治|依法|法制")
_OUTSIDE_OPENING = re.compile(
    rf"^(?:19|20)\d{{2}}\s*年(?:度)?(?:以来)?[，,]\s*(?:在[^。，,]{{0,40}}下[，,]\s*)*"
    rf"(?!在){_OUTSIDE_PREFIX}{{0,16}}?{_OUTSIDE}(?=[^，,。、\s]{{0,2}}(?:在|深入|坚持|始终|认真|全面|紧紧|持续|以|把))",
    re.M,
)


# a guide to writing a kind of document (政府报告应该怎么写, …的写作应遵循一定的格式, 撰写…报告时): it names the parts
# such a document has (主动公开政府信息的情况…) without being one
# (…or the structure and format one is written to: 政府工作报告通常按照一定的结构和格式进行撰写)
_WRITING_GUIDE = re.compile(
    r"怎么写|如何写|的写作应|写作(?:格式|要求|技巧|方法|要点)|撰写[^。\n]{0,20}?时[，,]"
    r"|按照[^。\n]{0,12}?(?:结构|格式)[^。\n]{0,8}?(?:进行)?撰写"
)
# an interview told as who said what (何某(以下简称“何”)：…) in the first person: the words of those asked, no report
_INTERVIEW = re.compile(r"[(（]以下简称[“\"]?[\u4e00-\u9fff]{1,3}[”\"]?[)）][:：]")
# a body's guide to what it discloses, by its title's line (某区人民政府办公室政府信息公开指南(2023年版)) or its first part
# (一、本机关持有政府信息基本情况, 一、信息分类和编排体系), or its preamble naming itself (本机关编制了《某区政府信息公开
# 指南》(以下简称《指南》)): no year's report, whatever disclosure words it repeats
_DISCLOSURE_GUIDE = re.compile(
    r"(?m)^[^\n。]{0,80}信息公开指南(?:\s*[(（][^()（）\n]{0,12}[)）])?[ \t]*$|本机关持有的?政府信息(?:基本)?情况"
    r"|^\s*[一1][、.．]\s*信息分类(?:和|与|及)编排体系|信息公开指南》[(（]以下简称《指南》"
)


# a copy that starts at part 一 or at its first item (一), or at one paragraph on its work before them
# (…under a WeChat account's line, 原创 某某普法 2024-01-05 09:30 发表于某地)
_PART_ONE_OPENS = re.compile(
    rf"\s*(?:{WECHAT_ACCOUNT}\n\s*)?"
    r"(?:([^\n]{20,300})\n\s*)?(?:一[、.．]|[(（]一[)）])"
)


# a report's item on one topic of its year, named as that topic's state (（一）学习贯彻习近平法治思想情况。), on a line of its
# own or run into its first point (…情况。一是我委…, a copy whose line breaks were lost)
_TOPIC_ITEM = re.compile(
    r"^[ \t　]*[(（][一二三四五六七八九十]{1,3}[)）]([^\n。]{2,40})情况(?:[。.]?[ \t　]*$|。(?=一是|1[、.．]))", re.M
)


def _tells_topics(body: str, start: int) -> bool:
    """A copy that starts at its part 一 (一、基本情况) and whose first items each tell the state of one topic, one of
    them a rule-of-law report's own (学习贯彻习近平法治思想情况, 深化“放管服”改革情况): a department's report that lost
    its title and formula, whose opening (cut by the page) may tell too little for ``_tells_done`` (a plan's tasks
    are never named as states)."""
    topics = [m.group(1) for m in _TOPIC_ITEM.finditer(body, start, start + 1500)]
    return len(topics) >= 2 and any(re.search(rf"法治思想|{_LAW_WORDS.pattern}", topic) for topic in topics)


# an online encyclopedia's name on a line of its own at the top of the page (求真百科, 百度百科): its entry on a subject
_ENCYCLOPEDIA = re.compile(r"^[ \t]*([\u4e00-\u9fff]{2,4}百科)[ \t]*$", re.M)
# a questionnaire's or a ballot's greeting to the public, asking for its rating (尊敬的先生/女士：您好！…现对…进行满意度
# 测评…投上宝贵的一票): a page that asks, whatever the work it asks about and whatever numbered items it lists
_QUESTIONNAIRE = re.compile(
    r"^\s*(?:尊敬的|亲爱的)[^\n:：。]{1,16}[:：]\s*您好[!！,，。]?[^\n]{0,300}?(?:问卷|测评|投票|一票|打分|评分|调查)"
)
# a book's chapter and its first section heading the page (第二章 某某实践 / 第一节 某某领域): a book's pages on the
# work, whatever history of a body they tell
_BOOK_CHAPTER = re.compile(
    r"\A\s*第[一二三四五六七八九十\d]{1,3}章[ \t　]*\S[^\n]{0,40}\n\s*第[一二三四五六七八九十\d]{1,3}节[ \t　]*\S"
)
# a copy that opens on an enforcement report's first part (一、2024年行政执法基本情况)
_ENFORCEMENT_YEAR = re.compile(r"\s*(一\s*[、.．]\s*(?:(?:19|20)\d{2}\s*年度?)?行政执法(?:工作)?基本情况)[ \t　]*\n")
# the first part of a year's summary, as the first line of a copy with no title (一、2023年工作总结)
_YEAR_SUMMED_FIRST = re.compile(
    # (…or its one line of work's: 一、2024年行政执法基本情况)
    r"(?:\A|\n)[ \t　]*(一\s*[、.．]\s*(?:19|20)\d{2}\s*年度?(?:(?:工作)?(?:总结|回顾)"
    r"|[\u4e00-\u9fff]{2,8}?(?:工作)?(?:基本|开展)情况))[ \t　]*\n"
)
# a head's article in a journal, told and carried by the news (发表题为《…》的署名文章)
_SIGNED_ARTICLE = re.compile(r"发表(?:了)?(?:题为)?《[^《》\n]{2,60}》的?(?:署名)?文章")
# a resolution's adoption line opening its text (a journal database's 摘要 may stand before it)
_ADOPTION_OPENING = re.compile(
    r"(?:\s*摘要)?\s*([(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）\n]{4,60}?通过\s*[)）])"
)
# a survey's report: its first part on the survey itself (一、调研基本情况 / 一、调研的基本情况)
_SURVEY_PART = re.compile(r"^[ \t　]*一\s*[、.．]\s*(?:本次)?调研(?:工作)?的?(?:基本)?情况[ \t　]*$", re.M)
# a paper's series label over an item (“某省某改革”系列报道之六, 系列评论（三）)
_SERIES = re.compile(
    r"系列(?:报道|评论|访谈|述评)\s*(?:之[一二三四五六七八九十\d]{1,3}|[(（][一二三四五六七八九十\d]{1,3}[)）])"
)
# a yearbook's page: its running head, the book's name and volume alone on a line (Page 220 - 某市年鉴2017, 某市年鉴/2017,
# 某县年鉴(2021)), never a headline about the book (《某市年鉴2017》正式出版)
YEARBOOK_HEAD = re.compile(
    r"^[ \t]*(?:Page\s*\d{1,4}\s*[-–—]\s*)?[\u4e00-\u9fff]{2,12}年鉴\s*[/(（·]?\s*((?:19|20)\d{2})\s*[)）]?\s*卷?[ \t]*$",
    re.M,
)


def find_genre(text: str, title: Optional[str], title_span: Optional[Span], part_headings: list[Span]) -> Genre:
    """The genre by the weight of evidence (see ``_weigh_genre``); a report on a year of 法治建设 whose author is no
    government body (a court's, a university's own summary) is not a rule-of-law government report."""
    if asks := _QUESTIONNAIRE.search(text, 0, 400):
        return Genre(DocType.other, [asks.span()])
    if not title_span and (adopted := _ADOPTION_OPENING.match(text)):
        # (2021年3月11日第十三届全国人民代表大会第四次会议通过)…会议听取和审议了…: a resolution that lost its title,
        # opening on its adoption line, however its first sentence tells what the session heard (a title that names a
        # genre, 某省委…实施意见 over its adoption line, keeps it)
        return Genre(DocType.other, [adopted.span(1)])
    if chapter := _BOOK_CHAPTER.match(text):
        return Genre(DocType.other, [chapter.span()], authorless=True)
    if encyclopedia := _ENCYCLOPEDIA.search(text, 0, 300):
        # 求真百科 / 信息公开制度: an encyclopedia's entry on the subject, whatever the provisions it quotes
        return Genre(DocType.other, [encyclopedia.span(1)])
    # (the pages above are no one's text whatever the evidence weighs: it is weighed only for the rest)
    genre = _weigh_genre(text, despace(title) if title else None, title_span, part_headings)
    if genre.doc_type is DocType.other and (series := _SERIES.search(text, 0, 300)):
        # “某省某改革”系列报道之六 over a feature's headline: a paper's series, news of the work whatever it surveys
        return Genre(DocType.news, [series.span()])
    if genre.doc_type is not DocType.other and (yearbook := YEARBOOK_HEAD.search(text, 0, 300)):
        # Page 220 - 某市年鉴2017: a yearbook's entries, whatever dated headlines (【…】 8月21日，…) they run under
        return Genre(DocType.other, [yearbook.span()])
    if genre.doc_type is DocType.news and (surveyed := _SURVEY_PART.search(text, 0, 2000)):
        # …进行了专项调研。本次调研旨在… / 一、调研基本情况: a survey's report in parts, whatever its lead tells as news
        return Genre(DocType.other, [surveyed.span()])
    if genre.doc_type is DocType.news and (
        (article := _JOURNAL.search(text, 0, 1500))
        or (article := next((a for a in ARTICLE.finditer(text, 0, 1500) if "关键词" not in a.group()), None))
    ):
        # a journal article's page (某学报 2015年3期, 本文…) is no news of the work either, whatever date stamp stands
        # under its title; a news page's own keywords field (关键词: …) says nothing of the kind, but neither does it
        # hide the article's other marks below it (关键词:… / 一、引言)
        return Genre(DocType.other, [article.span()])
    if (
        genre.doc_type is DocType.implementation_plan
        and not title_span
        and ((article := _JOURNAL.search(text, 0, 1500)) or (article := ARTICLE.search(text, 0, 1500)))
    ):
        # 某某:当代…关系——基于2011—2020年…数据的分析 / …本文以2011—2020年…为…: a paper on a span of years (from a
        # journal, 《某某研究》2022年第4期), no plan for it
        return Genre(DocType.other, [article.span()])
    if (
        genre.doc_type is DocType.other
        and not genre.one_year
        and not title_span
        and (summed := _YEAR_SUMMED_FIRST.search(text, 0, 300))
    ):
        # 您当前的位置：首页 > 内容 / 一、2023年工作总结 / (一)特色亮点工作: a body's summary of its year that lost
        # its title, the year its first part sums up its own…
        subsections = [m for m in _SUBSECTION.finditer(text, summed.end(), summed.end() + 3000)][:3]
        if len(subsections) >= 2 and all(_LAW_IN_HEADING.search(m.group(1)) for m in subsections):
            # …unless each of its subsections is 法治 work ((一)守法治之规… / (二)借法治之力…): the year of a body's
            # rule-of-law work, its report
            return Genre(
                DocType.annual_report, [summed.span(1), *(m.span(1) for m in subsections)], genre.title, one_year=True
            )
        return Genre(DocType.other, [*genre.evidence, summed.span(1)], genre.title, one_year=True)
    if genre.doc_type is DocType.annual_report and not title_span and (enforcement := _ENFORCEMENT_YEAR.match(text)):
        # 一、2024年行政执法基本情况 / 二、开展执法规范化建设有关情况: a body's yearly enforcement report (行政执法工作年度
        # 报告), the one line of work the three-systems rules ask it to publish, not its rule-of-law government report
        return Genre(DocType.other, [enforcement.span(1)], genre.title, one_year=True)
    if genre.doc_type is not DocType.annual_report:
        return genre
    start = title_span[1] if title_span else 0
    if (
        title
        and title_span
        and (
            _OUTSIDE_TITLE.search(title)
            or (_CAMPAIGN_TITLE.search(title) and not _YEAR_OF_WORK_REPORTED.search(text, start, start + 600))
        )
    ):
        return Genre(DocType.other, [title_span])
    if own := _OUTSIDE_OPENING.search(text, start, start + 300):
        return Genre(DocType.other, [own.span()])
    if explained := _EXPLAINED.search(text, start, start + 400):
        # …现以问答形式进行解读 / 问：… 答：…: an explainer of the year's report, whatever it tells of the work
        return Genre(DocType.other, [explained.span()], one_year=True)
    if signed := _SIGNED_ARTICLE.search(text, 0, start + 400):
        # 近日，某厅厅长某某在《某刊》发表题为《…》的署名文章…文章全文如下: news of a head's article, carried whole;
        # an article on the work, whatever parts it reviews, is no body's report
        return Genre(DocType.news, [signed.span()])
    if (article := ARTICLE.search(text, 0, 1500)) and not (_LATIN_LINE.match(article.group()) and _bilingual(text)):
        # 本文将深入探讨…: an article on the work, no body's report (an English paragraph is an abstract's version,
        # unless every paragraph is paired with its translation: a translator's page carrying the report whole)
        return Genre(DocType.other, [article.span()])
    return genre


_LATIN_LINE = re.compile(r"^[ \t•·*-]*(?:<<|《|\[)?[ \t]*[A-Z][a-z]{0,12}[ ,.]")
_HAN_LINE = re.compile(r"[\u4e00-\u9fff]{8}")


def _bilingual(text: str) -> bool:
    """The page pairs its paragraphs with their English (2021年，某局… / In 2021, the … Administration…) three times
    or more in its first 3,000 characters: a parallel translation, not an abstract with its English version."""
    lines = [line for line in text[:3000].split("\n") if line.strip()]
    pairs = sum(
        1
        for before, line in zip(lines, lines[1:])
        if _HAN_LINE.search(before) and _LATIN_LINE.match(line) and not _HAN_LINE.search(line)
    )
    return pairs >= 3


def _weigh_genre(text: str, title: Optional[str], title_span: Optional[Span], part_headings: list[Span]) -> Genre:
    """``part_headings``: spans of headings that name a mandated part (measures, shortfalls, duty, plans).

    The title decides when it names a genre outright; a news lead or headline makes news unless the body that
    follows is the report itself (全文如下, a preamble formula, mandated-part headings); otherwise the body's
    evidence for a report (preamble formula, part headings, a retrospective opening, 特此报告) is weighed
    against a plan's, a disclosure report's, a government work report's and a leader's first-person account."""
    head = text[:3000]
    body_start = title_span[1] + 1 if title_span else 0
    opening = text[: body_start + 400]
    while m := re.match(r"[^\n]{0,16}〔\d{4}〕\d+号\n|[^\n。]{2,40}[:：]\n", text[body_start:]):
        body_start += m.end()  # a document number or an addressee line above the body
    own_title = re.sub(r"\s", "", bare_title(title)) if title else None
    for _ in range(12):  # a column label (省部要闻), a byline, a date and reading count, metadata above the body
        line = text[body_start:].split("\n", 1)[0]
        if own_title and "\n" in text[body_start:] and re.sub(r"\s", "", bare_title(line)) == own_title:
            body_start += len(line) + 1  # the title again under the page's furniture (a mirror repeats it)
            continue
        m = re.match(
            r"(?![一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d])[^\n。，,；;]{1,40}\n",
            text[body_start:],
        )
        if not m or _title_genre(m.group().strip()):
            break  # a line that names a genre is a title the finder missed: the body's first line for the fallback
        body_start += m.end()
    first_line = text[body_start : text.find("\n", body_start) if "\n" in text[body_start:] else len(text)]
    if not title_span and (
        entry := re.fullmatch(r"[ \t\u3000]*(?:综[ \t\u3000]*述|概[ \t\u3000]*况)[ \t\u3000]*", first_line)
    ):
        # 综 述 / 概况 over 2015年，全市推进依法行政…: a yearbook's entry on its year, no body's report
        return Genre(DocType.other, [(body_start + entry.start(), body_start + entry.end())])
    evidence: list[Span] = [title_span] if title_span else []
    body = _masked(head)  # cited titles never vote
    # (…nor do an account's credits under a copy, 来源：某某普法 / 编辑：某某, in the count of 普法 against the
    # rule-of-law work)
    pufa_words = _CREDIT_ROW.sub("", body).count("普法")
    preamble = _PREAMBLE.search(body)
    other_topic = preamble and _OTHER_TOPIC.search(body, max(0, preamble.start() - 30), preamble.end())
    if other_topic:
        preamble = None  # 对林业执法工作汇报如下: a report on another line of work, whatever its formula
    closing = _CLOSING.search(text[-400:])
    # the opening sentence of a report on a year of rule-of-law work names that work (a bureau's general work
    # summary, 各项工作均取得新进展, opens the same way)
    # an opening maxim may come first (法治是安邦治国的基石…。2022年，在…领导下，…): then the next sentence opens
    motto = re.match(r"[^。\n]{4,60}。\s*(?=(?:19|20)\d{2}\s*年|今年以来|一年来|过去一年)", first_line)
    opening_line = first_line[motto.end() :] if motto and "年" not in motto.group() else first_line
    opening_at = body_start + len(first_line) - len(opening_line)
    if not _RETROSPECT.search(opening_line) and not _NEWS_LEAD.search(opening):
        # a page's notices above the body (当前浏览器版本过低…。请切换至极速模式。): the report opens on a later line;
        # notices are short and say nothing of the work (a news item's first paragraph does)
        line_at = body_start
        for line in text[line_at : body_start + 600].split("\n")[:6]:
            if _RETROSPECT.search(line):
                opening_line, opening_at = line, line_at
                break
            if _METADATA_ROW.search(line):
                line_at += len(line) + 1  # 组配分类 | 法治政府工作报告 | 发布机构 | 某局: the page's rows, not the body
                continue
            if len(line) > 60 or re.search(
                r"法治|依法|法制|^[一二三四五六七八九十]{1,3}[、.．]|^[(（][一二三四五六七八九十]", line
            ):
                break  # the body has begun without a retrospective opening
            line_at += len(line) + 1
    # …or the thought on the rule of law as the guide of its year (2024年，某署坚持以习近平法治思想为指导，…审计工作
    # 法治化): the year's work is its rule-of-law work, whatever the body calls it
    retrospect = (
        _RETROSPECT.search(opening_line)
        # (a sector's year that only rules its own field by law, 依法治教 or 依法治校, is that sector's year)
        and re.search(
            rf"{_RULE_OF_LAW_WORK.pattern}|以习近平法治思想为指导|法治工作水平", _OWN_FIELD.sub("", opening_line)
        )
        and not re.match(r"[^，,]{0,12}[，,]\s*(?:我国|全国|中国)", opening_line)
        # (a justice bureau's year of its own line, 统筹推进依法治区和司法行政重点工作, names no government's work)
        and not (re.search(r"司法行政", opening_line) and not re.search(r"法治政府", opening_line))
        # (…nor the year ahead told what its bodies must do: 2016年，全省各级农业部门要认真贯彻…: a year's points)
        and not _YEAR_AHEAD.match(opening_line)
        and not _LINE_YEAR.match(opening_line)
    )  # 2018年，我国…: a survey, not a body's report; 依法治区办 is a body, not the work
    # a formula that names the work it reports (现将本镇2023年度法治政府建设工作的主要情况报告如下) outweighs the
    # vocabulary of one of that work's sections (a part on 政府信息公开 names 主动公开, 依申请公开 again and again)
    topical = (
        preamble is not None
        and re.search(r"法治政府|依法行政|法治(?:\S{0,4})建设", preamble.group())
        and not re.search(r"本人|述法|第一责任人", preamble.group())  # a leader's own duty report is not the body's
    )
    # the mandated part ① under its own name (一、2023年推进法治政府建设的主要举措和成效): a report's part, never a
    # plan's task (a plan's 牵头单位、完成时限 may be the report's words too, on work done)
    part_one_lines = [
        text[m.start() : m.end()]
        for a, b in part_headings
        if (m := _PART_ONE.match(text, text.rfind("\n", 0, a) + 1, b))
    ]
    part_one = bool(part_one_lines)
    annual_weight = (
        (2 if preamble else 0)
        + (2 if topical else 0)
        + min(len(part_headings), 3)
        + (1 if closing else 0)
        + (2 if retrospect else 0)
        + (2 if part_one else 0)
    )
    annual_evidence = ([preamble.span()] if preamble else []) + part_headings[:3]
    if retrospect:
        annual_evidence.insert(0, (opening_at, opening_at + min(len(opening_line), 20)))
    first_person = len(_FIRST_PERSON.findall(body))

    wrapped = preamble is not None and re.search(r"如下|^以下", preamble.group()) is not None
    bare = bare_title(
        re.sub(r"^(?:\[[^\]]{1,10}\]|【[^】]{1,10}】|[(（][^()（）]{2,10}[)）]|[^丨\n]{2,10}丨)", "", title or "")
    )
    # ([权威发布]福建省…报告, (两会受权发布)某院工作报告, 两会受权发布丨某院工作报告: the tag is the site's, the headline
    # the rest)
    headline = (
        bare
        and not bare.startswith("关于")
        # (印发《…》的通知: a notice that issues a document, whatever tag a page runs onto its end; 某厅关于印发某省2017年:
        # its title cut short by the page)
        and not re.search(r"的通知$|的报告$|印发《[^《》]{2,80}》的通知|关于印发", bare)
        # (…nor any document a body issues 关于 something: 某办关于…考核结果的通报, 某局关于…的决定)
        and not re.search(r"关于[^。，,]{2,60}的(?:通报|决定|批复|(?:指导|实施|若干)?意见|公告|通告|复?函)$", bare)
        # (…or a headline's subject and predicate, 县司法局突出五项重点开创…新格局, whose end names no document)
        and (
            _NEWS_TITLE.search(_CITED.sub("", bare))
            or (headline_subject(bare) and not _NOUN_TITLE_END.search(bare) and not _NOT_A_HEADLINE.search(bare))
        )
        # 在…推进会上的讲话 (…上的汇报发言, 表态发言): a speech, not news of it
        and not re.search(rf"的{SPEECH_WORD}$", bare)
        # (…nor the script of one, a speech's or a press conference's: …讲话稿, …新闻发布稿)
        and not re.search(r"(?:讲话|致辞|发言|发布)(?:稿|材料)$", bare)
        and not _EXPLAINER_TITLE.search(bare)  # 某局局长某某：解读《某局2020年工作要点》: an explainer, not news
    )
    if (
        (speech := _GOV_SPEECH.search(text, body_start, body_start + 400))
        and not _OTHER_PLENARY.search(body)
        # (…but a news headline over a speaker's words quoted, 某县人大会议隆重开幕 / 县长某某：“…我代表县人民政府，
        # 向大会报告工作…”: news of the session that heard it)
        and not (headline and "“" in text[text.rfind("\n", 0, speech.start()) + 1 : speech.start()])
    ):
        return Genre(DocType.government_work_report, [speech.span()])  # whatever headline a site put above it
    if decree := _DECREE_HEAD.search(text, 0, 200):
        # 中华人民共和国国务院令 / 第706号 / 《某条例》已经…通过，现将…公布: a decree that puts a regulation in force, no
        # news of one
        return Genre(DocType.other, [decree.span()])
    if minutes := _MINUTES.search(text, body_start, body_start + 600):
        # …主持召开县人民政府第47次常务会议，…现纪要如下: the meeting's minutes, a record the body keeps, not news of it
        return Genre(DocType.other, [minutes.span()])
    if (explains := _EXPLAINS.search(text, body_start, body_start + 600) or _ASKS.match(text, body_start)) and (
        annual_weight < 4
    ):
        # …拟订了《某规划》…，某局对主要内容作出如下解读: an explainer, whatever news its first sentence tells
        return Genre(DocType.other, [explains.span()])
    if (
        bare
        and not bare.startswith("关于")
        and _RULE_TITLE.search(bare)
        and annual_weight < 4
        # (…but an assessment's scoring rules, 某年度法治政府建设考核评分细则, are its form)
        and _title_genre(bare) is not DocType.assessment_form
    ):
        return Genre(DocType.other, evidence)  # 某区人民政府重大行政决策听取意见制度: a rule, whatever verb it names
    if headline and not wrapped and annual_weight < 4:
        return Genre(DocType.news, evidence)
    by_title = _title_genre(title) if title else None
    if by_title is None and (made := rule_made(text, body_start)):
        # 为…，制定本办法。 本办法适用于… … 本办法自2024年1月1日起施行。: a rule whose article numbers a crawl dropped,
        # whatever its subject's words (a rule on disclosure or on law-based administration repeats a report's)
        return Genre(DocType.other, [made.span()])
    if (
        by_title is DocType.other
        and topical
        and part_one
        and re.search(r"情况的?报告$", title or "")
        and not YEAR_SPAN.search(title or "")  # (关于2016—2020年…情况的报告: five years, no report on one)
    ):
        # a title that names no work (建设工作情况的报告, its first words lost) over a formula that reports the year's
        # rule-of-law government work and its part ① under its own name: the report the formula says it is
        by_title = DocType.annual_report
    if by_title is None and preamble and _DISCLOSURE_MARKS.search(_CITED.sub("", preamble.group())):
        by_title = DocType.information_disclosure_report  # 现将…2024年政府信息公开主要工作报告如下
    if by_title is None and (basis := _disclosure_basis(text, body_start)):
        return Genre(DocType.information_disclosure_report, [basis])
    if by_title is None and (part := _DISCLOSURE_PART_ONE.match(_masked(text), body_start, body_start + 600)):
        return Genre(DocType.information_disclosure_report, [part.span()])
    if (
        by_title is None
        and preamble
        and (overall := _OVERALL_NEXT.match(text, preamble.end()))
        and re.search(r"政务公开|政府信息公开", text[text.rfind("\n", 0, preamble.start()) + 1 : preamble.start()])
    ):
        # 2024年，某街道…稳步推进政务公开工作…，现将本年度工作情况报告如下：/ 一、总体情况: a year of open
        # government told in its formula's paragraph, then the template's first part
        return Genre(DocType.information_disclosure_report, [preamble.span(), overall.span(1)])
    rows = list(_DISCLOSURE_TABLE.finditer(text, 0, 5000)) if by_title is None else []
    if len({m.group() for m in rows}) >= 2:
        return Genre(DocType.information_disclosure_report, [rows[0].span()])  # the template's tables alone
    if by_title is None and (entry := _ENTRY.match(first_line)):
        by_title = _title_genre(entry.group(1))  # 《X》是2019年某市人民政府发布的通知。: an encyclopedia's entry on X
    if by_title is None and (tag := re.match(r"【([^】]{2,20})】", first_line)):
        by_title = _title_genre(tag.group(1))  # 【普法工作总结】为深入贯彻…
    if (
        by_title is None
        and not title_span
        and (sent := _SENT_UP.search(head, 0, 800) or _ISSUED_ON_APPROVAL.search(head, 0, 800))
    ):
        # 现将我局《2024年度…法治政府建设工作总结》随文上报 / 某事业“十四五”发展规划已经市政府同意，现予印发: the
        # document below, sent up or passed on by the notice whose title the copy lost
        by_title = _title_genre(sent.group(1))
    if by_title is None and not title_span and len(first_line) <= 60 and SURVEY.search(_CITED.sub("", first_line)):
        # a survey's title the finder took for furniture (某法治政府发展报告(2025) | 副题)
        return Genre(DocType.other, evidence, (body_start, body_start + len(first_line)))
    run_title: Optional[Span] = None
    if by_title is None and not title_span and (run := _run_on_title(text)):
        if run[1] is DocType.other:  # 某局2018年工作总结及2019年工作思路今年以来，…: a copy without breaks
            return Genre(DocType.other, [run[0]], run[0])
        words = text[run[0][0] : run[0][1]]
        if (
            # (…or a year's plan whose title opens the copy: 县林业局2017年工作计划2017年，全县林业工作要…; never a plan
            # the first sentence cites, 对标…2024年某区法治政府建设工作要点各项目标)
            (
                run[1] is DocType.annual_report
                or (
                    run[1] is DocType.work_points
                    and not text[: run[0][0]].strip()
                    # (某县2018年政务公开工作要点实施方案: the plan that carries out a year's points, its title read
                    # short)
                    and not re.match(r"(?:实施|分工|落实)?方案|分工", text[run[0][1] :])
                )
            )
            and re.search(r"(?:19|20)\d{2}\s*年", words)
            and not _NEWS_TITLE.search(words)  # 某部发布2021年…年度报告 / 审议…情况报告: a headline, not the title
            and not re.search(r"审议|听取", words)
        ):  # 某局2021年法治政府建设情况和2022年工作计划热点资讯2021年，…
            by_title, run_title = run[1], run[0]
            evidence = [run[0], *evidence]
    # the formula's paragraph told by a person (本人主动接受监督…。现…将履职情况报告如下): a leader's own account
    # (述法 only in the formula's own sentence, 现将本人述法情况报告如下: a paragraph of honours may list a 述法测评)
    own_account = told_duty = False
    if preamble is not None:
        paragraph = text.rfind("\n", 0, preamble.start()) + 1
        sentence = max(paragraph, text.rfind("。", 0, preamble.start()) + 1)
        # (a 述职报告 whose formula reports 述法 too: 现将本人一年来的述职、述法情况报告如下)
        told_duty = bool(re.search(r"述法", _CITED.sub("", text[sentence : preamble.end()])))
        own_account = bool(
            re.search(r"本人", text[paragraph : preamble.end()])
            # (not inside a cited notice's title: 根据《关于做好…报告和党政主要负责人述法工作的通知》要求，我局…; nor
            # under a title that names a body's yearly report, 某局2024年度法治政府建设年度报告 …现述法报告如下,
            # with no person telling it)
            or (by_title is None and re.search(r"述法", _CITED.sub("", text[sentence : preamble.end()])))
            # (…or a formula that reports only the leaders' duty, 现将我街道党政主要负责人落实法治建设第一责任人职责情况
            # 报告如下, never the body's year of rule-of-law work with it)
            or (
                by_title is None
                and bool(_DUTY.search(formula := _CITED.sub("", text[sentence : preamble.end()])))
                and re.search(r"主要负责人", formula) is not None
                and re.search(r"(?:法治(?:政府)?建设(?:工作)?|依法行政)(?!第一责任人)", formula) is None
            )
        )
    if by_title in (None, DocType.annual_report) and ((by_title and first_person >= 2) or own_account):
        by_title = DocType.accountability_report  # 某书记履行第一责任人职责情况的报告, told as 我…
    elif by_title is DocType.other and told_duty and title and re.search(PERFORMANCE_REPORT, title):
        by_title = DocType.accountability_report  # 某局副局长述职报告 whose formula reports 述职、述法 together
    if by_title is None and (own := _OWN_OPENING.match(opening_line)):
        # a copy that lost its title: a year told by a person (今年以来，我认真… / 2024年以来，在市委的领导下，我带领…)
        # is a leader's own account, not the body's report on its year
        return Genre(DocType.accountability_report, [(opening_at + own.start(), opening_at + own.end())])
    if by_title in (None, DocType.other) and (byline := _FEATURE.search(text[: body_start + 200])):
        return Genre(DocType.news, [byline.span()])  # a newspaper's feature (某局“八五”普法工作综述 / 本报记者 某某)
    if (
        by_title in (None, DocType.other)
        and not (wrapped or annual_weight >= 4)
        and (subtitle := _FEATURE_SUBTITLE.search(text, 0, body_start + 600))
    ):
        return Genre(DocType.news, [subtitle.span()])  # …and its subtitle (——某县做实做细法治建设工作纪实)
    if (
        by_title is None
        and not (wrapped or annual_weight >= 4)
        and (credit := _CREDIT.search(head))
        # (a reply's or a notice's formula above it, …收悉，现答复如下, is the text's: the credit is a teaser's below it)
        and not _NOTICE_FORMULA.search(text, body_start, credit.start())
    ):
        return Genre(DocType.news, [credit.span()])  # an item its reporter signs: …进行了交流。(记者 某某)
    if by_title and by_title is not DocType.annual_report:
        return Genre(by_title, evidence)

    if by_title is None:
        if sent := _TRANSMITTED.search(head):
            carried = sent.group(sent.lastindex or 1)
            if re.fullmatch(r"关于[^《》]{2,56}的(?:批复|复函|函)", carried):
                # 《X规划》经市政府常务会审议通过，按照市政府《关于…的批复》要求，现印发给你们: the reply cited is the
                # authority, X the document the notice carries
                opened = max(head.rfind("。", 0, sent.start()), head.rfind("\n", 0, sent.start())) + 1
                if first := re.search(r"《([^《》]{2,60})》", head[opened : sent.start()]):
                    carried = first.group(1)
            if not _carries_whole(text, sent.end()):
                # 《X》…现印发给你们 and the notice's closing words, its signature and date: X itself is not in the copy
                return Genre(DocType.other, [sent.span()])
            if inner := _title_genre(carried) or (DocType.other if _RULE_TITLE.search(carried) else None):
                return Genre(inner, [sent.span()])  # 现将《X工作要点》印发给你们: the notice carries X (a rule: other)
        # (a news lead on the body's first line, 1月30日，全省…会议在长沙召开, tells of the meeting whose requirements
        # its body then quotes: 今年工作的总体要求是… is the meeting's, not the text's own)
        lead = _MEETING_DAY.match(text, body_start, body_start + len(first_line))
        notice = _NOTICE_FORMULA.search(text, body_start, body_start + 1500)
        if notice and not _PAPER_CREDIT.search(text, body_start, notice.start()):
            # 现将有关事项通知如下 / 现将办理情况函告如下: a notice, a reply (a paper's item that quotes one, 本报讯 记者
            # 某某报道：近日，某厅通报表彰…, is news of it)
            return Genre(DocType.other, [notice.span()])
        if not topical and annual_weight == 0 and (review := _work_review(text)):
            return Genre(DocType.government_work_report, [review])
        if not topical and not part_one and (review := _zone_review(text)):
            return Genre(DocType.government_work_report, [review])
        for doc_type, cue in _OWN if len(_GOV_REPORT_MARKS.findall(body)) < 2 else ():
            # (a formula that reports the year's rule-of-law work, 现将2022年度法治政府建设工作报告如下, makes the
            # text a report, whatever its opening says of the year's requirements; and a speech to a congress, 各位代表！
            # twice, is one, whatever it says of the year's requirements: 今年政府工作的总体要求是…)
            if not topical and not lead and (own := cue.search(body)):
                return Genre(doc_type, [own.span()])

    news = _NEWS_LEAD.search(opening)
    if news and by_title is DocType.annual_report and title_span and news.start() < title_span[1]:
        news = None  # 【法治建设报告】某厅2019年度…工作报告: a site's column tag on a report's title, not a news lead
    if news and opening[news.start() - 1 : news.start()] == "。" and "\n" in opening[body_start : news.start()]:
        news = None  # 。近日，… leads a news item from its first paragraph only; further down it is the body's story
    if news and _FIRST_PART.search(opening, body_start, news.start()):
        news = None  # 一、加强组织领导 above 今年5月18日，市政府召开…: a report's part tells of a meeting; no news item's lead
        # stands under a numbered part
    if news and _LISTED_LINE.match(opening, opening.rfind("\n", 0, news.start()) + 1):
        news = None  # 一是召开工作推进会，8月26日下午，局长…召开了…: a listed deed of the body's own account, no lead
    if news and by_title is DocType.annual_report and opening[news.start() - 1 : news.start()] == "。":
        news = None  # 关于2021年度法治政府建设工作情况的报告 over …。6月18日，成功举办…: a day of the year the report tells
    if news and re.search(r"。\n[^。，,：:；;\n]{4,30}\n", text[body_start : news.start()]):
        news = None  # a dated event under a subhead of the body (…。\n某法首次修改\n2024年3月11日，某法公布): its story
    # …，现将集中整改进展情况予以公布：: a body publishing its own account below, no story of it
    publishes_own = _PUBLISHED_BELOW.search(first_line)
    if news and publishes_own:
        news = None
    if news and not (wrapped or annual_weight >= 4):
        return Genre(DocType.news, [news.span()])
    if (
        by_title in (None, DocType.annual_report)
        and preamble
        and PART_YEAR.search(preamble.group())
        # (…unless the title calls it the year's report: 某局2022年法治政府建设年度报告 over 现将我局2022年上半年…报告如下,
        # a formula left from the half-year's report; the page is published as the year's)
        and not (title and re.search(r"年度报告$", title))
    ):
        return Genre(DocType.other, [preamble.span()])  # 现将2025年上半年工作开展情况…汇报如下: part of a year
    if by_title is DocType.annual_report:
        return Genre(DocType.annual_report, evidence + annual_evidence[:1], run_title)

    if by_title is None and (plenary := _OTHER_PLENARY.search(text, body_start, body_start + 400)):
        return Genre(DocType.other, [plenary.span()])  # 受省人大常委会委托，我向大会报告工作: no government's report
    if speech := _SPEECH.search(text[: body_start + 600]):
        return Genre(DocType.other, [speech.span()])  # a speech at a meeting, not a report
    if guide := _WRITING_GUIDE.search(text, 0, body_start + 600):
        return Genre(DocType.other, [guide.span()])  # 政府报告…的写作应遵循…: how to write one, whatever parts it lists
    if len(asked := list(_INTERVIEW.finditer(text, 0, 3000))) >= 2:
        return Genre(DocType.other, [m.span() for m in asked])  # 何某(以下简称“何”)：… 朱某(以下简称“朱”)：我…
    if by_title is None and (guide := _DISCLOSURE_GUIDE.search(text, 0, body_start + 1000)):
        return Genre(DocType.other, [guide.span()])  # 某办政府信息公开指南: what it discloses and how to ask
    marks = {
        DocType.implementation_plan: len({m.group().strip() for m in _PLAN_MARKS.finditer(body)}),
        DocType.information_disclosure_report: len(_DISCLOSURE_MARKS.findall(body)),
        DocType.government_work_report: 0 if _OTHER_PLENARY.search(body) else 3 * len(_GOV_REPORT_MARKS.findall(body)),
        # (a first-person text that says nothing of law or of a post's duty, a leader's new-year blog, is no 述职)
        DocType.accountability_report: first_person if re.search(r"法治|依法|法制|述职|述法|履职|责任", body) else 0,
        DocType.assessment_form: len(_SCORE.findall(body)),
    }
    rival, weight = max(marks.items(), key=lambda kv: kv[1])
    articles = list(_ARTICLES.finditer(body))
    carried = preamble is not None and re.search(rf"(?:{_WHOLE_TEXT}|原文|详情)如下", preamble.group())
    if len(articles) >= 3 and (not preamble or carried) and (weight < 3 or _CHAPTER.search(body)):
        # 第一条 为…，制定本办法。第二条 …: a rule's articles, alone or carried in full by a news lead (实施办法全文如下:);
        # an assessment form's or a disclosure report's marks outweigh them (its items may be numbered as articles), but
        # not a rule's chapters (第二章 政府信息公开的监督 / 第七条 …: a rule on disclosure, whose words it repeats)
        return Genre(DocType.other, [articles[0].span()])
    law_words = len(_LAW_WORDS.findall(body))
    # without a title, the report must name its rule-of-law work (in its formula, its opening or its body): a
    # bureau's general summary (现将主要情况总结如下) has the same formula and parts
    named = (
        title_span
        or topical
        or retrospect
        or law_words >= 2
        # (…or its part ① names it: 一、推进法治政府建设的成效和主要举措)
        or any(_LAW_WORK.search(line) for line in part_one_lines)
        # (…or its part ① under the mandated name, 一、主要举措和成效, over a first section on that work: (一)全面加强党
        # 对法治政府建设的领导, a copy that lost its title and opening)
        or (part_one and _LAW_WORK.search(body, body_start, body_start + 600) is not None)
        # (…or its formula over part ① under the mandated name and nothing else, 现将有关情况报告如下。一、主要举措和
        # 成效: the 督察工作规定's own words; a bureau's general summary names its parts after its own work)
        or (
            preamble is not None
            and any(re.fullmatch(r"\s*一\s*[、.．]\s*主要举措和成效\s*", line) for line in part_one_lines)
        )
        # (…or its opening, over its own formula, names the rule-of-law thought it works by: 2023年，某局…深入学习贯彻
        # 习近平法治思想…。现将有关情况报告如下)
        or (preamble is not None and opening_line.find("法治思想") >= 0)
    )
    if (
        not title_span
        and not topical
        and not part_one
        and not re.search(r"法治政府(?:部门)?建设", opening_line)  # (2025年，某局…扎实推进法治政府建设…: its work)
        and (party := _party_first(text, body_start))
    ):
        return Genre(DocType.other, [party], one_year=True)  # 一、2023年工作总结 (一)坚持党建引领…: a body's whole year
    if not title_span and not topical and not part_one and (work_line := _other_line_first(text, body_start)):
        # 一、行政复议案件情况: a line of work's report, told as the year's
        return Genre(DocType.other, [work_line], one_year=True)
    if not title_span and not preamble and not part_one and (headline_at := _headline(text, body_start)):
        # 某县四项措施加强审计法律宣传, 某镇：推动法治政府建设走深走实 over a story with no report's formula: a
        # headline, not a title, and the story under it news, however much of a report's or a plan's work it tells
        return Genre(DocType.news, [headline_at])
    if not title_span and not preamble and not part_one and (dated_at := _dated_headline(text)):
        return Genre(DocType.news, [dated_at])  # 某市…助力法治政府建设 / 09.10.2016 01:32: a headline the page dated
    # (without a title, a formula that names another line of work, 现将全市2022年行政执法工作情况报告如下, makes the
    # text that work's report, whatever its opening and parts)
    # a year of 普法 told (2024年是…“八五”普法规划…之年。一年来，全市普法依法治理工作…): a 普法 summary, whose body
    # names 普法 more often than the government's rule-of-law work
    pufa = re.match(
        r"\s*(?:(?:19|20)\d{2}\s*年|今年以来|一年来)[^。\n]{0,40}普法", opening_line
    ) is not None and pufa_words > len(re.findall(r"法治政府|依法行政", body))
    # a title that names a report on its own line of work, none of it the rule of law (某局2017年度绩效管理工作自查报告,
    # 县水利局2020年全面推进河长制工作总结报告, 某局关于争创全国文明典范城市工作情况的汇报): that work's report,
    # whatever rule-of-law words its body holds (a title that dates its year or names a work: a menu's 开题报告 taken
    # for a title names none of its own)
    foreign_title = bool(
        title
        and by_title is None
        and re.search(r"(?:19|20)\d{2}|工作", title)
        and not re.search(r"法治|依法|法制", title)
        # (a bare genre word, 年度工作总结, 2023年工作总结, names no other work: the body says which)
        and not re.fullmatch(r"(?:(?:19|20)\d{2}\s*年)?(?:工作|情况)?(?:年度)?(?:工作|情况)?(?:报告|总结)", title)
    )
    # a paper's own story of a body's year (■记者 某某 / 通讯员 某某 over 2023年，市司法局…), or a story under the
    # page's source line naming the paper or the site that wrote it (2017-02-21 来源：某某日报 over 五年来，某市…): the
    # opening is the writer's, with no title, formula nor part of a report under the byline
    writer = (
        not title_span
        and not preamble
        and not part_headings
        and not closing
        and (
            _NEWS_MARKS["byline"].search(text, 0, body_start + 200)
            or _NEWS_MARKS["outlet"].search(text, 0, body_start + 200)
            # (…or a feature laid out with its photos' captions between its paragraphs)
            or _CAPTIONS.search(text, 0, 4000)
            # (…or a front page's story that runs on inside: …而努力奋斗！(下转第3版))
            or _PAGE_JUMP.search(text)
        )
    )
    if writer and not re.search(
        # (…under no title of a document run onto the source's line: 某办:关于…的决定 • 信息来源:人民网, a copy
        # that lost its line breaks)
        r"的(?:决定|通知|公告|通报|批复|意见|报告)",
        text[text.rfind("\n", 0, writer.start()) + 1 : writer.end()],
    ):
        return Genre(DocType.news, [writer.span()])
    if (
        annual_weight >= 2
        and annual_weight * 2 >= weight
        and named
        and not (other_topic and not title_span)
        and not pufa
        and not foreign_title
    ):
        return Genre(DocType.annual_report, annual_evidence)
    if weight >= 3:
        rival_cue = {
            DocType.implementation_plan: _PLAN_MARKS,
            DocType.information_disclosure_report: _DISCLOSURE_MARKS,
            DocType.government_work_report: _GOV_REPORT_MARKS,
            DocType.accountability_report: _FIRST_PERSON,
            DocType.assessment_form: _SCORE,
        }[rival].search(body)
        return Genre(rival, [rival_cue.span()] if rival_cue else [])
    traces = _news_marks(text)
    # an attributed quote (“…”某某介绍) and a press conference weigh double, and so do an opening on the day of an
    # event (5月30日上午，… / 根据…，日前，…), a scene that trails off (……) and a body pointed at from outside
    # (该县…) when no rival's mark is read (an explainer that lost its title opens on the day too, with the 指导思想
    # it explains)
    told = len(traces) + ("quoted" in traces) + ("press" in traces) + ("byline" in traces) + ("subheads" in traces)
    told += (
        weight == 0
        and re.match(f"{_VOICES}(?:{_PURPOSE})?(?:{_DAY}|{_SINCE_MONTH}|日前|近日)[，,]", opening_line) is not None
    )
    told += weight == 0 and "trailing" in traces
    # (…and so does an event's lead opening the text: 某省禁毒宣传月活动，6月2日上午在某市启动。)
    told += weight == 0 and _NEWS_MARKS["event"].search(opening_line) is not None
    # (…and, counted twice, a feature's scene opening the text, 10月的三亚，阳光依然灿烂 / 初春的某村景致如画，: a
    # writer's setting of the season and the place, which no report, plan or speech opens on)
    told += 2 * (weight == 0 and _SCENE.match(opening_line) is not None)
    # (a story cut to its meeting's paragraphs, 会议解读了…。会议强调…: told of the meeting from outside it)
    told += (
        weight == 0
        and "meeting" in traces
        and re.match(r"会议(?:解读|听取|传达|审议|研究|通报)了?", opening_line) is not None
    )
    # (该县…: told from outside the body; never where the text speaks as a body itself, 我会…该区法学会…)
    told += weight == 0 and "pointer" in traces and not _WE_BODY.search(text, 0, 4000)
    if (
        annual_weight == 0
        and told >= 2
        and told > weight
        and not (law_words >= 3 and len(_ORGAN_WE.findall(body)) >= 2)
        and not publishes_own
    ):
        # no report's mark, and two kinds of a journalist's trace (会上， and 某某强调; a day's event and a closing
        # byline) outweighing any rival's: news whose headline and lead are lost (its first sentence may name a
        # genre: 会上，某某详细解读了考核方案。)
        return Genre(DocType.news, list(traces.values()))
    # (a numbered heading on the duty is the report's part ③, never a title: a copy that starts at 一、党政主要负责人
    # 履行推进法治建设第一责任人职责情况 is a report that opens on that part, not a leader's account)
    # (…nor is a session's agenda item: 1.听取区人民政府工作报告 names a report the session hears)
    duty_part = _HEADING.match(first_line)
    agenda_item = re.match(r"\d{1,2}\s*[.．、]\s*(?:听取|审查|审议|表决|选举|通过)", first_line)
    line_genre = (
        _title_genre(first_line)
        if len(first_line) <= 60
        and not (duty_part and _DUTY.search(first_line))
        and not agenda_item
        # (…nor is a sentence, told to its full stop: 2021年某局承担县政府工作报告确定的重点工作事项共11项，均已完成。)
        and not re.search(r"[，,][^。]*。\s*$", first_line)
        else None
    )
    if line_genre:  # a title that the page lost its line break after
        return Genre(line_genre, [(body_start, body_start + len(first_line))])
    if annual_weight >= 1 and len(_LAW_WORK.findall(body)) >= 2 and not other_topic and not pufa and not foreign_title:
        return Genre(DocType.annual_report, annual_evidence)
    if (
        not title_span
        and not other_topic  # (现将我局行政执法工作报告如下 over its part 一: that line of work's report)
        # (…under an addressee line or a document's number, past which the body starts: 县委、县政府：)
        and (start := _PART_ONE_OPENS.match(text, body_start))
        # (the paragraph names the rule-of-law work, not half a year, 2022年上半年，在县委…领导下, nor years since a
        # period's start, 党的十八大以来，某市…; nor is it a bureau's whole year, 县司法局…充分发挥司法行政职能作用，
        # 各项工作取得了新进展 over 一、2023年工作总结, nor a plan's purpose, 为…，现结合某镇实际，制定2024年…工作计划)
        and (
            start.start(1) < 0
            or (
                _RULE_OF_LAW_WORK.search(start.group(1))
                and not PART_YEAR.search(start.group(1))
                and not _PERIOD_SINCE.match(start.group(1))
                and not _MADE_HERE.search(start.group(1))
                and not _RESULTS_PUBLISHED.search(start.group(1))
            )
        )
        and ((law_words >= 2 and _tells_done(body)) or _tells_topics(body, body_start))
        # a 普法 summary's body (…“七五”普法工作…) is no rule-of-law report, unless its first part is the rule-of-law
        # work's own (一、全面加强党对法治建设的领导 over 二、全面落实普法责任制)
        and (
            pufa_words <= max(law_words, 1)
            or re.match(r"\s*一\s*[、.．][^\n]{0,20}?(?:法治建设|法治政府建设|依法行政)", body)
        )
        and len(_DECIMAL_OUTLINE.findall(body)) < 2
        and not _PLAN_PART.search(body)
    ):  # a copy that starts at part 一 or at its first item (一), or at one paragraph on its work before them
        # (某市坚持以…为指导…，法治建设成效显著。), and tells what was done, with the year's counts: the report without
        # its title and formula
        return Genre(DocType.annual_report, [start.span()])
    # (the story's first sentence is no maxim the opening skipped: 某市创新…模式，以…推动…落地见效。2024年，…)
    story_at, story = opening_at, _story_lead(opening_line)
    if story is None and opening_line != first_line:
        story_at, story = body_start, _story_lead(first_line)
    if (
        by_title is None
        and annual_weight == 0
        and weight <= 1  # (a story may name a 责任单位 once)
        and story
        and not _own_voice(body, story.group("name"))
    ):  # 为…，某县司法局积极做好…。一是…: a third party's story of a body's work, no report of its own
        return Genre(DocType.news, [(story_at + story.start("name"), story_at + story.end("name"))])
    return Genre(DocType.other, [])
