"""The agency: the title's subject and the preamble's; the other places a page names its issuer are in lines.py
(bylines, metadata, signatures) and mentions.py (what the body says of itself)."""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, partial
from typing import Optional, Union

from .fallback import LED, UNDER, Cue, _longest_name, _place_of, opening_subjects, self_references
from .genre import ARTICLE, CARRIED_TRANSCRIPT, CHRONICLE_END, SAMPLE, rule_made
from .lines import (
    CREDIT_WRITER,
    HEAD_TITLE,
    ON_ANOTHERS_REPORT,
    Found,
    byline,
    candidate,
    carrier_rows,
    closing_line,
    cut_short,
    found_at,
    found_in,
    metadata,
    name_line,
    names_run,
    repeated_title_byline,
    restated_title,
    signature,
    source_field,
    speaker_line,
    title_line,
)
from .mentions import (
    BODY_HEAD,
    HEAD_POST,
    INTERNAL_OFFICE,
    adopting_session,
    award_winner,
    circulated_check,
    cited_report,
    contact_line,
    credit_line,
    decided_honours,
    decree,
    delivered_report,
    evaluated_body,
    event_host,
    head_of,
    heard_reports,
    hearer,
    lead_place,
    meeting_lead,
    on_behalf,
    own_document,
    own_founding,
    passed_report,
    post_held,
    released_document,
    self_described,
    survey_host,
    visiting,
)
from .names import (
    _GENERIC,
    _HAN,
    _NOT_IN_NAME,
    _PLACE_CHAIN,
    CENTRAL_JOINT,
    HEADLINE_ACTS,
    HEADLINE_DEEDS,
    HEADLINE_MANNER,
    LEVEL_CHARS,
    MEETING_HELD,
    OCCASION_RUN,
    Span,
    broken_name,
    casino_cut,
    despace,
    exact_name,
    in_term,
    is_stem,
    joint_level,
    level_only,
    occurrences,
    org_name,
    proper_place,
    self_levels,
    self_organs,
    speaks_as,
    two_names,
    where,
)
from .places import division_named, dominant_division, one_character_division, place_at, starts_a_stem
from .title import _TITLE_END, _lines

# what an explanation (解读) explains: 关于《X》的政策解读, 【文字解读】《X》文件解读, 文字解读:关于X…的解读
_EXPLAINED = re.compile(r"《([^《》]{6,80})》|解读[:：]\s*关于(.{6,80})")
# The title's subject: XX关于…, XX2024年…, XX法治政府建设…, XX转发YY关于…的通知 (XX passes on YY's document)
# (a government's work report: 某市政府工作报告, 2017年某市政府工作报告)
# …what follows a body named first in a title, with or without the year before it: its own work report (2024年国务院
# 政府工作报告: the State Council's own), its year's summary, plan or points, or its rules of work (某县林业局工作总结,
# 某县人民政府工作规则), its disclosure work (某乡人民政府信息公开工作2023年度报告, 某局政府信息公开工作年度报告)
_OWN_WORK_AFTER = (
    # (…or a month's or a part of a year's summary: 某局4月份工作小结, 某局上半年工作总结)
    r"(?<=政府)工作报告|(?<=国务院)政府工作报告|(?<=办事处)工作报告"  # (…a street office's: 某街道办事处工作报告)
    r"|(?<=[局委厅办府院])(?:[一二三四五六七八九十\d]{1,2}月份?|上半年|下半年|第[一二三四]季度)?工作(?:总结|小结|计划|要点|规则)"
    # (…a court's or a procuratorate's own work report: 2017年某市人民检察院工作报告)
    r"|(?<=法院|察院)工作报告"
    # (…or a document of its own named by its slogan: 某局“谁执法谁普法”普法责任清单)
    r"|(?<=[局委厅办府院])“[^”\n]{2,12}”[^“”\n]{0,10}?(?:清单|制度|办法|方案|细则|规定)"
    r"|(?<=政府)信息公开|(?<!政)(?<!人民)政府信息公开"
    # (…or its own gazette, or its account of itself: 某市人大常委会公报2021年3月第1号, 某县政务服务中心基本情况)
    r"|(?<=委员会|常委会)公报"
    r"|(?<=[局委厅办府院处心])(?:基本情况|概况|简介)\s*$"
    # (…or its own budget or final accounts: 2019年度某街道办事处部门决算, 某局2024年部门预算公开)
    r"|(?<=[局委厅办府院处心会])(?:部门|单位)?[预决]算(?=\s*$|公开|说明|报告)"
    # (…or a department's own guide to or list of what it discloses: 某县医疗保障局信息公开指南)
    r"|(?<=[局委厅办院])信息公开(?=指南|目录|年报|工作年度报告)"
    # (…or a place's five-year plan: 某市某经济区国民经济和社会发展第十四个五年规划…纲要)
    r"|(?<=[省市县区州旗])国民经济和社会发展(?=\s*第[一二三四五六七八九十]{1,3}个\s*五年|“十[一二三四五六七八九十]{1,3}五”|十[一二三四五六七八九十]{1,3}五规划)"
    # …or its report on one line of its own work, the whole title (某市民政局普法工作履职报告; never inside the organ's
    # own word: 某街道办|事处工作报告)
    r"|(?<=[局委厅办府院])(?!员会|会|公室|事处)[\u4e00-\u9fff]{2,8}?工作(?:履职报告|情况报告|报告|总结)\s*$"
    # …or its account of how its own work or office runs, the whole title (某县交通运输局开展…工作情况汇报, 某县政务服务
    # 中心运行情况汇报, 某乡基本情况及主要工作情况汇报); never a meeting that heard one (某会议听取…情况汇报)
    r"|(?<=[局委厅办府院心乡镇])(?!员会|会|公室|事处)(?:(?!听取)[^\n，,。]){0,24}?(?:工作|运行)(?:情况)?汇报\s*$"
    # …or its head's report on the duty to advance the rule of law, or on his work, the head named by role or by post
    # (2024年市信访局主要责任人述法报告, 某县司法局局长2023年度述法报告, 某局党组书记、局长某某述职(述法)报告)
    r"|(?<=[局委厅办府院会])(?:党政|党组|党委)?(?:主要负责人|主要责任人|主要负责同志"
    rf"|(?:副?书记[、，,]?)?(?:{BODY_HEAD}))(?=[^\n]{{0,40}}?(?:述法|述职|履职|第一责任人))"
)
_TITLE_SUBJECT = re.compile(
    # (…or its year written with no 年 before the work: 某局2022工作总结, 某办公室2020 / 政府信息公开工作年度报告)
    r"^(.{2,32}?)(?=(?:发布|公布|印发)?(?:关于|(?:19|20)\d{2}\s*(?:年|(?=工作|年度|政府信息公开))|二[〇○零]|法治(?:政府)?建设|依法行政|推进法治)"
    r"|对《|转发|批转"
    # (…or the body's reply to a deputy's proposal: 市司法局对市十五届人大二次会议第20230113号建议的答复)
    r"|对[^。，,\n]{2,40}?(?:建议|提案|议案)的?答复"
    rf"|{_OWN_WORK_AFTER})"
)
# going somewhere to do a deed there, as a subject does (县人大常委会到某镇开展…活动, 某市司法局到省司法厅汇报…)
_GOES_TO_DO = r"到(?=[^。，,；;\n]{2,16}?(?:开展|举办|召开|调研|检查|督查|督导|走访|视察|宣讲|慰问|汇报))"
# The preamble's subject: (2024年，)XX在…领导下 / XX坚持… / 现将XX2024年…
_VERB = (
    r"(?:在(?!线|处理[^。]{0,30}?时)|坚持|坚决|以|认真|深入|始终|紧紧|紧抓|紧盯|采取(?=[^。，,；;\n]{0,10}?(?:措施|举措|方式|形式))|全面|积极|紧扣|聚焦|围绕|牢固|持续|严格|按照|根据|立足|着力|扎实|全力|运用|"
    r"高度|高举|切实|大力|不断|进一步|把|将|结合|贯彻|落实|紧密|锚定|深化|强化|主动|统筹|坚定|践行|领导班子|牢牢|"
    # (…or doing it for the first time: 某办首次向全社会公开发布了…)
    r"首次(?=[^。，,；;\n]{0,12}?(?:发布|公布|公开|召开|举办|开展|推出))|"
    # (a body's Party group or committee acting, never the committee's department: 某区党委宣传部副部长…)
    r"(?:党组|党委)(?!宣传部|组织部|统战部|政法委|副?书记[^。，,；;、]{0,8}?(?:出席|参加))|"
    # (…or ranked so for years in a row: 记者从…会议上了解到，某市公安局连续两年位居全省考核第二名)
    r"连续[^。，,；;\n]{1,6}?(?:位居|位列)|"
    # (…or trying out a way of working: 去年以来，某市探索建立…模式)
    r"探索(?=建立|推行|实施|构建|开展|创新|形成)|"
    # (…or making a new way of its own: 某市创新“制度+载体+督考”三位一体模式，以…推动…)
    r"创新(?=[^。，,；;\n]{0,24}?(?:模式|机制|方式|举措|工作法|载体|平台))|"
    # (…or making a decision of its own by name: 某省人大常委会作出《某省人大常委会关于…的决定》)
    r"作出(?=《)|"
    r"召开|组织召开|组织开展|组织举办|举行|印发|制发|发布|编制|"
    # (…or about to: 某县人民政府办公室拟编制2023年度重大行政决策目录，现向社会公开征集…)
    r"拟(?=编制|制定|修订|开展|举办|召开|组织)|"
    # (…or its offices, as a yearbook's entry on it says: 2016年某厅(以下简称某厅)设有秘书一处、秘书二处…)
    r"设有(?=[^。，,；;\n]{1,12}?[处科室股局])|"
    # (…or completing a counted task: 2021年，某县林业局完成人工造林2.5万亩)
    r"完成(?=[^。，,；;\n]{0,12}?\d)|"
    # (…or publishing through its channels, as a disclosure report's year opens: 2020年，某县医保局通过政府门户网站、
    # 微信公众号等主动公开政府信息116条)
    r"通过(?=[^。，,；;\n]{0,8}?(?:门户网站|网站|公众号|政务新媒体)[^。]{0,40}?公开)|"
    # (…or its head telling the press, by post and name: 某省司法厅厅长某某在24日透露，…; 某省人民政府秘书长某某以新闻
    # 发言人身份，向…通报)
    r"(?:厅长|局长|主任|秘书长|院长|检察长)[\u4e00-\u9fff]{2,3}?(?:在?\d{1,2}日|近日)?(?:以新闻发言人身份[，,]?)?"
    r"(?:透露|表示|宣布|(?=[^。]{0,30}?通报))|"
    # (…or circulating its figures on the lead's day: 某省市场监管局11日通报，2022年…; or telling the press on it:
    # 某省生态环境厅12日对外表示，…)
    r"(?<=日)(?:通报|(?:对外)?(?:表示|透露|宣布))|"
    # (…or asking another body for its views, or reporting to it: 某县政府向县政协征求《…》意见建议)
    r"向(?=[^。，,；;\n]{2,30}?(?:征求|通报|反馈|汇报))|"
    # (…or calling others together to meet: 某市政府办公室召集纪委、法院…召开专题推进会)
    r"召集(?=[^。\n]{0,80}?(?:召开|举行))|"
    # (…or joining others to do it, the first named leading: 某市行政复议办公室联合某区、某区行政复议办公室开展…)
    r"联合(?![会国体社党旗])(?=[^。\n]{2,60}?(?:开展|举办|召开|举行|组织|发布|印发))|"
    # (…or issuing a document on the news lead's day: 省委依法治省办日前出台《…》; a report's body tells of others' 出台)
    r"(?<=近日|日前|近期|\d日)(?:出台|下发)|历来|一直|正式|揭牌|挂牌|启动|公布|部署|牵头(?=组织|召开|成立|开展|制定|起草)|"
    r"举办|借助|特意|组成|奋力|聚力|着眼|锐意|自觉|充分(?=发挥|利用(?![^。\n]*。\s*图为))|派出(?=[^。，,；;\n]{0,8}?(?:组|队|专班))|"
    # (…or going somewhere to do it, or deciding to: 县人大常委会到某镇开展…活动, 某局决定在…期间开展…)
    rf"{_GOES_TO_DO}|"
    r"决定(?=在|于|从|自|开展|启动|组织|举办)|"
    # (…or commending others: 为…，市司法局对全市优秀“…”予以通报表扬)
    r"对(?=[^。，,；;\n]{2,40}?予以(?:通报表扬|通报表彰|表彰|表扬|奖励))|"
    # …and the verbs of a yearbook's or a feature's work after an organ (2020年，某县林业局加大防火宣传…; 今年以来，某局
    # 加快推进…), never after a bare place, whose headline (某省开展…督察) tells of the organ its lead names, nor after a
    # congress's committee (某县人大常委会开展法治政府建设工作视察: the government inspected is the item's subject); an
    # organ's crackdown too (某局严厉打击…)
    r"(?<=[局委厅办院所站队心室部组府处科])(?:加大|加快|推进|开展|推动|加强|完善|健全|创新|努力|严厉(?=打击|查处|整治))|"
    # (…and a court's own deed: 某市人民法院开庭审理了…一案; never where a government's head answers the suit in it,
    # 某市政府市长出庭应诉: that appearance is the news)
    r"(?<=[院庭])(?:开庭审理|公开审理|依法审理|审结|宣判)(?![^\n]{0,200}出庭应诉))"
)
# a news item puts the day between subject and verb: 某办于日前启动…, 某办公室于10月28日公布了… (or opens on it:
# 近日，连日来，)
# (a day or a run of days: 10月27日, 10月27-28日, 2月22—24日)
_NEWS_DAY = (
    # (…today, bare under a wire's dateline too: 某网太原9月19日电（某某）今天，某院召开…; or with its day in brackets,
    # 今天(3月15日)上午，某区召开…)
    # (…or its month alone: 于6月启动…)
    r"(?:于(?:近日|日前|近期|\d{1,2}月(?=启动|召开|举办|举行|开展|部署)|\d{1,2}月\d{1,2}日(?:[-—–~至](?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午)?)|近日|日前|近期|连日来|昨日|今[天日](?:[(（]\d{1,2}月\d{1,2}日[)）])?(?:上午|下午)?|"
    # (…or the day a sentence before it named: 今年12月4日是…宪法日。当天上午，…)
    r"当[天日](?:上午|下午|晚上?)?|"
    # (…its hour too: 5月29日上午8点, 9日下午3时许)
    # (…or its span of days: 6月3日-4日, 6月30日至7月2日)
    r"(?:\d{1,2}月)?\d{1,2}(?:日?[-—–~至](?:\d{1,2}月)?\d{1,2})?日(?:上午|下午)?(?:\d{1,2}(?:点|时)(?:\d{1,2}分|半)?许?)?"
    # (…or its day as speech has it, after its month: 4月27号)
    r"|\d{1,2}月\d{1,2}号(?:上午|下午)?)"
)
# a paper's 讯 (本报讯, 某日报讯), never the word's end in 通讯员 or 资讯 (通讯员某某某市…: the credit, not a lead)
_NEWS_XUN = r"(?<![通资])讯"
# (2025年，某委的法治政府建设工作紧紧围绕…: the same work, the body's by its 的)
# (2022年，某局信息公开工作在县委…领导下: a disclosure report's opening, its work named with no 的 before it; so is
# an untitled report's year, body and work as one phrase, its verb after a comma: 2024年某局法治建设工作，坚持…; or
# the work relying on a portal, 某街道办事处2023年度政府信息公开工作依托…开展)
_OF_YEAR = r"(?:(?:19|20)\d{2}\s*年度?|的)"
_WORK_OF_YEAR = (
    rf"{_OF_YEAR}?(?:法治政府建设|依法行政|法治建设|(?:政府)?(?:信息公开|政务公开))工作[，,]?(?:{_VERB}|依托)"
)
# the body whose year's points the sentence sets out (某常委会2022年立法工作的总体要求是：…): a year's points' own body
_POINTS_OF_YEAR = rf"(?:19|20)\d{{2}}\s*年度?[{_HAN}]{{0,10}}?工作的?总(?:体要求|的要求|体思路)是"
# the body whose numbered session the lead says was held (某常委会第五次会议召开, 区委政法委员会2022年第一次全体(扩大)
# 会议在…召开): the session's own body
_SESSION_HELD = (
    r"(?:(?:19|20)\d{2}\s*年度?)?第[一二三四五六七八九十\d]{1,3}次[^。\n]{0,20}?会议[^。\n，,]{0,30}?(?:召开|举行)"
    # (…or its meeting of a year named by what it does: 某市人大常委会2020年部门预算草案初步审查会召开)
    r"|(?:19|20)\d{2}\s*年度?[^。\n，,]{2,24}?(?:会议|会)(?:在[^。，,\n]{2,20}?)?(?:召开|举行)"
)
_SELF = re.compile(
    # (a year may open a sentence with no comma after it: 2022年某区坚持…, 2021年某镇人民政府在区委…领导下)
    rf"(?:(?:^|[。\n])\s*(?:19|20)\d{{2}}\s*年度?|^|[。\n]|(?:19|20)\d{{2}}\s*年(?:度|以来|上半年|下半年)?[，,]\s*|(?:今年|去年)以?来[，,]\s*|(?:一|近|多|近?[两二三四五几十])年以?来[，,]\s*|自[^。，,\n]{{2,30}}?以来[，,]\s*|(?<=》)(?:印发|出台|发布|颁布|施行|实施)以来[，,]\s*|(?:从|自)[^。，,\n]{{2,12}}?(?:开始|起)[，,]\s*|(?:“?[一二三四五六七八九十]{{1,2}}五”?|党的[^。，,\n]{{1,6}}大)以来[，,]\s*|这一年[，,]\s*|本年度[，,]?\s*|"
    # (…or what the year is to the plan it closes: 2025年是“十四五”规划收官之年，某市人民政府以…为指导)
    r"(?:19|20)\d{2}\s*年是[^。，,\n]{2,30}?之年[，,]\s*|"
    # (…or the rule another body issued, named first: 某厅出台《…》以来，某协会积极响应…)
    r"(?:^|(?<=[。\n]))[^。，,\n]{2,20}?(?:印发|出台|发布|颁布)《[^《》\n]{2,40}》以来[，,]\s*|"
    # (…or the year written in characters: 二零二二年，某市以…)
    r"二[〇○零][〇○零一二三四五六七八九]{2}\s*年度?[，,]\s*|"
    rf"{UNDER}[，,]\s*|{_NEWS_DAY}[，,]?\s*|"
    # (…or the day the sentence before it named, its feast or its meeting: 12月4日，是第七个宪法日。当天，某局在…)
    r"(?<=[。\n])\s*(?:当天|当日)(?:上午|下午)?[，,]\s*|"
    # (…or the day said to be the feast it is, in the same sentence: 3月22日是第二十九届“世界水日”，某局认真落实…)
    r"(?:^|(?<=[。\n]))\s*\d{1,2}月\d{1,2}日是第[一二三四五六七八九十\d]{1,3}[个届次][^。\n]{2,40}?[，,]\s*|"
    # (…or the day and what it is, in a clause of its own: 3月1日，《某法》施行的第一天，某委联合…)
    r"(?:^|(?<=[。\n]))\s*\d{1,2}月\d{1,2}日[，,]\s*[^。，,\n]{2,30}?(?:的第一天|首日|当天|之际)[，,]\s*|"
    # (…or the feast's own day named before it: 第8个全民国家安全教育日当天，某县委国安办联合…)
    r"(?:^|(?<=[。\n]))\s*(?:今年)?第[一二三四五六七八九十\d]{1,3}[个届次][^。\n，,；;]{2,20}?(?:日|节|周|月)[”\"]?(?:当天|当日|期间|之际)(?:上午|下午)?[，,]\s*|"
    # a news lead's second clause (记者从某办获悉，某办于日前启动…), an item of a bulleted news card ( - 某办公室…)
    rf"(?:获悉|了解到)[，,]\s*|\s[-–•]\s+|(?:自|从)?即日起[，,]\s*|"
    # (…or the source a lead quotes first: 据某部官网消息，某部日前决定…)
    r"据[^。，,\n]{2,20}?(?:消息|报道)[，,]\s*|"
    # a wire's or a paper's credit before its lead (某网某地新闻4月25日电 (记者 某某), 本报讯（通讯员 某某）)
    # (…or a time of the year: 某报讯 今年来，某区积极发挥…; a trade site's 某某在线某地消息 as its 讯)
    rf"(?:日电|{_NEWS_XUN}|(?<=[网线端])[^\s，,。:：]{{0,6}}消息(?=\s))\s*{CREDIT_WRITER}\s*"
    # (…or the times it is told in: 某网讯（通讯员 某某）战“疫”当前，某局…)
    rf"(?:{_NEWS_DAY}[，,]\s*|(?:今年|去年)(?:以?来|上半年|下半年)[，,]\s*|[^。，,\n]{{2,12}}?(?:当前|之际)[，,]\s*)?|"
    # (…or a site's credit with its writer in brackets, and the campaign its work is told in: 某法制传媒网:(某某)“八五”
    # 普法工作中，某县某镇严格落实…)
    # (…or with no writer at all: 某法制传媒网:某省某市某县坚持以…)
    # (…or the time of the year before it: 某法制传媒网:(某某)今年以来，某县某镇切实发挥…)
    r"(?<=[网报])[:：]\s*(?:[(（][^()（）\n]{1,12}[)）]\s*)?(?:[^。，,\n]{2,16}?中[，,]\s*|(?:今年|去年|近年)以?来[，,]\s*)?|"
    # (…or the rules and demands the year's work followed, then its year: 根据《条例》规定和省、市、县…工作要求，2019年某办
    # 在…指导下，…)
    r"(?:^|(?<=[。\n]))\s*(?:根据|按照)[^。\n]{2,80}?(?:要求|规定)[，,]\s*(?:19|20)\d{2}\s*年度?[，,]?\s*|"
    # the lead's purpose clause before its subject (为规范…，进一步…，9月8日，某局组织开展了…), only where it opens the item
    # or its paragraph (under a page's furniture: …【打印】 / 为扎实推进…，某县以…为基础，…), or a reporter's news (记者
    # 昨日获悉，为规范…，某局印发…)
    rf"(?:^|\n|{_NEWS_XUN}\s*{CREDIT_WRITER}|获悉[，,])\s*为了?(?:[^。\n；;，,]{{2,60}}[，,]){{1,3}}\s*"
    rf"(?:{_NEWS_DAY}[，,]?\s*)?)"
    # (今年以来，某局… and 本年度某委…: the time comes first, never a name of its own that 以 follows as a verb)
    rf"(?!(?:今年|去年|近年|多年|一年)以?来|本年度)([{_HAN}（）()、]{{2,32}}?|[{_HAN}]{{2,8}}-[{_HAN}]{{2,30}}?)(?:[(（](?:以下)?简称[^()（）]{{1,12}}[)）])?(?:{_NEWS_DAY}?{_VERB}|{_WORK_OF_YEAR}|{_SESSION_HELD}|{_POINTS_OF_YEAR})"
)  # 某新区(以下简称“新区”)始终坚持…; 某县2022年法治政府建设工作坚持以…: a first sentence that opens like a title
_ALIAS = re.compile(r"[(（](?:以下)?(?:简称|称)[^()（）]{1,12}[)）]")
# a subject set off by commas after the leadership it works under (在市委…领导下，某局，以…为目标)
_LED_THEN_NAME = re.compile(rf"{UNDER}[，,]\s*([{_HAN}（）()]{{2,32}}?)[，,]\s*{_VERB}")
# the leadership or guidance a writer works under, named after its subject (某街道，在区委的正确引领下) or the body's
_LED_UNDER = rf"(?:{LED})下"
_SELF_COMMA = re.compile(rf"[，,]\s*([{_HAN}（）()、]{{2,32}}?)(?=在[^。]{{0,40}}{_LED_UNDER})")
_REPORTING = re.compile(
    rf"(?:现将|现公布|现予公布|现发布)([{_HAN}（）()]{{2,32}}?)(?:编制|颁布|印发|发布|(?:19|20)\d{{2}}|二[〇○零]|本?年度|今年|一年来|法治|依法|推进)"
    # (…its year first: 现将2016年某市法治政府建设情况公开如下)
    rf"|(?:现将|现公布|现予公布|现发布)(?:19|20)\d{{2}}\s*年度?([{_HAN}（）()]{{2,32}}?)(?:法治|依法)"
    # 本报告由某局编制; 由某办牵头… opening a news item; never 由某局牵头 in a report's body (a body that leads a
    # task the writer reports on)
    # 由某局围绕2020年度政府信息公开工作情况编制而成: the disclosure report's standard sentence
    # (never the issuer of the laws a history counts: 由政务院发布和批准发布的条例)
    rf"|由((?:(?!颁布|印发|发布)[{_HAN}（）()]){{2,32}}?)(?:编制|(?:颁布|印发|发布)(?![和及或])|围绕[^。]{{0,40}}编制)|^\s*由([{_HAN}（）()]{{2,32}}?)牵头"
)
# a disclosure report that names itself in its opening: 编制(完成)某局2023年政府信息公开工作年度报告, 现向社会公开《某局
# 2024年政府信息公开工作年度报告》: the body whose report it is
_OWN_DISCLOSURE = re.compile(
    rf"(?:编制(?:完成)?|公开|公布|发布|现将)《?(?:([{_HAN}（）()]{{2,32}}?)(?:19|20)\d{{2}}\s*年度?|(?:19|20)\d{{2}}\s*年度?([{_HAN}（）()]{{2,32}}?))"
    # (…or an organ's own 信息公开 with no 政府 before it: 特公布2022年某市人力资源和社会保障局信息公开工作年度报告)
    # (…its own offices set apart from its units: 公布2019年度某镇政府(机关)信息公开年度报告)
    r"(?:[(（]机关[)）])?(?:政府|(?<=[局委厅办院府])|(?<=[局委厅办院府][(（]机关[)）]))"
    r"信息公开(?:工作年度报告|年度报告|(?:工作)?情况|工作报告(?=如下))"
)  # (特向社会公布某苏木人民政府2025年度政府信息公开情况: the same, in the words of the report's first line; 向社会公布
# 2022年某局政府信息公开工作年度报告: the year before the body)
# 结合某局(以下简称“某局”)政府信息公开工作有关统计数据撰写: the disclosure report's other standard sentence names the
# body whose year of work it was compiled from, with no verb after the name (结合2025年某局政府信息公开工作实际: its year
# first)
# (…and its kin: 汇总2021年度某局的政务公开工作开展情况编制而成, 在某街道办事处2017年度政府信息公开工作的基础上编制,
# 现对某局政府信息公开工作进行汇总报告)
_COMPILED_FOR = re.compile(
    # (…or 本年报按照2022年某街道政务信息公开工作实际编制而成)
    rf"(?:结合|汇总|在|现对|按照)(?:(?:19|20)\d{{2}}\s*年度?)?([{_HAN}（）()]{{2,32}}?)(?:[(（]以下简称[^()（）]{{1,12}}[)）])?"
    rf"(?:(?:19|20)\d{{2}}\s*年度?)?的?(?:政府信息公开|政务(?:信息)?公开)工作(?:[^。]{{0,20}}(?:编制|撰写)|进行(?:汇总)?报告)"
)
# …or the year of work its parts cover (…等六部分组成，涵盖了2022年某局政府信息公开工作，报告中所列数据…)
# (…or the period first: 报告涵盖2025年1月1日至12月31日期间某镇政府信息公开工作情况)
_COVERED = re.compile(
    rf"涵盖了?(?:(?:19|20)\d{{2}}\s*年度?|[^。，,]{{4,30}}?期间)?([{_HAN}（）()]{{2,32}}?)的?(?:政府信息公开|政务(?:信息)?公开)"
    r"工作(?:情况)?[，,。]"
)
# …and its sentence that says who compiled it: 本报告由某乡人民政府按照…编制 / 本年度报告依据…，由某办综合…编制而成
# (本年报由某局根据…进行编制: the short word for it too)
# (…or the report named by its title at its start: 某省2013年政府信息公开工作年度报告是根据…，由某省人民政府办公厅综合…)
_COMPILED_BY = re.compile(
    rf"(?:本(?:年度)?(?:报告|年报)|(?:^|\n)\s*[^。\n]{{4,40}}?报告是)[^。]{{0,120}}?由([{_HAN}（）()]{{2,32}}?)"
    # (…its short form after it, whose closing bracket a copy may have lost: 由某局(以下简称某局编制)
    r"(?:[(（](?:以下)?简称[^()（）。，,]{1,12}?[)）]?)?"
    r"(?:按照|根据|依据|依照|综合|结合|负责|编制)"
)

# the body that wrote the report the opening names: 某局特编制《某部门2022年…年度报告》, 某区人民政府编写了《关于…的
# 报告》, a news lead's 由某学会组织撰写的《某年度报告(2021)》正式发布 (a mark right before the name); never a report
# the text cites for its figures (某统计局编制的《…报告》显示/中…)
_WROTE = re.compile(
    rf"(?:^|[，,。；;]\s*)(?:由([{_HAN}（）()]{{2,32}}?)(?:组织)?(?:编制|撰写|编写)的|([{_HAN}（）()]{{2,32}}?)(?:特|专门)?"
    rf"(?:编制|撰写|编写)了?)《[^《》]{{2,80}}(?:报告|年报|白皮书)(?:[(（][^()（）《》]{{1,12}}[)）])?》"
    r"(?![^。，,；;]{0,4}?(?:显示|表明|指出|中|里|提出))"
)

# a document named as the source of what the text cites: 某局编制的《…》显示, 由某办印发的《…》要求
# (…with its co-issuers and jointly: 中办、国办联合印发的《某规定》对于…具有重大意义)
# (…or a milestone an essay recounts, the rule and what it marked: 2012年11月，教育部印发《某纲要》，标志着…的开始)
_CITING = re.compile(
    r"(?:[、和][^。，,、《》\n]{2,16}?)*(?:联合|共同)?(?:编制|印发|发布|颁布|制定|出台|撰写|编写)的《[^《》]{2,80}》"
    r"|(?:印发|发布|颁布|出台)(?:了)?《[^《》]{2,80}》[，,]\s*标志[着著]"
)

# a news lead's source: 记者(22日/近日)从某办获悉 (笔者日前从某县政府得到消息): the body whose news it tells, whatever its
# second clause says
# (…or a copy that cut the reporter off, the body's words opening the text: 从某厅获悉，…)
_INFORMED_BY = re.compile(
    rf"(?:(?:记者|笔者)[^。\n，,：:]{{0,12}}?|^\s*)从([{_HAN}（）()]{{2,32}}?)(?:获悉|了解到|得知|得到消息)"
)


# a news item puts its time between subject and verb: 某办近日印发…
# 某办对…进行了督察: the subject before the object it acts on
_VERB_AT = re.compile(
    _NEWS_DAY
    + "?"
    + _VERB
    + "|编制|颁布|牵头|对|(?:19|20)\\d{2}|二[〇○零]|本?年度|今年|一年来|法治|依法|推进|的(?:法治政府建设|依法行政|法治建设)工作"
    # (某局政府信息公开工作年度报告, 某局信息公开工作在…领导下: a disclosure report's body before its work)
    + "|的?(?:政府信息公开|(?<!政府)信息公开|政务公开)工作"
    # (…or before the report itself, its own offices set apart: 公布2019年度某镇政府(机关)信息公开年度报告)
    # (the body named without the bracket, which says only which of its parts report)
    + "|(?<![)）])(?:[(（]机关[)）])?(?:政府)?信息公开(?:工作)?年度报告"
    + "|"
    + _SESSION_HELD
    # (the lead body of joint organisers: 某市委政法委联合市妇联、公安局…开展了…)
    + "|联合(?=[^。\\n]{2,60}?(?:开展|举办|召开|组织|举行|发布|印发|出台))"
)


# a news lead's deeds, read only where the lead's day, credit or purpose clause stands before the subject (为…，7月5日，
# 某中心组织…; 近日，某镇开展…; 为…，某局多措并举，…; 为…，某所分别于1月12日、…组织召开; 近日，某局携检查组…;
# 近日，市人民政府出台…; 近日，某县人民政府与某中院召开…): a headline's or a report's 某市开展… names a place whose
# organ the lead may name. Never the first of bodies listed with 、 (近日，某部、某部公布了…名单，某村上榜: a list's
# news is of those on it; 某院、某局联合…: its labels name either)
# (…or holding a ceremony: 12月1日，某市隆重举办…启动仪式; or its year's meeting: 3月9日，某镇2022年度政法工作会议召开,
# 某局2022年度普法工作推进会召开)
_PLACE_DEED = (
    r"(?:组织(?![部领保实结机架的])|开展(?!情况)|[多三四五六]措并举|[双多]管齐下|精心组织|分别[于在]|隆重(?:举办|举行|召开)"
    r"|(?:19|20)\d{2}\s*年度?[^，,。\n]{2,20}?会议?(?:召开|举行))"
)
_LEAD_DEED_AT = re.compile(
    # (the day may stand apart between commas: 某局于1月6日上午，组织全体干部开展…; its deeds may follow each other:
    # 某县人大常委会先后开展了…)
    rf"(?:{_NEWS_DAY}[，,]?)?(?:先后(?=开展|召开|举办|组织))?(?:{_PLACE_DEED}|(?:制定(?:并|和)?)?出台|携|联合|召开|举行|举办|印发|下发|发布|公布|走进|来到|前往|赴|深入|邀请|启动"
    r"|赶往|充分利用|通报(?=了)|[与和](?=[^。\n]{2,40}?(?:联合|共同|召开|举办|举行|签订|签署|印发|公布|发布))"
    # (…or going somewhere to do it, or deciding to: 县人大常委会到某镇开展…, 某局决定在…期间开展…)
    rf"|{_GOES_TO_DO}|决定(?=在|于|开展|启动|组织|举办)"
    # (…or its slogan in quotes before whatever it does: 近日，某县烟草专卖局“四方协同”齐抓…)
    r"|[“\"][^”\"\n，,。]{2,10}[”\"](?=[\u4e00-\u9fff]))"
)
# …of which a place by its name does only these (近日，某镇开展…): 日前，某区出台…要点 under a closing credit line
# (（某区司法局）) is the credit's body's news
_PLACE_DEED_AT = re.compile(_NEWS_DAY + "?" + _PLACE_DEED)
# where a lead's subject starts: after its day (7月5日， / 近日，, also after a credit's colon: 通讯员某某报道：近日，, or
# its dateline and writer: 某网10月25日电（某某）日前，),
# after a paper's credit (本报讯（记者 某某）), after the feast the lead opens on (2023年12月4日是第十个国家宪法日，) or
# after the days of a campaign (一周以来，某司法所联合…)
_LEAD_START = re.compile(
    # (the day may carry its lunar date in brackets: 2023年2月21日(农历二月初二)，某局联合…)
    rf"(?:(?:^|[，,。\n:：])\s*(?:(?:19|20)\d{{2}}年(?=\d{{1,2}}月))?{_NEWS_DAY}(?:[(（][^()（）\n]{{1,12}}[)）])?[，,]|"
    rf"(?:{_NEWS_XUN}|日电)\s*{CREDIT_WRITER}\s*(?:{_NEWS_DAY}[，,])?|(?:^|\n)\s*(?:19|20)\d{{2}}年\d{{1,2}}月[，,]|"
    rf"(?:^|[。\n])\s*{OCCASION_RUN}|(?:^|(?<=[，,。\n]))\s*(?:一周|连日|近段时间|近一段时间)(?:以)?来[，,]|"
    # (…or a paper's yesterday or today by its part of the day: 昨日上午，某市政协召开…)
    r"(?:^|[，,。\n:：])\s*(?:昨|今)[天日](?:上午|下午|晚上?)[，,]|"
    # (…or its 近日 with no comma after a purpose clause's: 为…，近日某县税务局来到…)
    r"[，,]\s*(?:近日|日前|近期)(?=[\u4e00-\u9fff]))\s*"
)  # (…or a lead dated by its month alone, on a line's start: 2022年9月，水利部分别在北京…举办…)


# a place's bodies all together after its name (某市各级各部门, 全省上下): the place is the subject
_ALL_OF_PLACE = re.compile(r"各级各部门(?:各单位)?|各地各部门|各级各类|上下")
# a body's staff after its name (某县人民法院干警驱车赶往…, 某局执法人员深入…): the body at work
# (…or its field units together: 某分局各执法大队严厉打击…)
_STAFF = re.compile(
    r"(?:全体)?(?:干警|民警|干部职工|工作人员|执法人员|普法志愿者|(?:普法)?志愿服务队|各执法(?:大队|中队))(?:驱车|一行)?"
)


def _longest_subject(text: str, start: int, verb: re.Pattern[str] = _VERB_AT) -> Optional[tuple[str, Span]]:
    """The longest organisation (or place) name at ``start`` that a verb follows (``verb``, the subject finder's own
    by default): 市委全面依法治市委员会办公室召开…, not 市委; a superior body alone (市委, 区委) is never the subject
    found this way."""
    if start and re.match(r"[A-Za-z*＊×某_＿]", text[start - 1]):
        return None  # XX街道办事处, **县: an anonymised copy names no one
    longest = min(32, len(text) - start)
    if (units := text.find("各", start, start + longest)) >= 0:
        longest = units - start  # (某分局各执法大队: the body's units, 各 never inside a name; the body is shorter)
    for length in range(longest, 1, -1):
        after = start + length
        if alias := _ALIAS.match(text, after):
            after = alias.end()  # 某新区(以下简称“新区”)始终坚持…: the body names its short form first
        whole = _ALL_OF_PLACE.match(text, after)
        if whole:
            after = whole.end()  # 某市各级各部门深入学习…: the place's bodies together, the place at work
        elif staff := _STAFF.match(text, after):
            after = staff.end()
        if not verb.match(text, after):
            continue
        name = org_name(text[start : start + length], place=True)
        if whole and not (name and name[-1] in LEVEL_CHARS):
            continue  # (only a place's bodies act together: never 某局各级各部门)
        if (
            name
            and text.startswith("联合", after)
            and not re.search("[省市县区州旗盟镇乡]", name)
            and not any(is_stem(name[:k]) for k in (2, 3))
            # (a township's own organ named by the township's stem joins others as the lead's doer: 某司法所联合…)
            and not re.search(r"(?:司法所|派出所|人民法庭|税务所|财政所)$", name)
        ):
            # 某大学研究院联合某出版社发布…: a third party's publication, not a place's organ at work (云南出入境边防检查
            # 总站联合…: a place's by its stem)
            continue
        if name and (name not in _GENERIC or name.endswith("政府")):  # 区政府坚持…: the government reports
            if _goes_on(text, start, length):
                return None  # 某大学|法治政府研究院和某出版社共同发布: the front of a longer name, not its subject
            s, e = where(text[start : start + length], name)
            return name, (start + s, start + e)
    return None


def _stem_subject(text: str, start: int) -> Optional[tuple[str, Span]]:
    """A place by its bare name as a sentence's subject (株洲深入贯彻…), which the text names in full elsewhere
    (《株洲市…》): asked only when no sentence's subject is a name."""
    for length in (4, 3, 2):
        stem = text[start : start + length]
        if (
            is_stem(stem)
            and _VERB_AT.match(text, start + length)
            and (
                re.search(rf"{stem}[市区县州旗盟](?!委|政府)", text[:20000])
                # (…or opens the text's own year: 2021年，广东坚持…, a report that never names its place in full; one
                # that does, 广东省, is named so by a finder after this one)
                or (
                    re.fullmatch(r"\s*(?:19|20)\d{2}\s*年[，,]\s*", text[:start]) is not None
                    and f"{stem}省" not in text[:20000]
                )
            )
        ):
            return stem, (start, start + length)
    return None


def _goes_on(text: str, start: int, length: int) -> bool:
    """The name of ``length`` at ``start`` runs on into a longer organ's whole name (某大学 in 某大学法治政府研究院): a
    body's front, which a verb read too eagerly (法治…) cuts from the body the sentence is about."""
    return any(
        exact_name(text[start : start + longer])
        and not _A_VERB.search(text, start + length, start + longer)
        and "各" not in text[start + length : start + longer]  # (nor its units: 某局各执法大队)
        # (…nor the same body's own offices, 某镇政府(机关): the bracket says which of its parts report)
        and not _OWN_OFFICES.fullmatch(text, start + length, start + longer)
        for longer in range(length + 2, min(33, len(text) - start))
    )  # never over a verb the name reader lets pass (某县司法局紧紧围绕县委)


_OWN_OFFICES = re.compile(r"[(（](?:本级)?机关[)）]")


# a verb of the opening sentence; 全面 in a committee's name (全面依法治县委员会) is its name's
_A_VERB = re.compile(rf"(?!全面依法治){_VERB}")


# the title's subject as all that stands before its 关于, when that is a name: 某市法治政府建设领导小组办公室关于印发…
# (a body named for its task, whose name the shorter subject would cut at 法治政府建设)
_BEFORE_ABOUT = re.compile(r"^([^关]{2,32}?)(?=(?:发布|公布|印发)?关于)")
# tags a news CMS puts before a title: [权威发布], 【图解】
# (…and a repost's province before a county's title: (山东省)某县人民政府工作报告)
_TITLE_TAG = re.compile(r"^(?:【[^】]{1,8}】|\[[^\]]{1,8}\]|[(（][^()（）]{2,8}[)）](?=[\u4e00-\u9fff]))\s*")
# a title that opens with its year: 2023年度退役军人事务局法治政府建设工作报告, 2021年里田乡法治政府建设工作总结,
# 二〇二三年度某市法治政府建设情况报告
_YEAR_FIRST = re.compile(
    rf"^(?:(?:19|20)\d{{2}}|二[〇○零][一二三四五六七八九〇○零]{{2}})\s*年度?(.{{2,24}}?)(?=关于|法治(?:政府)?建设|依法行政|推进法治|{_OWN_WORK_AFTER}"
    # (…or the part of the year before its work on the place's rule by law: 2020年某镇上半年全面依法治镇工作总结)
    r"|(?:上半年|下半年|第[一二三四]季度)?(?:全面)?依法治[省市县区镇乡旗街])"
)


# a headline of a place's event held at another's venue (2018年某市宪法学习宣传…启动仪式在某县举行): the place whose
# event it is, named first
_EVENT_HELD = re.compile(
    # (…or after the day's full date: 2016年1月15日，某县2015年度…述职评议会在某处召开)
    # (…or after its day alone: 12月1日上午，某县2024年“宪法宣传周”启动仪式在某广场举行)
    # (…or after the day a sentence before it named: 今年12月4日是…宪法日。当天上午，某市…活动在…举办)
    rf"^(?:(?:19|20)\d{{2}}\s*年(?:度|\d{{1,2}}月\d{{1,2}}日(?:上午|下午)?[，,]\s*)?|(?:\d{{1,2}}月\d{{1,2}}日|当[天日])(?:上午|下午)?[，,]\s*)?"
    rf"([{_HAN}]{{2,10}}?[省市县区州旗])"
    rf"(?=[^在\n，,。]{{2,40}}?"
    r"(?:仪式|活动|大会|会议|推进会|座谈会|评议会|培训班|比赛|竞赛|论坛|宣讲会)(?:(?:于[^在\n，,。]{2,14})?在[^\n，,。]{2,24}?"
    # (…or held with no venue named, the headline's last words: 某县“12·4”国家宪法日…活动举行)
    r"(?:隆重|顺利)?(?:举行|召开|举办|开幕)|(?:隆重|顺利)?(?:举行|举办|开幕)$))"
)


# a body's numbered meeting named for the body, the headline's whole news (2020年第6次县政府常务会召开, 第十二次区政府
# 党组会议召开): the body meets
_NUMBERED_MEETING = re.compile(
    rf"^(?:(?:19|20)\d{{2}}\s*年度?)?第[一二三四五六七八九十\d]{{1,3}}次([{_HAN}]{{2,16}}?)"
    r"(?=(?:常务会议?|全体(?:[(（]?扩大[)）]?)?会议|党组(?:[(（]?扩大[)）]?)?会议?|主任会议?)(?:召开|举行)\s*$)"
)


def _district_after(title: str, start: int, end: int) -> Optional[str]:
    """The county or district a headline names right after its city (某市某区…), as one place with it."""
    for stop in range(min(len(title), end + 8), end + 1, -1):
        whole = title[start:stop]
        if whole[-1] in "县区旗" and exact_name(whole, place=True) == whole:
            return whole
    return None


def _lead_issuer(text: str, start: int, name: str) -> Optional[Found]:
    """The first of joint issuers stacked one per line right above a title's own issuer line (某县科学技术局 /
    某县财政局 / 关于印发…的通知): bodies of the same place, each a whole line; the one listed first leads."""
    lead: Optional[Found] = None
    end = start - 1
    for _ in range(3):
        if end <= 0:
            break
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        other = exact_name(line)
        if not other or other == name or not _same_place(other, name):
            break
        at = text.find(line, line_start)
        lead = (other, (at, at + len(other)), "title")
        end = line_start - 1
    return lead


def _same_place(one: str, other: str) -> bool:
    """Two organs named with the same place first (某县科学技术局, 某县财政局)."""
    k = next((i + 1 for i, c in enumerate(one) if c in LEVEL_CHARS and i >= 1), 0)
    return k > 0 and other.startswith(one[:k]) and one[k:] != other[k:]


# a body's own rules, named after it with no 关于 (某县人民政府法律顾问工作规则, 某区政府法律顾问管理办法)
_RULES_END = re.compile(r"(?:规则|办法|规定|细则|制度)$")


def _rules_issuer(cited: str) -> Optional[str]:
    """The government or department whose name heads the title of its own rules (某县人民政府法律顾问工作规则), the
    longest such head that is a name as it stands; None for a place's bare name (某县…办法 may be any of its organs')."""
    if not _RULES_END.search(cited) or "关于" in cited:
        return None
    for length in range(min(30, len(cited) - 4), 3, -1):
        head = cited[:length]
        if re.search(r"(?:政府|局|委|委员会|办公室|厅|院)$", head) and exact_name(head) and head not in _GENERIC:
            return head
    return None


def _title_subject(text: str, title_span: Span) -> Optional[Found]:
    """The title's subject, on any line of a title the page broke or prefixed with its menu bar."""
    title = text[title_span[0] : title_span[1]]
    if ON_ANOTHERS_REPORT.search(title):
        # 某市某届人大某次会议关于 / 某市中级人民法院工作报告的决议: the session's resolution on another's report, whatever
        # line the title breaks on (the session adopting it is named below); 关于某省2021年…计划执行情况…审查结果的报告:
        # a committee's findings on the place's plan, the place not its writer
        return None
    if "\n" not in title and (explainer := _explainer(title, title_span[0])):
        return explainer  # 某局：《某市…安排》解读: the explainer, not the explained document's issuer
    if "\n" not in title and (issuer := _document_line(title, title_span[0])):
        return issuer  # 某办:关于…的决定: the issuer a repost puts before the title
    if "\n" not in title and (named := _named_title(title, title_span[0])):
        return named  # 某市卫生健康委员会:某市居民健康白皮书(2022年度): the publisher a page puts before the title
    if "\n" not in title and (first_issuer := _joint_title(title)):
        return first_issuer, (title_span[0], title_span[0] + len(first_issuer)), "title"
    first = title.split("\n")[0]
    if "\n" in title and (name := org_name(despace(first))):  # agency on a line of its own above 关于…
        if joint := _lead_issuer(text, title_span[0], name):
            return joint  # 某县科学技术局 / 某县财政局 / 关于印发…的通知: joint issuers stacked, the first leads
        at = first.find(name) if name in first else 0  # a letter-spaced name is quoted as the page spaces it
        return name, (title_span[0] + at, title_span[0] + at + (len(name) if name in first else len(first))), "title"
    first, _, rest = title.partition("\n")
    second = rest.split("\n")[0]
    if rest and (broken := broken_name(first, second)):
        return broken, (title_span[0], title_span[0] + len(first) + 1 + len(second)), "title"
    starts = [0] + [i + 1 for i, c in enumerate(title) if c == "\n"]
    for line_start in starts:  # 首页 政务公开 … / 某局2023年…报告: the title proper is on the last line
        rest = title[line_start:]
        tag = _TITLE_TAG.match(rest)
        lead = line_start + (tag.end() if tag else 0)
        lead += len(title[lead:]) - len(title[lead:].lstrip("《"))  # 《某局关于印发…的通知》
        if title.startswith("关于", lead):
            if re.search(r"报告的决议\s*$", title):
                break  # 关于某区人民检察院工作报告的决议: the session's resolution on another's report, not the report
            lead += 2  # 关于某市2022年度…的报告: the report a body files under its own name names it after 关于
        if "解读" in title and (about := _EXPLAINED.search(title)):
            # an explanation of 《某县人民政府关于…的报告》: the agency is the report's
            lead = about.start(1) if about.group(1) else about.start(2)
            if about.group(1) and (rules_by := _rules_issuer(about.group(1))):
                # 《某旗人民政府法律顾问工作规则》政策解读: the rules' issuer, named at their head
                return rules_by, (title_span[0] + lead, title_span[0] + lead + len(rules_by)), "title"
        sub = title[lead:].replace("\n", " ")
        for m in (
            _BEFORE_ABOUT.match(sub),
            _TITLE_SUBJECT.match(sub),
            _YEAR_FIRST.match(sub),
            _EVENT_HELD.match(sub),
            _NUMBERED_MEETING.match(sub),
        ):
            if (
                m
                and (found := candidate(sub, m, place=True))
                # (…a generic one only under a document's title, or as the body whose meeting it names: 县政府常务会)
                and (found[0] not in _GENERIC or _TITLE_END.search(title) or m.re is _NUMBERED_MEETING)
                # (2023年某局工作总结范文: a template site's sample, written for any such body, names none)
                and not SAMPLE.search(title)
            ):  # 市政府…考核组来我区: a headline, not a title
                name, (s, e) = found
                if m.re is _EVENT_HELD and (longer := _district_after(sub, s, e)):
                    name, e = longer, s + len(longer)  # 某市某区第二届人民代表大会…开幕: the district's, named in full
                return name, (title_span[0] + lead + s, title_span[0] + lead + e), "title"
    return _headline_subject(title, title_span[0], text)


# the issuers before a title's 关于, several of them (某省人社厅某省财政厅关于…, 某省人社厅、某省民政厅关于…) or the first
# of many (某省人社厅等十部门关于…, 某省人社厅某省发改委等19部门关于…)
_JOINT_TITLE = re.compile(r"(.{4,240}?)(等(?:[\d一二三四五六七八九十]{1,3}个?)?(?:部门|单位|厅局))?关于")


def _joint_title(title: str) -> Optional[str]:
    """The first of the joint issuers a title names before its 关于, who leads (the names run together, or set apart
    by 、); None for one issuer alone, whose name the title's other readers take as it stands."""
    m = _JOINT_TITLE.match(title)
    if not m:
        return None
    front = m.group(1)
    names = front.split("、") if "、" in front else list(names_run(front) or ())
    if not names or not all(exact_name(name) == name for name in names) or (len(names) < 2 and not m.group(2)):
        return None
    return names[0]


# a news headline's verb: 某市公布…成绩单, 某委顺利完成…考核, 苏州唯一!某市获评…; never the verbs a legislature
# uses of another's report (审议, 调研: the report is the government's)
_HEADLINE_VERB = re.compile(
    # (…after the first time or again it is done: 某区人大常委会首次举行宪法宣誓仪式)
    r"(?:首次|再次|又一次)?"
    # (…or its members counted onto a list: 某县2镇8村上榜, 某市3个项目入选)
    r"(?:(?:\d{1,3}[个家所镇乡村项])+(?=上榜|入选|获评))?"
    rf"(?:{HEADLINE_DEEDS}|{HEADLINE_MANNER}|{HEADLINE_ACTS}|获评|公布|组织|深入|持续|顺利|成功|部署|荣获|喜获|入选|上榜|征求|全面推进|全面完成|创建|"
    r"争创|赴(?!我)|邀请|就|落成|组建|学习|走进|被授予|"
    # (…or its official answering the press on its document: 某办负责同志就《…》答记者问)
    r"(?:有关)?负责(?:同志|人)(?=就[^。\n]{2,80}?答记者问|答记者问)|"
    # (…or with partners it leaves unnamed: 某县检察院与有关单位共建…基地正式启动)
    r"(?:与|联合|会同)(?:有关|相关|多家|多个)(?:单位|部门)|"
    # (…or named one by another: 某厅被我省表彰为…优秀单位, 某县被命名为…示范县)
    r"被[^。，,\n]{0,10}?(?:表彰|评|命名|确定|认定)为|"
    # (…or the honour it gained or became: 喜报！某市新增一省级…公园, 某县再添…, 某县成全省…示范试点县)
    r"新增|新添|喜添|再添|又添|再获|又获|再创|又创|再夺|勇夺|"
    # (…or the inspection it underwent: 某小学接受某市依法治校示范校“回头看”检查)
    r"接受(?=[^。\n]{0,30}?(?:检查|考核|督查|督导|评估|验收|回头看))|"
    # (…or the visit it pays somewhere, by that place's short name: 某省委依法治省办在渭调研…, 某厅在长开展…工作调研)
    r"在[\u4e00-\u9fff]{1,6}?(?:开展[^，,。\n]{0,30}?)?(?:调研|督导|督查|检查|考察|视察)|"
    r"成为?(?=全[国省市]|首批|首个|第[一二三四五六七八九十\d]+批|国家级|省级|市级))"
)
_SPACES = re.compile(r"[ \u3000]*")
# (a subtitle's dash before it: ——某区某镇开展…, the headline's second line standing alone)
# (…or a site's column tag: 【基层动态】某县某镇多举措打造…)
# (…or the place's portal's name before the tag: 某市:【环保督查整改】某镇扎实开展…)
_HEADLINE_LEAD = re.compile(
    r"(?:【[^】\n]{1,8}】\s*)?(?:[^!！:：|｜\n]{1,14}[!！:：|｜])?\s*(?:【[^】\n]{1,8}】\s*)?(?:[—–-]{1,2}\s*)?"
    r"(?:(?:19|20)\d{2}\s*年度?)?"
)


def _headline_subject(title: str, offset: int, text: str = "") -> Optional[Found]:
    """A news headline's subject: the longest organisation or place at its start that a headline verb follows; a
    place the headline names short (…示范市！鄂州喜获…) by the one full name the ``text`` gives it (鄂州市)."""
    lead = m.end() if (m := _HEADLINE_LEAD.match(title)) else 0  # always matches (every part optional)
    for start in dict.fromkeys((lead, 0)):
        for length in range(min(30, len(title) - start - 2), 1, -1):
            cand = title[start : start + length]
            if cut_short(title, start + length):
                continue  # 县政协九届常委|会第二十四次会议召开: a name cut inside its last word
            if (
                length <= 3
                and _HEADLINE_VERB.match(title, start + length)
                and not exact_name(cand, place=True)
                and len(full := {cand + level for level in "市县区" if cand + level in text[:5000]}) == 1
                and (name := exact_name(next(iter(full)), place=True))
                and name not in _GENERIC
            ):
                return name, (offset + start, offset + start + length), "title"
            if _CAMPAIGN_AFTER.match(title, start + length) and (name := exact_name(cand, place=True)) == cand:
                if cand not in _GENERIC:  # 2024年某市“宪法宣传周”正式启动: the place whose campaign opens
                    return cand, (offset + start, offset + start + length), "title"
                break
            # (a headline may set its subject apart by a space: 某县 成全省…示范县)
            after = _SPACES.match(title, start + length).end()  # type: ignore[union-attr]  # (always matches)
            if _HEADLINE_VERB.match(title, after) and (termed := in_term(cand)) and (at := cand.rfind(termed)) >= 0:
                # 十二届州人民政府召开第62次常务会议: a government in its term is the government
                return termed, (offset + start + at, offset + start + at + len(termed)), "title"
            if (verb := _HEADLINE_VERB.match(title, after)) and exact_name(cand, place=True):
                if cand not in _GENERIC or (cand.endswith("政府") and verb.group()[-2:] in ("召开", "举行")):
                    # 县政府召开…会: a government's own meeting names it, though not its place
                    return cand, (offset + start, offset + start + length), "title"
                break
            if (
                after > start + length
                and place_at(cand, 0)
                and (cand[-1] in LEVEL_CHARS or cand.endswith("街道"))
                and proper_place(cand)
                and re.fullmatch(rf"[{_HAN}“”、]{{6,24}}", title[after:])
            ):
                # 某县某镇 普法工作…: a paper's two-part headline, the place set apart by a space, the rest what is
                # said of it
                return cand, (offset + start, offset + start + length), "title"
            if _HEAD_DOES.match(title, after) and exact_name(cand, place=True) == cand:
                # 某区人大常委会副主任某某调研…: the body whose head does it, the headline's subject (a generic body too:
                # the head's own, named as the page's readers know it)
                return cand, (offset + start, offset + start + length), "title"
            if _MEETING_HELD_AFTER.fullmatch(title, start + length) and exact_name(cand, place=True) == cand:
                # 某州人民政府第二届法律顾问工作会议召开: the body whose meeting the headline says was held
                if cand not in _GENERIC:
                    return cand, (offset + start, offset + start + length), "title"
                break
            if _LISTED_WITH.match(title, start + length) and exact_name(cand) == cand and cand not in _GENERIC:
                # 某市档案局、档案馆积极开展…: two bodies that acted together, the first named leading
                return cand, (offset + start, offset + start + length), "title"
    return _feature_subject(title, offset)


# a feature's subtitle naming whose work it reviews: 法治护航…——某县“七五”普法工作综述, ——某局法治建设纪实 (or
# that subtitle alone, the page's title)
_FEATURE_SUBTITLE = re.compile(r"(?:^|[—–]{1,2})\s*(?=[^—–]{4,40}(?:综述|纪实|侧记|巡礼)$)")


def _feature_subject(title: str, offset: int) -> Optional[Found]:
    """The place or body a feature's subtitle opens with, the longest name there (某县, not 某县“七五”…)."""
    if not (m := _FEATURE_SUBTITLE.search(title)):
        return None
    for length in range(min(20, len(title) - m.end() - 2), 1, -1):
        cand = title[m.end() : m.end() + length]
        if not cut_short(title, m.end() + length) and exact_name(cand, place=True) == cand and cand not in _GENERIC:
            return cand, (offset + m.end(), offset + m.end() + length), "title"
    return None


# a second body listed after a headline's first, then the headline's verb (、档案馆积极开展…, 、县司法局联合举办…)
_LISTED_WITH = re.compile(
    rf"、[{_HAN}]{{0,16}}(?:局|馆|院|委|办|厅|中心|所|队|站|部)(?=(?:联合|共同|携手)?(?:{HEADLINE_DEEDS}|{HEADLINE_MANNER}))"
)


# a body's head by post and name, then what the head does there, not going elsewhere (…副主任某某调研…工作; never
# …到某县调研, whose news is the place visited)
_HEAD_DOES = re.compile(
    rf"(?:党组|党委)?(?:副|代|常务副)?(?:{HEAD_TITLE}|检察长|(?<=委)书记)[{_HAN}]{{2,3}}?"
    r"(?:一行)?(?=调研|督导|督查|检查|主持|出席|走访|视察|慰问|宣讲|讲授|带队|率队)"
)


# a campaign a headline's place opens, its name quoted (某市“宪法宣传周”正式启动, 某省“宪法宣传周”活动启动仪式…举行)
_CAMPAIGN_AFTER = re.compile(r"[“\"][^”\"\n]{2,16}[”\"](?:活动)?(?:正式|全面)?(?:启动|开幕|拉开帷幕)")


# the rest of a headline that tells of a meeting held (…第二届法律顾问工作会议召开, …推进会在某地举行)
_MEETING_HELD_AFTER = re.compile(r"[^，,。！!：:|｜\s]{2,30}?" + MEETING_HELD)


# a document's title on a page's first lines, its issuer first (某办关于…的公示), or put before it by a repost
# (某办:关于…的决定): the kinds of document an office issues, read as the title or, where the finder passes the
# line over (公示, 通知 under a repost's issuer), as the page's first lines
_DOCUMENT_LINE = re.compile(
    rf"^([{_HAN}（）()、]{{2,32}}?)[:：]?\s*关于[^。，,；;:：]{{2,60}}的(?:公示|决定|通知|通报|公告|批复|意见)$"
)


def _document_line(line: str, offset: int) -> Optional[Found]:
    """The issuer a document's title line names first (see ``_DOCUMENT_LINE``), as the body's name."""
    if (m := _DOCUMENT_LINE.match(line)) and (name := exact_name(m.group(1))) and name not in _GENERIC:
        return name, (offset + m.start(1), offset + m.end(1)), "title"
    return None


# an explanation headed by its explainer (某局：《某市人民政府…安排》解读): the body before the colon wrote it, as a
# repost names a document's issuer before its title; an explanation with no such name is the document's
# (the headline may run on into the body, or break inside the 《》, as a one-line or a wrapped copy has it)
_EXPLAINER = re.compile(rf"([{_HAN}（）()]{{2,32}}?)[:：]\s*(?:关于)?《[^《》]{{4,80}}》的?(?:政策|文字|图文)?解读")


def _explainer(line: str, offset: int) -> Optional[Found]:
    if (m := _EXPLAINER.match(line)) and (name := exact_name(m.group(1))) and name not in _GENERIC:
        return name, (offset + m.start(1), offset + m.end(1)), "title"
    return None


# a headline that puts its subject before a colon (某镇：法治文化游园助推乡村法治建设, 【专栏】某区人民政府：建设…政府，
# 推动…; a column's name and a bar before it: 普法强基补短板丨某县：“双语”普法…): the body or place the story is about,
# when all before the colon is its name
_NAMED_HEADLINE = re.compile(
    rf"^(?:【[^】]{{1,12}}】|[^丨|｜\n:：]{{2,12}}[丨|｜])?([{_HAN}（）()]{{2,24}})[:：]\s*[^。:：\n]{{4,40}}$"
)


def _full_division(text: str, stem: str, start: int, end: int) -> Optional[tuple[str, int]]:
    """The one division ``stem`` names (马关: 马关县) and where ``text`` names it in full between ``start`` and ``end``:
    a place a headline shortens to its stem is the one its story writes out."""
    full = division_named(stem)
    if not full or full == stem or (at := text.find(full, start, end)) < 0:
        return None
    return full, at


def _named_title(line: str, offset: int, text: str = "") -> Optional[Found]:
    """The body or place a headline or a title puts before its colon (see ``_NAMED_HEADLINE``), when all of it is a
    name, or a place's stem that names one division the story (``text``) names in full (马关: 马关县)."""
    if not (m := _NAMED_HEADLINE.match(line)):
        return None
    if line.startswith("【", m.end(1) + 1) and _headline_subject(line, offset):
        return None  # 某市:【环保督查整改】某镇扎实开展…: the city's portal, the column, then the story's own subject
    if cut := casino_cut(m.group(1)):
        return cut, (offset + m.start(1), offset + m.start(1) + len(cut)), "title"  # a mirror's casino after the name
    if (
        exact_name(m.group(1), place=True)
        # (…never over a document's title it issues, 某省：印发2023年…工作要点, whose lead names the organ that did)
        or (
            _full_division(text, m.group(1), offset + len(line), offset + len(line) + 1500)
            and not _TITLE_END.search(line)
        )
    ) and m.group(1) not in _GENERIC:
        return m.group(1), (offset + m.start(1), offset + m.end(1)), "title"
    return None


def _untitled_headline(text: str) -> Optional[Found]:
    """A headline the title finder passed over (no title word in it), on one of the first short lines; or the
    title of a document whose kind the title finder does not know, with its issuer before 关于."""
    for line_start, line_end in _lines(text, 3):
        line = text[line_start:line_end]
        if (
            # (a headline in two clauses, its second after a comma: 某镇精心开展…宣传进乡村活动，用…讲述…——)
            len(line) <= 64
            and line.count("，") + line.count(",") <= 1
            and not re.search(r"[。；;:：]", line)
            and (found := _headline_subject(line, line_start))
        ):
            return found
        if found := _named_title(line, line_start, text):
            return found
        if found := _document_line(line, line_start):
            return found
        if found := _explainer(text[line_start : line_start + 200], line_start):
            return found
    return None


# a headline of an inspection: 某检查组到某局检查…, 某局局长某某一行到某镇调研…, 某考核组莅临某厅考核…: the visitor,
# then the body visited, then the visit's work (赴 is the visitor's own news: 某工作组赴某县暗访)
_INSPECTION = re.compile(
    # (…开展实地评估, 开展“八五”普法中期评估: the deed's words between the place and its verb)
    rf"^(.{{2,40}}?)(?:到|莅临|来到|深入|赴)([{_HAN}（）()]{{2,24}}?)(?:(?:开展|进行)了?[^，,。\n]{{0,16}}?|专题|实地|调研|检查)?"
    r"(?:调研|督察|督查|督导|检查|考核|考评|视察|评估|评议|指导|暗访)"
)


# an explainer with no title of its own that opens on the document it explains (《某县2024年法治政府建设工作要点》已
# 制定发布，为便于理解，现作如下解读): its writer is the explained document's issuer, as for one titled 关于《…》的解读
_EXPLAINED_OPENING = re.compile(
    r"^《([^《》\n]{6,80})》[^。\n]{0,12}?(?:制定|印发|发布|出台|公布)[^。\n]{0,30}?解读"
    # (…or the first question of one told as questions and answers: 问：某市2021年政务公开工作要点的制定背景 / 答：…)
    r"|^\s*问\s*[:：]\s*([^\n]{6,80}?(?:要点|方案|规划|意见|办法|规定|计划|纲要))的?[^\n]{0,20}\n\s*答\s*[:：]",
    re.M,
)


def _explained_opening(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """The explained document's subject, from an untitled explainer's first line (see ``_EXPLAINED_OPENING``)."""
    if title_span is not None or not (m := _EXPLAINED_OPENING.search(text, 0, 400)):
        return None
    if text.count("\n", 0, m.start()) > 2:
        return None  # (the page's opening: past its trail and fields, no deeper)
    return _title_subject(text, m.span(1) if m.group(1) else m.span(2))


# a visit told in a news lead: [day，] the visitor (a body, a post, a name) 一行[N人][，] comes to a place (莅临某州, 来某区,
# 到某市); never one that goes straight to the visit's work (…一行3人对某镇…进行督导检查): the place visited may
# speak there (镇长汇报了…) by a name the lead need not give, and the visitor is no surer a writer than the visited
_VISIT_LEAD = re.compile(
    # (…or the head who leads the party: 某部副部长某某带队赴某省、某省就…进行专题调研)
    rf"(?:^|[，,。\n])\s*(?:{_NEWS_DAY}[，,]\s*)?(?P<who>[^，,。；;\n]{{4,60}}?)(?:一行(?:[\d一二三四五六七八九十]+人)?|(?:分别)?(?:带队|率队))[，,]?\s*"
    rf"(?P<move>莅临|来到|来|到|赴|深入)(?P<place>[{_HAN}]{{2,12}}?(?:省|市|州|县|区|旗|镇|乡|街道)"
    # (…or to a court or a bureau, on a visit the lead names: 某区政协主席某某率队赴区人民法院专题视察…)
    r"|[\u4e00-\u9fff]{1,12}?(?:人民法院|人民检察院|法院|检察院|司法局)(?=专题|调研|视察|检查|督导))"
    # (…or the heads of one body each leading a party to the towns they keep in touch with, to call on deputies:
    # 某区人大常委会副主任甲、乙分别率队，到联系街镇走访代表)
    r"(?:[(（][^()（）]{1,4}[)）])?(?=[，,、]|开展|进行|调研|检查|督|考核|考评|评估|验收|实地|对|就|走访|看望|慰问|专题)"
)
# …or a head alone, by post and name, going there (市司法局局长某某到某县调研…; 省委副书记、省委政法委书记某某到某市、
# 某县，调研…): the body of the post named last, the one the visit is made for
_HEAD_VISITS = re.compile(
    rf"(?:^|[，,。\n])\s*(?:{_NEWS_DAY}[，,]\s*)?(?P<who>[^，,。；;\n]{{2,40}}?(?:{HEAD_TITLE}|书记))[{_HAN}]{{2,3}}"
    rf"(?P<move>到|赴|深入|来到|莅临)(?P<place>[{_HAN}]{{2,12}}?(?:省|市|州|县|区|旗|镇|乡|街道))"
    r"(?=[，,、]|开展|进行|调研|检查|督|考核|考评|评估|验收|实地|走访|看望|慰问)"
)
# …or a visit up to another body to report or to learn (某局党组书记某某一行4人到省司法厅汇报请示工作): the visitors'
# news, their body the writer
# (…or its head leading a party there, to an association or a unit too, on a matter it names: 某所副所长某某带领…前往
# 某支队进行了学习交流, 某局党组书记某某等一行赴某协会，就…进行调研)
_VISIT_UP = re.compile(
    rf"(?:^|[，,。\n])\s*(?:{_NEWS_DAY}[，,]\s*)?(?P<who>[^，,。；;\n]{{4,60}}?)"
    rf"(?:一行(?:[\d一二三四五六七八九十]+人)?|带领[^，,。；;\n]{{2,20}}?)[，,]?\s*"
    rf"(?:到|赴|前往)[{_HAN}]{{2,20}}?(?:厅|局|委|部|办|院|支队|总队|协会)(?:[，,]\s*就[^。\n]{{2,40}}?)?"
    r"(?:进行了?)?(?:汇报|请示|学习|考察|交流|对接|调研)"
)


# …or a team that inspects a place's work without coming there in words (市人大常委会调研组对某县…工作情况进行专题调研)
_TEAM_ON_PLACE = re.compile(
    rf"(?:^|[，,。\n])\s*(?P<who>[^，,。；;\n]{{2,30}}?(?:组|团))(?:一行)?[，,]?\s*"
    rf"对(?P<place>[{_HAN}]{{2,12}}?(?:省|市|州|县|区|旗|镇|乡|街道))[^。\n]{{0,40}}?进行[^。\n]{{0,6}}?"
    r"(?:调研|督察|督查|督导|检查|考核|评估|视察)"
)


def _opens_organ(text: str, at: int, place: str) -> bool:
    """The place named at ``at`` opens the name of one of its organs (某县审计局, 某县司法局局长): the organ acts, not
    the place."""
    return any(org_name(text[at : at + k]) for k in range(len(place) + 2, len(place) + 16))


def _event_lead(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """A news lead that opens on a place's event held at a venue (2024年某市…会商会议于12月10日在市人民检察院召开。):
    the place whose event it is, as its headline would say (see ``_EVENT_HELD``). Asked of the first lines only."""
    start = title_span[1] if title_span else 0
    for s, e in _lines(text[start : start + 800], 8):
        raw = text[start + s : start + e]
        whole = raw.strip()
        # (…or the sentence after the occasion's, a credit and a slogan before it: 某网讯(通讯员某某)弘扬宪法精神…。今年12月
        # 4日是第六个国家宪法日。当天上午，某市…; never after a purpose clause, 为…。12月4日，某市…活动在…举行。某支队借此…:
        # the place's event is then the setting of another body's news)
        cuts = [0] + [
            k + 1
            for k, c in enumerate(whole[:200])
            if c == "。" and re.search(r"(?:是|为)[^。]{2,30}?(?:日|节|周|月)[”\"]?$", whole[:k])
        ][:3]
        cut = next((k for k in cuts if _EVENT_HELD.match(whole[k:])), 0)
        line = whole[cut:]
        whole_at = start + s + len(raw) - len(raw.lstrip())  # where ``whole`` starts in ``text``
        if (
            (m := _EVENT_HELD.match(line))
            and exact_name(m[1], place=True) == m[1]
            and m[1] not in _GENERIC
            and not place_at(line, m.end(1))  # 某市某区某镇第七届人民代表大会…开幕: the town's, not the city's
            # (某市司法行政系统…会议在市司法局召开: a line of work's meeting, its bureau's, not the place's)
            and not re.match(r"[\u4e00-\u9fff]{2,8}系统", line[m.end(1) :])
        ):
            at = whole_at + cut + m.start(1)
            if _opens_organ(text, at, m[1]):
                continue  # 某县审计局对…专项审计调查进点会议在…召开: the organ's meeting
            return m[1], (at, at + len(m[1])), "news lead"
        if (own := _ORGAN_EVENT.match(whole)) and (name := exact_name(own[1])) and name not in _GENERIC:
            # 9月19日，某总队第三支队2023年路政执法业务培训班开班: the organ's own event, named after it and its year
            at = whole_at + own.start(1)
            return name, (at, at + len(name)), "news lead"
    return None


# an organ's own event named after it and the event's year (某支队2023年…业务培训班开班, 某局2024年度…工作会议召开)
_ORGAN_EVENT = re.compile(
    rf"^(?:\d{{1,2}}月\d{{1,2}}日(?:上午|下午)?[，,]\s*)?([{_HAN}（）()]{{4,30}}?)(?=(?:19|20)\d{{2}}\s*年度?"
    r"[^在\n，,。]{2,40}?(?:培训班|会议|大会|推进会|座谈会|工作会)(?:在[^\n，,。]{2,24}?)?(?:开班|召开|举行|举办|开幕))"
)


# a headline of a visit that comes to the writer's place (某督察组来某区开展…督察, 某考核组莅临某县…)
_COMES_TO = re.compile(
    rf"[^\n]{{2,40}}?(?:来|莅临)([{_HAN}]{{2,12}}?(?:省|市|州|县|区|旗|镇|乡|街道))"
    r"(?=开展|进行|调研|检查|督|考核|考评|评估|验收|指导|实地|视察)"
)


# an inspection team's feedback to the place it inspected (县委巡察组向某镇所辖村党组织反馈巡察情况, 县委第二巡察组在某镇
# 会议中心召开巡察反馈大会): the place's news, whose party and villages hear it
_FEEDBACK_TO = re.compile(rf"巡[察视]组(?:向|在|对)([{_HAN}]{{2,12}}?(?:县|区|旗|镇|乡|街道))(?=[^。\n]{{0,30}}?反馈)")


def _visit_lead(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """Whose news a visit is, from the lead that tells it (省司法厅某处处长某某一行到某市开展验收…): the place visited
    when the text speaks as it (莅临某州，对我州…; 来某区督察: the visit comes to the writer), else the visitor's body, the
    first organ its party is named by (湖北省司法厅法治督察处副处长某某 → 湖北省司法厅) — a careful reader's
    labels name them so. Asked of the lead's first sentence only."""
    if title_span and (come := _COMES_TO.match(text, title_span[0], title_span[1])):
        place = come.group(1)  # 某督察组来某区开展…督察: the visit comes to the writer's place, whose news it is
        if exact_name(place, place=True) == place and place not in _GENERIC:
            return place, come.span(1), "title"
    start = title_span[1] if title_span else 0
    for at, upto in ((title_span or (0, 0)), (start, start + 200)):
        period = text.find("。", at, upto)
        if (fed := _FEEDBACK_TO.search(text, at, upto if period < 0 else period)) and proper_place(fed.group(1)):
            return fed.group(1), fed.span(1), "news lead"
    if occasion := re.match(r"\s*" + OCCASION_RUN, text[start : start + 300]):
        start += occasion.end()  # 2021年12月8日是某法颁布纪念日。市统计局某某带队深入某区…: the lead after its feast
    lead = text[start : start + 300]
    end = re.search(r"[。！!]", lead)
    stop = end.start() if end else len(lead)  # the lead's first sentence
    m = _VISIT_LEAD.search(lead, 0, stop) or _HEAD_VISITS.search(lead, 0, stop)
    if not m:
        if up := _VISIT_UP.search(lead, 0, stop):
            return _visitor(up.group("who"), start + up.start("who"))
        team = _TEAM_ON_PLACE.search(lead, 0, stop)
        if team and not ((visitor := _visitor(team.group("who"), 0)) and place_at(visitor[0], 0)):
            # 市人大常委会调研组对某县…进行专题调研: the one place the lead names, its visitor's body by level alone
            if proper_place(place := team.group("place")):
                return place, (start + team.start("place"), start + team.end("place")), "news lead"
        return None
    own = self_levels(text)
    place = m.group("place")
    # (a head alone 来到 a place in any paper's words: only the text's own voice, 我县, makes the place the writer)
    if (m.re is _VISIT_LEAD and m.group("move") in ("莅临", "来", "来到")) or place[-1] in own:
        if exact_name(place, place=True) == place and place not in _GENERIC:
            return _host_organ(text, start + stop, place) or (
                place,
                (start + m.start("place"), start + m.end("place")),
                "news lead",
            )
        return None
    if m.re is _HEAD_VISITS:
        # (of a head's several posts, the last: 省委副书记、省委政法委书记 → 省委政法委)
        post = m.group("who").rsplit("、", 1)[-1]
        return _visitor(post, start + m.end("who") - len(post))
    return _visitor(m.group("who"), start + m.start("who"))


def _host_organ(text: str, at: int, place: str) -> Optional[Found]:
    """The organ of the place visited that receives the visitors, in the sentence after the lead's (某区司法局党委书记、
    局长某某…陪同): the host whose news the visit is, as its own site tells it, rather than the whole place."""
    sentence = text[at : at + 160].split("。", 2)[:2]
    after = "。".join(sentence)
    for m in re.finditer(rf"{re.escape(place)}[{_HAN}]{{1,12}}?(?:局|委员会|常委会|委(?!员|会)|厅|办公室|院)", after):
        rest = after[m.end() : m.end() + 50]
        if exact_name(m.group()) == m.group() and not _government(m.group()) and re.match(r"[^。]*?陪同", rest):
            return m.group(), (at + m.start(), at + m.end()), "news lead"
    return None


def _visitor(who: str, at: int) -> Optional[Found]:
    """The body a visiting party (``who``, at ``at``) is named by: the first organ its name holds (湖北省司法厅法治督察处
    副处长某某 → 湖北省司法厅), or its team's when another body's head leads it."""
    if led := re.search(r"带领|率领", who):
        # 某局副局长某某带领某督察组一行: the team's, not its leader's bureau (a team lent by another body's head)
        who, at = who[led.end() :], at + led.end()
    for k in range(3, len(who) + 1):  # the visitor's body: the first organ its party's name holds
        part = who[:k]
        if who.startswith("长", k):
            continue  # (水利部副部|长某某: a head's title cut short, no organ)
        if k < len(who) and org_name(who[: k + 1]) == who[: k + 1]:
            continue  # (区人大常委|会副主任某某: a name cut inside its last word, the whole one a character on)
        if org_name(part) == part and part not in _GENERIC and not _government(part):
            return part, (at, at + k), "news lead"
    return None


# the page's source row (来源:某区司法局): who posted the item, not a body of the place's that was visited
_SOURCE_ROW = re.compile(r"(?:信息|文章)?来源\s*[:：]")


def _inspected(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """The body an inspection's headline visits (某检查组到市司法局检查…), or its lead's first sentence when it has no
    headline (6月6日，某局局长某某一行来到某镇调研…): its work is what the item is about, and the inspectors only
    come to see it. A place visited (某督察组到某县督察…) only in a text that speaks as that place's level (我县): a
    department's inspectors visit its system there (某委督导组到某县检查: the county's health system, no county),
    and a team's own news speaks as the team's place (我市)."""
    if title_span:
        line_start = title_span[0] + text[title_span[0] : title_span[1]].rfind("\n") + 1
        line = text[line_start : title_span[1]]
    else:
        line_start = len(text) - len(text.lstrip())
        line = re.split(r"[。\n]", text[line_start : line_start + 200])[0]
    if not (m := _INSPECTION.match(line)):
        return None
    if line.startswith("赴", m.end(1)) and exact_name(m.group(1)):
        return None  # 某市司法局赴广水调研…: a body's own visit is its news; 某厅副厅长某某赴某市调研: the place's
    own = self_levels(text)
    # (a place visited by its short name, 某评估组到五华开展…评估, in a text that says 我县 and names 五华县: that county)
    short = [m.group(2) + level for level in own if m.group(2) + level in text[:20000]]
    words = short[0] if len(short) == 1 and not exact_name(m.group(2), place=True) else m.group(2)
    if not (name := exact_name(words, place=True)) or name in _GENERIC:
        return None
    if org_name(name):  # an organ: refused only where the text speaks as another level than the one it names
        if own and name[0] in LEVEL_CHARS and name[0] not in own and not self_organs(text):
            return None  # 市某组到县某局检查 in 我市's news: the team's city speaks, not the county's office
    elif name[-1] not in own or any(
        _owns_body(text, at + len(name)) and not _SOURCE_ROW.match(text, text.rfind("\n", 0, at) + 1)
        for at in occurrences(text[:20000], name)
    ):
        # 检查组听取某县卫生计生系统…汇报: the place's system was visited, not the place; of that system, its bureau of
        # the inspectors' own line of work where the text names it (司法厅…考评组赴阿拉善盟考核 → 阿拉善盟司法局)
        if bureau := _visited_bureau(text, m.group(1), name):
            return bureau
        if (organ := exact_name(m.group(1))) and organ not in _GENERIC:
            # 市人大某委到某县调研…, in no voice of that county: a body's own visit is its news (as 某局赴某市调研)
            return organ, (line_start + m.start(1), line_start + m.end(1)), "title"
        return None
    return name, (line_start + m.start(2), line_start + m.end(2)), "title"


# the line of work a department's inspectors come from (省司法厅…, 市卫健委…): its bureau in the place visited
_LINE_OF_WORK = re.compile(
    r"司法|公安|卫生健康|卫健|市场监管|生态环境|教育|民政|财政|人社|人力资源和社会保障|自然资源|交通运输|应急管理|审计|"
    r"统计|水利|农业农村|商务|林业|气象|信访"
)


def _visited_bureau(text: str, visitors: str, place: str) -> Optional[Found]:
    """The place's own bureau of the inspecting department's line of work, named in full in the text (see
    ``_inspected``); none when the visitors name no department or the text names no such bureau, or two."""
    if not (work := _LINE_OF_WORK.search(visitors)):
        return None
    bureau = re.compile(rf"{re.escape(place)}{work.group()}(?:局|委员会|委)")
    named = {m.group() for m in bureau.finditer(text, 0, 20000)}
    if len(named) != 1 or not (name := exact_name(next(iter(named)))):
        return None
    at = text.find(name)
    return name, (at, at + len(name)), "title"


_ZONE = re.compile(r"(?:开发区|高新区|新区|园区|试验区|合作区)$")
_ZONE_BODY = r"(?:管理委员会|管委会)"


# a street and number after a place's name (某县景管路272号, 某区人民路8号): an address
_STREET_ADDRESS = re.compile(r"[^\n。，,；;]{1,8}?(?:路|街|大道|巷)[\d〇一二三四五六七八九十]")


def _fuller(text: str, found: Found) -> Found:
    """A title's name without its place (开发区…报告, 退役军人事务局…报告) in the full form the opening gives it
    (2024年，某县经济开发区在…), or with its level alone (应急管理局…总结 over 2024年，市应急管理局在…): the same
    body, named so a reader knows which one; a zone's name (某经济技术开发区…报告) as the committee that governs it
    when the opening names that committee."""
    name, span, source = found
    if _ZONE.search(name) and (run := re.search(re.escape(name) + _ZONE_BODY, text[:1500])):
        # 2025年天津经济技术开发区…报告 over 2025年，天津经济技术开发区管理委员会…: a zone is governed by its committee,
        # not by a people's government the place's name would stand for
        return run.group(), run.span(), "preamble"
    for start in occurrences(text[:1500], name):
        end = start + len(name)
        if _STREET_ADDRESS.match(text, end):
            continue  # 云南省某州某县景管路272号: a postal address's chain of places, no name the text calls the body by
        if text.startswith("、", end):
            continue  # 滕州市局、薛城区局、市中区局做交流发言: one of several bodies listed, not the title's
        for k in range(12, 0, -1):
            at = start - k
            # (…or after the formula that opens a report: 现将市生态环境局2022年以来…报告如下; or at the head of the
            # report's title that a page publishes: 现将《某县司法局2023年…报告》公布如下)
            if at < 0 or (at and text[at - 1] not in "\n。，,：:；;年日《" and text[max(0, at - 2) : at] != "现将"):
                continue
            longer = text[at:end]
            # (…or the place's stem before the level word the title's name opens with: 市交通运输局…报告 over
            # 2024年，南平市交通运输局在…)
            if (
                org_name(text[at:start], place=True)
                or (k == 1 and text[at] in LEVEL_CHARS)
                or (
                    name[0] in LEVEL_CHARS
                    and (proper_place(text[at : start + 1]) if k >= 2 else one_character_division(text[at : start + 1]))
                )
            ) and exact_name(longer, place=True):
                return longer, (at, end), "preamble"
    return _unabridged(text, found)


def _is_abridged(short: str, full: str) -> bool:
    """``short`` keeps the first characters of ``full`` and the rest in order, dropping level words and whole links of
    the chain (山东峄城阴平镇 of 山东省枣庄市峄城区阴平镇)."""
    chars = iter(full)
    return len(short) < len(full) and short[:2] == full[:2] and all(c in chars for c in short)


def _unabridged(text: str, found: Found) -> Found:
    """A place a headline names by its chain abridged (山东峄城阴平镇: province and district by their stems) that the
    story names in full (山东省枣庄市峄城区阴平镇召开…): the full name, so it reads as the place it is."""
    name = found[0]
    if _ZONE.search(name):
        return found  # 武汉东湖新技术开发区: a zone goes by its own name, stem and all (武汉市东湖… is a variant)
    if name[-1] not in LEVEL_CHARS and org_name(name):
        return _with_level(text, found)
    if name[-1] not in LEVEL_CHARS or org_name(name) or not proper_place(name):
        return found  # (a place, never a body: 国家税务总局 is no chain of places)
    tail = next((name[k:] for k in range(len(name) - 3, 1, -1) if proper_place(name[k:])), None)
    if not tail:
        return found
    for start in occurrences(text[:1500], tail):
        end = start + len(tail)
        for at in range(max(0, end - 20), start - len(name) + len(tail)):
            longer = text[at:end]
            if _is_abridged(name, longer) and exact_name(longer, place=True) == longer and proper_place(longer):
                return longer, (at, end), "preamble"
    return found


def _with_level(text: str, found: Found) -> Found:
    """A body a headline names with its place's stem alone (安康生态环境局汉阴分局) that the story names with the
    place's level word (安康市生态环境局汉阴分局): the story's form, the name the body goes by."""
    name = found[0]
    # (only before the place's own level: 汉中市… has it already)
    stems = itertools.takewhile(lambda k: name[k] not in LEVEL_CHARS, range(2, min(5, len(name) - 2)))
    tries: list[tuple[str, Iterable[int]]] = [("省市州县区", stems)]
    # (…or its second place's, after the first's whole name: 酒泉市阿克塞司法局 of 酒泉市阿克塞县司法局)
    if (first := next((j for j in range(2, min(5, len(name) - 4)) if name[j] in "省市州"), None)) is not None:
        tries.append(("县区市旗", range(first + 3, min(first + 5, len(name) - 2))))
    for levels, positions in tries:
        for k, longer, at in _level_added(text, name, levels, positions, 1500):
            if proper_place(longer[: k + 1]) and exact_name(longer):
                return longer, (at, at + len(longer)), "preamble"
    return found


def _level_added(text: str, name: str, levels: str, stems: Iterable[int], end: int) -> Iterator[tuple[int, str, int]]:
    """Each form of ``name`` with a level word after its first ``k`` characters (南通海门区 → 南通市海门区) that the
    text's first ``end`` characters give: (k, the longer form, where it stands); the caller judges which one is a
    name."""
    for k in stems:
        for level in levels:
            longer = name[:k] + level + name[k:]
            if (at := text.find(longer, 0, end)) >= 0:
                yield k, longer, at


def _headline_span(text: str, title_span: Optional[Span], found: Found) -> Optional[Span]:
    """The news headline ``found`` was read from (a headline the title finder passed over is its own line), or None
    when the title is a document's (某县2024年…报告), whose opening tells of its writer's organs, not of who acted."""
    if not title_span and found[2] == "title":
        line_end = text.find("\n", found[1][1])
        title_span = (text.rfind("\n", 0, found[1][0]) + 1, len(text) if line_end < 0 else line_end)
    if not title_span or _TITLE_END.search(text[title_span[0] : title_span[1]].strip()):
        return None
    return title_span


def _headline_organ(text: str, title_span: Optional[Span], found: Found) -> Found:
    """A news headline names a place (某区开展…专项督察) where its lead names the place's organ that did it
    (某区委依法治区办对…进行了专项督察): the organ, named in full, is the item's agency. Never a government or a
    party committee of the place (they are the place), nor in a document's title (某县2024年…报告)."""
    name = found[0]
    title_span = _headline_span(text, title_span, found)
    if not title_span or org_name(name):
        return found
    lead = _preamble_subject(text, title_span)
    if (
        lead
        and (lead[0].startswith(name) or lead[0][0] == name[-1])  # 某省…督察: 省某领导小组办公室 (its level word)
        and lead[0] != name
        and exact_name(lead[0])
        and not _government(lead[0])
    ):
        return lead
    if acting := _place_organ_acting(text, title_span[1], name):
        return acting
    return found


def _place_organ_acting(text: str, start: int, place: str) -> Optional[Found]:
    """The one organ of the headline's ``place`` that the lead's first sentence says acted (为规范…，9月8日，某市司法局
    组织开展了…): the lead names it in full, the place's name first, then its deed. None when it names two organs of
    the place, or none."""
    head = text[start : start + 400]
    stop = re.search(r"[。！!]", head)
    sentence_end = start + (stop.start() if stop else len(head))
    acting: dict[str, Span] = {}
    # the organ named with the place (某市司法局) or with its level word alone (市司法局) at a clause's start
    level = {m.start() for m in re.compile(rf"(?<![{_HAN}]){re.escape(place[-1])}").finditer(text, start, sentence_end)}
    for at in sorted(set(occurrences(text[:sentence_end], place)) | level):
        if at < start or text[at - 1] in "、和与及同":
            continue  # one of several bodies listed: 由A、B、某市普法办主办 is no one organ's deed
        name = _longest_name(text, at)
        if name and name != place and _place_organ(name, place):
            if _VERB_AT.match(text, at + len(name)) or re.match("组织|开展|举办|主办|决定", text[at + len(name) :]):
                acting.setdefault(name, (at, at + len(name)))
    if len(acting) != 1:
        return None
    ((name, span),) = acting.items()
    return name, span, "news lead"


# a lead's subject that lists several bodies acting together (市司法局、市民政局组成审核小组…, 市中院、市司法局联合在…
# 召开…, 省司法厅、省民政厅在全省部署…): names joined by 、, then a verb of the joint deed
_LISTED = (
    rf"((?:[{_HAN}（）()]{{2,24}}?、)+[{_HAN}（）()]{{2,24}}?)"
    # (…counted after the list: 某支队、某处、某局等3个部门开展…; or inviting a speaker together: 某局、某委邀请…作专题培训)
    rf"(?=等(?:[\d一二三四五六七八九十]{{1,3}}[个家])?(?:部门|单位)(?:联合|共同|开展|组织)|联合|共同|组成|携手|组织|邀请|"
    rf"{_NEWS_DAY}?{_VERB})"
)
_LISTED_ACTORS = re.compile(r"(?:^|[，,。\n]\s*)" + _LISTED)
# one organ doing the headline's deed right after the lead's day (12月1日上午，某区司法局开展了…)
_ONE_ACTOR = re.compile(rf"{_NEWS_DAY}[，,]?\s*([{_HAN}（）()]{{2,24}}?)(?=开展了?|举办了?|组织开展|举行了?)")
# …right where a lead's subject starts (近日，市司法局、市民政局组成审核小组…)
_LISTED_AT = re.compile(_LISTED)
# …or two bodies joined by 与 holding one meeting or signing one paper together (日前，某县人民政府与某县人民法院召开
# 府院联席会议): the first, its host, a government too
_PAIR_AT = re.compile(rf"([{_HAN}（）()]{{2,24}}?)与([{_HAN}（）()]{{2,24}}?)(?=联合|共同|召开|举行|举办|签订|签署)")


def _awardee(text: str, start: int, end: int) -> Optional[tuple[str, Span]]:
    """The one body or place a naming decision's or a list's clause names on its own between ``start`` and ``end``
    (，某市被命名为… / ，某县某镇某村上榜), when it is a body, a place or a village named with its county and town."""
    if (named := _NAMED_AS.match(text, start)) and org_name(named[1]) == named[1]:
        return named[1], named.span(1)
    one = _AWARDEE.search(text, start, end)
    if one and (org_name(one[1], place=True) == one[1] or is_stem(one[1]) or _VILLAGE.fullmatch(one[1])):
        return one[1], one.span(1)
    # (…or the villages of one county, the first named with its county and town: ，某县某镇某村、某镇某村…共8个村获此殊荣)
    if (county := _COUNTY_VILLAGES.search(text, start, end)) and proper_place(county[1]):
        return county[1], county.span(1)
    return None


_OWN_PLACE_ORGAN = re.compile(r"我(?=[省市区县州旗镇乡][\u4e00-\u9fff]{2})")


# a court or a procuratorate named with no place, after a body of its place it joins (某区检察院、法院)
_BARE_JUDICIAL = re.compile(r"(?:人民)?(?:法院|检察院)")


def _first_listed(text: str, start: int) -> Optional[tuple[str, Span]]:
    """The first of the organs a lead lists as acting together (近日，市司法局、市民政局组成审核小组赴…; 省司法厅、省民政厅
    在全省部署…): the body that leads a joint deed is named first, and that is whose news the item is. Never a list
    that publishes a list (某办、某部公布…名单，某村上榜: of those on it), nor one with a place or a non-organ in it.
    Two bodies joined by 与 (某县人民政府与某县人民法院召开…) are read so too."""
    m = _LISTED_AT.match(text, start)
    if not m:
        pair = _PAIR_AT.match(text, start)
        # (a body of the writer's own place may be named so: 我区教育局与区人民检察院联合举行… → 区教育局)
        own = 1 if pair and _OWN_PLACE_ORGAN.match(pair[1]) else 0
        if pair and all(org_name(item) == item for item in (pair[1][own:], pair[2])):
            return pair[1][own:], (pair.start(1) + own, pair.end(1))
        return None
    if award := _AWARDING.match(text, m.end() + (2 if text.startswith(("联合", "共同"), m.end()) else 0)):
        # 某部、某部公布…名单，某县某镇某村上榜: the item is of the one named
        return _awardee(text, m.end(), award.end())
    items = m.group(1).split("、")
    if (
        (town := _TOWN_OFFICE.fullmatch(items[0]))
        and text.startswith("等", m.end())
        and all(_BARE_OFFICE.fullmatch(item) for item in items[1:])
    ):
        # 某镇社治办、禁毒办、司法所、派出所等部门联合开展…: the town's offices together, the town at work
        return town[1], (m.start(1), m.start(1) + len(town[1]))
    # (…the later ones may share the first's place unsaid: 某区检察院、法院联合签订…)
    if not all(
        (org_name(item) == item and not _government(item)) or (k and _BARE_JUDICIAL.fullmatch(item))
        for k, item in enumerate(items)
    ):
        return None
    return items[0], (m.start(1), m.start(1) + len(items[0]))


# a town's office first in a list of the town's offices (某镇社治办、禁毒办、司法所…), the others named without it
_TOWN_OFFICE = re.compile(rf"([{_HAN}]{{2,6}}?(?:镇|乡|街道))[{_HAN}]{{2,6}}")
_BARE_OFFICE = re.compile(rf"[{_HAN}]{{1,4}}(?:办|所|站|队|中心)")


# a body that publishes a list, a naming decision or a commendation whose next clause names who is on it (某办公布
# 第二批…示范地区名单，某县上榜 / 某办印发《关于…命名的决定》，某市被命名为… / 某办公布…通报。其中，某区…获得通报表扬 /
# 某办对各县…创建工作进行通报，某局创建工作受到通报表扬)
# what a body names another as itself (某部将某厅列为…): the verb the two patterns below share
_NAMES_AS = r"(?:列为|确定为|评为)"
_AWARDING = re.compile(
    # (…or an assessment that ranks places: 某研究院发布《中国法治政府评估报告》，某市在100个被评估城市中位居第九)
    rf"{_NEWS_DAY}?(?:(?:公布|公示|印发|发布|下发|通报|发文)[^。]{{0,60}}?(?:名单|命名|决定|通报|考核[^。，,]{{0,6}}结果|评估报告|排行榜|文件[，,]\s*表彰)|对[^。]{{0,60}}?进行通报"
    # (…or names them itself: 某局、某局将全市120个村居命名为第七批示范村。某县某村、…共8个村获此殊荣)
    r"|将[^。]{0,60}?命名为)"
    # (…or a list of those named: ，某乡某村、某镇某村…等7个村被命名为…)
    r"[^。]{0,40}?[，,。》](?:[^。]{0,40}?|[^。，,]{0,100}?[等共][^。，,]{0,8})"
    r"(?:上榜|榜上有名|入选|被命名|获评|荣获|获得|获此殊荣|名列|位列|位居|被确定|受到[^。，,]{0,6}(?:表扬|表彰)"
    # (…or rated by the body that circulated the list: ，通报显示，某县公安局被市局评为…优秀单位; or commended:
    # ，某县被表彰为…先进单位)
    r"|被[^。，,]{0,6}?(?:评为|表彰为))"
    # (…or names one body so itself: 近日，某部将某省某厅列为第三批…试点单位)
    rf"|{_NEWS_DAY}?将(?=[^。，,]{{2,30}}?{_NAMES_AS}[^。]{{0,40}}?(?:单位|试点|示范|先进))"
)
# the one body a naming body names so itself (某部将某省某厅列为…试点单位)
_NAMED_AS = re.compile(rf"{_NEWS_DAY}?将([{_HAN}]{{2,30}}?){_NAMES_AS}")


# a village or a community named with the county and the town it lies in (旌德县孙村镇玉屏村)
_VILLAGE = re.compile(rf"[{_HAN}]{{1,6}}[县区市旗][{_HAN}]{{1,6}}(?:镇|乡|街道)[{_HAN}]{{1,8}}(?:村|社区)")
# villages listed, the first named with its county and town, the next with its town alone (某县某镇某村、某镇某村…):
# the county's (never villages of several counties: 某县某乡某村、另县某乡某村)
_COUNTY_VILLAGES = re.compile(
    rf"[，,。》]\s*([{_HAN}]{{1,6}}?[县区市旗])[{_HAN}]{{1,6}}(?:镇|乡|街道)[{_HAN}]{{1,8}}(?:村|社区)、"
    r"(?=[^县区市旗、，,。]{1,6}(?:镇|乡|街道))"
)
# the one body or place a naming decision's or a list's next clause names, on its own (，某市被命名为 / ，某县上榜 /
# ，某局申报的“某某”项目入选; never one of a list, 某县、某区被命名为)
_AWARDEE = re.compile(
    rf"[，,。》]\s*(?:其中[，,]\s*)?([{_HAN}]{{2,20}}?)(?:(?:申报|推荐|报送)的[^。]{{0,40}}?)?(?:成功|顺利|再次|首次)?"
    # (…or ranked by a circulated assessment: ，某局取得第二类考核单位第一名的好成绩，获评优秀等次)
    r"(?=被命名|上榜|榜上有名|入选|获评|荣获|被确定为|被[^。，,]{0,6}?(?:评为|表彰为)|被[^。，,]{2,16}?命名为|取得[^。，,]{0,20}?(?:第[一二三]名|好成绩|优异成绩)"
    # (…or its rank among those assessed: ，某市在100个被评估城市中位居第九名)
    r"|在[^。，,]{2,20}?中(?:位居|位列|名列|排名)"
    # (…or its name on the list, after the review it passed: ，某市通过复核名列其中)
    r"|(?:通过[^。，,]{0,6}?)?名列)"
)


def _organs_acted(text: str, title_span: Optional[Span], found: Found, *, headline: bool) -> Union[bool, Found]:
    """``found`` is a place a news headline names as the doer (某市开展…), on its own line (``headline``) or opening a
    copy that ran it into its lead (某市召开…会议为推动…，6月2日，市中院、市司法局联合…), while the lead says several
    of the place's organs did it (:func:`_organs_listed`): the first of them when the lead lists them acting, True
    when it names them as hosts. Never a document's title (某市2024年…报告)."""
    if org_name(found[0]):
        return False
    if headline:
        if not _headline_span(text, title_span, found):
            return False
    elif found[1][0] != len(text) - len(text.lstrip()) or not _HEADLINE_VERB.match(text, found[1][1]):
        return False
    return _organs_listed(text, found)


# the day a lead tells of (近日, 6月2日, 昨(27)日): a sentence without one opens on something else (今年是…之年。)
_LEAD_DAY = re.compile(rf"{_NEWS_DAY}|昨[(（]\d{{1,2}}[)）]日")


def _organs_listed(text: str, found: Found) -> Union[bool, Found]:
    """The headline's place (某市开展…, 某市召开…) did not act: its lead's first sentence names several of the place's
    own organs doing it together (市司法局、市民政局组成…): the first of them, who leads a joint deed (and whom a
    careful reader names), not the place; or two or more of them host it (True: whose it is the text does not say).
    Read from the place on (the rest of the headline has no full stop), so a copy that ran the headline into its
    lead reads the same."""
    place, start = found[0], found[1][1]
    lead = text[start : start + 400]
    end = re.search(r"[。！!]", lead)
    sentence_end = end.start() if end else len(lead)
    if end and not _LEAD_DAY.search(lead, 0, sentence_end):
        # (a lead that opens on a sentence of the year's occasion, 今年是…关键之年。昨(27)日，…: the next one tells it)
        nxt = re.search(r"[。！!]", lead[end.end() :])
        sentence_end = end.end() + nxt.start() if nxt else len(lead)
    if (row := source_field(text)) and _place_organ(row[0], place) and re.search(r"联合|共同", lead[:sentence_end]):
        # 市委依法治市办、市法宣办、市司法局、某传媒集团决定联合举办… under 来源:某市司法局: of the organs that act
        # together, the one that posts the page
        short = row[0][len(place) - 1 :] if row[0].startswith(place) else row[0]
        if re.search(
            rf"(?:^|[、，,])(?:{re.escape(row[0])}|{re.escape(short)})、|、(?:{re.escape(row[0])}|{re.escape(short)})(?:[、和及与]|联合|共同)",
            lead[:sentence_end],
        ):
            return row
    for m in _LISTED_ACTORS.finditer(lead, 0, sentence_end):
        items = m.group(1).split("、")
        # (the first the place's, leading; a body of the province beside it joins: 某市某支队、某省某支队、某市某局)
        if _place_organ(items[0], place) and all(org_name(item) == item for item in items[1:]):
            return items[0], (start + m.start(1), start + m.start(1) + len(items[0])), "news lead"
    # (…or one of them doing it, after the lead's day: 某区举办…开放日活动 / 12月1日上午，某区司法局开展了…活动)
    for m in _ONE_ACTOR.finditer(lead, 0, sentence_end):
        if _place_organ(m.group(1), place, short=True):
            return m.group(1), (start + m.start(1), start + m.end(1)), "news lead"
    # 由省普法处、某市委宣传部、某市司法局…主办的…活动: two or more of the place's organs among its hosts
    return any(
        sum(_place_organ(item, place) for item in m.group(1).split("、")) >= 2
        for m in _HOSTS.finditer(lead, 0, sentence_end)
    )


def _place_organ(name: str, place: str, *, short: bool = False) -> bool:
    """``name`` is a whole organ of ``place``, named with it (某市司法局) or with its level word (市司法局), and not
    the place's government (which is the place); with ``short``, named with the place's own name too, without the
    higher places before it (小店区司法局 of 太原市小店区: one organ acting alone, which a lead names so)."""
    own = next((place[k:] for k in range(2, len(place) - 1) if place[k - 1] in "省市州盟"), place) if short else place
    return (
        org_name(name) == name
        and (name.startswith(place) or name[0] == place[-1] or name.startswith(own))
        and not _government(name)
    )


# the hosts of an event the lead lists: 由A、B、C主办的 / 由A、B联合举办
_HOSTS = re.compile(rf"由((?:[{_HAN}（）()]{{2,24}}?、)+[{_HAN}（）()]{{2,24}}?)(?:联合|共同)?(?:主办|承办|举办|组织)")


# a transmittal that passes on another's document whole: 转发《A、B关于…》…现转发给你们, 现将《A、B关于…》转发给你们,
# 转发了《A、B关于…》。《…》全文如下; the document's joint authors before its 关于
_CARRIED = re.compile(
    rf"(?:转发了?|现将)《((?:[{_HAN}（）()]{{2,24}}?、)+[{_HAN}（）()]{{2,24}}?)关于[^《》]{{4,80}}》"
)
# …or a lead that names the document's issuers before it carries it whole: 近日，某市委办公厅、某市政府办公厅印发了《某
# 方案》，并发出通知…。《某方案》全文如下 / 近日，某省委办公厅、省政府办公厅印发《某方案》，内容如下
_ISSUED_WHOLE = re.compile(
    rf"(?:近日|日前|近期|\d{{1,2}}月\d{{1,2}}日)[，,][ \t\u3000]*"
    rf"((?:[{_HAN}（）()]{{2,24}}?、)*[{_HAN}（）()]{{2,24}}?)(?:联合)?印发了?《[^《》]{{4,80}}》"
)
_PASSED_ON = re.compile(r"全文如下|内容如下|公布如下|印发如下|(?:转发|印发)给你们")


def _carried_authors(text: str) -> Optional[Found]:
    """The joint authors of the document a page carries whole under its transmittal (某市委、某市政府转发了《市委宣传部、
    市司法局关于…规划》。《…》全文如下), or its issuers that the lead names (近日，某办公厅、某办公厅印发《某方案》，内容如下):
    the page is their plan, as its genre is; the bodies that pass it on are not its writers. Never news of a
    transmittal or an issue that does not carry the document (转发了《…》，并发出通知。通知指出…)."""
    for pattern in (_CARRIED, _ISSUED_WHOLE):
        for m in pattern.finditer(text, 0, 1500):
            # (中共某市委办公厅 is named whole: the office of the Party committee, 中共 its name's front)
            names = [name.removeprefix("中共") for name in m.group(1).split("、")]
            if all(exact_name(name) == name for name in names) and _PASSED_ON.search(text, m.end(), m.end() + 300):
                return m.group(1), m.span(1), "title"
    return None


# a body's own rules of work passed on by the notice that issues them (《某州人民政府工作规则》已经…审议通过，现予印发)
_OWN_RULES_ISSUED = re.compile(
    rf"《([{_HAN}（）()]{{2,40}}?)工作规则》[^。《》\n]{{0,60}}?(?:现予印发|现印发给你们|现予发布|现予公布)"
)


# …or a title that is the rules' own (某区人民政府工作规则), or the notice issuing them (关于印发《某州人民政府工作规则》的
# 通知), on a line of its own: the body whose rules of work they are, whoever posted the page
_OWN_RULES_TITLE = re.compile(rf"^[ \t]*(?:关于印发)?《?([{_HAN}（）()]{{4,40}}?)工作规则》?(?:的通知)?[ \t]*$", re.M)


# a speech that opens on whom its speaker speaks for (各位代表：⏎现在，我代表某区人民政府向大会作政府工作报告)
# (never 我受某政府的委托: an organ's head reporting for the government, the organ's report, its speaker's line says)
_SPEECH_OPENS = re.compile(r"(?:^|\n)[ \t\u3000]*(?:现在[，,]\s*)?我代表")


def _opening_speech(text: str) -> Optional[Found]:
    """The speech itself, its first words saying whom its speaker speaks for (各位代表：⏎现在，我代表某区人民政府向大会
    作政府工作报告): that body's, more surely than any document or plan the speech names after (中央印发《某某大湾区
    发展规划纲要》 is no document of the district's). Only at the text's start and on a line of its own: a news item
    quotes such words later, inside its story."""
    opening = _SPEECH_OPENS.search(text, 0, 800)
    if not opening:
        return None
    found = on_behalf(text)
    if not found or not opening.start() <= found[1][0] <= opening.end() + 40 or level_only(found[0]):
        return None  # (我代表省人民政府: a level alone, whose place the readers after this one find)
    return found


def _own_rules_issued(text: str) -> Optional[Found]:
    """A copy with no title of its own that opens on the notice issuing a body's rules of work (各县市人民政府…：
    《某州人民政府工作规则》已经自治州人民政府审议通过，现予印发): the body whose rules they are."""
    for m in (_OWN_RULES_ISSUED.search(text, 0, 1500), _OWN_RULES_TITLE.search(text, 0, 600)):
        # (a government in its term, 某州第十四届人民政府, is that government, quoted with its term)
        if m and (name := org_name(m.group(1))) and name not in _GENERIC:
            return found_in(name, m.group(1), m.start(1), "title")
    return None


def _held_by(text: str, found: Found) -> Found:
    """A headline that names a place hosting a meeting (某市召开市委全面依法治市委员会第十次会议): the body that met,
    as the lead names it, when it is the place's own (its name starts with the place's, or with its level word);
    the place only hosts the meeting, whose news it is."""
    name = found[0]
    if org_name(name) or not exact_name(name, place=True) or not (meeting := meeting_lead(text)):
        return found
    body = meeting[0]
    if body != name and (body.startswith(name) or body[0] == name[-1]) and not _government(body):
        return meeting
    return found


# the marks an anonymised copy writes for a name (__县, XX镇, ＊＊局, ××局; 某 too where it stands before a name)
_MASK = "_＿xX*＊×"
_PLACEHOLDER = re.compile(rf"[{_MASK}某]+(?:[省市区县州旗镇乡]|街道)?\Z")  # right before the name, not a line above
# a browser's title bar a page kept as its first line (某市2018年法治政府建设情况报告_栏目_某市人民政府门户网站):
# its underscores part the page's title, column and site, and hide no name
_TITLE_BAR = re.compile(r"[^_\n]{2,80}(?:_[^_\n]{2,40})+(?:网|网站|門戶網站|网站首页)[ \t]*(?:\n|\Z)")


def _anonymised(text: str, name: str) -> bool:
    """教育局…报告 / __县教育局: the name stands after a placeholder somewhere, or opens with one (X县某局…), so the
    copy names no one. (某 opening a name is left to stand: our fixtures write 某市某局 for an invented body.)"""
    if name.startswith(tuple(_MASK)):
        return True
    if any(
        _PLACEHOLDER.search(text[max(0, at - 6) : at]) and not _TITLE_BAR.match(text, text.rfind("\n", 0, at) + 1)
        for at in occurrences(text[:3000], name)
    ):
        return True
    # 乡政府/镇政府 in a copy that calls the place *乡 or xxx镇: the bare organ is the anonymised one
    # (…or 镇人民政府 in a copy that calls the town XX镇: the same bare organ in full)
    bare = name in _GENERIC or re.fullmatch(r"[省市区县州旗镇乡](?:人民)?政府", name)
    level = re.match(r"[省市区县州旗镇乡]|街道", name) if bare else None
    # (…or the template's row of circles: ooo乡, ○○镇)
    if level and re.search(rf"(?:[{_MASK}某]|[oO○〇]{{2,}}){level.group()}", text[:3000]):
        return True
    # …and an organ named by its line of work alone (林业局) in a template that masks its years (20XX年全区林业工作):
    # the place it stood for was taken out with them
    # (…or that masks the place it stands for: 司法局2020年…总结 over XX区, 环保局 in a copy of xx 市's report)
    return (
        re.search(r"[省市区县州旗镇乡]", name) is None
        and not place_at(name, 0)
        and re.search(
            r"(?:19|20)[Xx×*＊]{2}\s*年|[Xx]{4}\s*年|(?<![A-Za-z])[Xx×*＊]{1,3}\s?[省市区县州旗镇乡]", text[:3000]
        )
        is not None
    )


def _DEEP_SENTENCE(head: str, start: int) -> bool:  # noqa: N802 - reads as the condition it names
    """A sentence deep in the body (its third or later, past the opening lines): its subject is whoever the report
    talks about then (。某开发区持续位居…), not the writer, who names itself in its opening sentences — or in the
    first sentence of the paragraph after a disclosure report's preamble (根据《条例》…编制本报告。全文包括…。本报告的
    电子版…。⏎2025年，某旗坚持…)."""
    second_paragraph = head.count("\n", 0, start) == 1 and head.rfind("\n", 0, start) + 1 >= start - 8
    return head.count("。", 0, start) >= 2 and start > 300 and not second_paragraph


_FORMULA = re.compile(r"(?:报告|汇报)如下[:：。]?")


def _PAST_FORMULA(head: str, start: int) -> bool:  # noqa: N802 - reads as the condition it names
    """A sentence after the preamble's closing formula (现将工作情况报告如下。一、…) past a paragraph's first: the
    body's, whose subjects are the bodies the report tells of (一是谋划年度工作。市委依法治市办印发…), the writer
    only as its place's government or as the organ it speaks as (我局); a part's opening sentence (一、总体情况\n
    2023年，某镇在…领导下) may name the writer as any body."""
    if not (formula := _FORMULA.search(head, 0, start)):
        return False
    return "。" in head[max(head.rfind("\n", 0, start) + 1, formula.end()) : start]


# a press conference its host holds (中共某省委在某会堂召开“某某”系列新闻发布会·司法工作专场发布会，某省司法厅相关领导向
# 媒体介绍了…): the news is what the body its speakers come from tells, not the host's
_HOSTS_PRESS = re.compile(r"(?:在[^。，,；;\n]{2,20}?)?(?:召开|举行|举办)[^。；;\n]{0,50}?发布会[，,]\s*")
_PRESS_SPEAKER = re.compile(
    rf"([{_HAN}]{{2,20}}?)(?:相关|主要)?(?:领导|负责人|负责同志|副?(?:厅|局|部|主任|院|检察)长)"
    r"[^。；;\n]{0,12}?(?:向媒体|向记者)?(?:介绍|通报|发布)"
)
# a body's head making a statement at the meeting an item reports (…党组书记作表态发言, …负责人作交流发言)
_ATTENDEE_SPEAKS = re.compile(
    r"[^。，,；;\n]{0,12}?(?:书记|长|主任|负责人|代表)[^。，,；;\n]{0,4}?作(?:表态|交流|典型)发言"
    # (…or a guest's greeting: 某厅党委委员、巡视员某某到会并致辞; the host's head 出席会议并讲话)
    r"|[^。，,；;\n]{0,16}?(?:书记|长|主任|负责人|巡视员|委员)[\u4e00-\u9fff]{2,4}(?:到会|出席会议|出席)并致辞"
)


# a paper's credit whose last writer's name runs into the lead (本报讯 记者某某 通讯员某某某市…)
_RUN_ON_CREDIT = re.compile(
    rf"{_NEWS_XUN}\s*(?:(?:本报|全媒体|融媒体)?记者\s*[\u4e00-\u9fff]{{2,4}}\s+)?(?:通讯员|记者)\s*"
)
# …or a credit with no writer at all, run into the lead's first word (本报讯某市地方税务局近日…)
_BARE_CREDIT = re.compile(rf"\s*[^\s。，,]{{0,6}}?{_NEWS_XUN}(?=[\u4e00-\u9fff])")


# a photo's caption naming a person by body and post, the name after a space, on a line of its own (某市司法局党组成员、
# 副局长 某某; 某区委副书记、区长 某某)
_CAPTION_LINE = re.compile(
    rf"[ \t\u3000]*[{_HAN}、，,（）()]{{2,40}}?(?:{HEAD_POST}|书记|[区县市镇乡]长)[ \t\u3000]+[{_HAN}]{{2,4}}[ \t\u3000]*(?:\n|$)"
)


# a review of a whole system's year that opens on it as its subject (2021年，某省司法行政系统以…为统领; 2022年，全省司法
# 行政系统以…为引领): the system, as a careful reader names a review written for all its bodies — never the place
# alone, which did not write it
_SYSTEM_OPENING = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s*年(?:度|以来)?[，,]\s*)?"
    r"((?:全[省市县区州]|[\u4e00-\u9fff]{2,12}?)(?:司法行政|政法|教育|卫生健康|民政|林草|水务|城管|公安|检察|法院|税务|"
    r"市场监管|生态环境|交通运输|自然资源|人力资源和社会保障|应急管理|文化和旅游|广播电视|邮政管理)系统)"
    r"(?=坚持|以|认真|深入|紧紧|紧扣|始终|全面|聚焦|围绕|牢牢)"
)


_REPORTED_BELOW = re.compile(r"现将[^。\n]{0,40}?(?:报告|汇报)如下")


def _system_opening(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """A review opening on a whole system as its subject (see ``_SYSTEM_OPENING``), where the copy has no title."""
    if title_span or _REPORTED_BELOW.search(text, 0, 1500):
        return None  # (现将有关情况报告如下: one body's report to those above it, whatever system it speaks for)
    m = _SYSTEM_OPENING.match(text)
    if not m:
        return None
    name = m.group(1)
    place = re.sub(
        r"(?:司法行政|政法|教育|卫生健康|民政|林草|水务|城管|公安|检察|法院|税务|市场监管|生态环境|交通运输|"
        r"自然资源|人力资源和社会保障|应急管理|文化和旅游|广播电视|邮政管理)系统$",
        "",
        name,
    )
    if not (
        re.fullmatch(r"全[省市县区州]", place)
        or proper_place(place)
        or exact_name(place, place=True) == place
        or division_named(place)  # (山西司法行政系统: a province by its stem)
    ):
        return None
    return name, m.span(1), "preamble"


# a yearbook's section tag opening its entry (• 【概况】 2016年某厅…): no part of the entry's first sentence
_ENTRY_TAG = re.compile(r"(?m)^[ \t]*(?:[•·][ \t]*)?【(?:概况|概述|综述|基本情况|机构设置)】")


@lru_cache(maxsize=4)
def _preamble_subject(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """The subject of the opening sentences: 现将XX…报告如下, (2024年，)XX在…领导下/坚持…, …，XX在…领导下.
    Kept for the last few texts: the finder chain, a headline's organ and a poster's check each ask it of one text."""
    body_start = title_span[1] if title_span else 0
    head = text[body_start : body_start + 1200]
    # an addressee line (中共某市委全面依法治市工作领导小组：) names the reader, not the writer: blank it, offsets kept
    head = re.sub(
        r"(?m)^[^\n。]{2,40}[:：]$",
        lambda m: m.group() if re.search(r"如下|报告|情况|\d", m.group()) else " " * len(m.group()),
        head,
    )
    # and so does one run into the body's first sentence by a copy that lost its line breaks (某区委依法治区委员会：
    # 在…新征程上，某街道办事处坚持…): the bodies listed before the body's first colon
    if (lead := re.match(r"\s*([^\n。：:]{2,40})[:：]", head)) and all(
        org_name(item, place=True) for item in re.split(r"[、，,]", lead.group(1))
    ):
        head = " " * lead.end() + head[lead.end() :]
    # a news app's byline and date row under the headline (某某客户端记者 某某 / 2024-03-20 10:11 4857阅读): the
    # carrier's, not the lead's first sentence
    lead_at = carrier_rows(head)
    head = re.sub(r"[^\n]", " ", head[:lead_at]) + head[lead_at:]
    # …and a paper's credit run into its lead with no stop (本报讯 记者某某 通讯员某某某某市委依法治市办近日…): the lead
    # starts at the place after the writer's name
    if credit := _RUN_ON_CREDIT.search(head, 0, 200):
        at = next((credit.end() + n for n in (2, 3, 4) if place_at(head, credit.end() + n)), None)
        if at is not None:
            head = re.sub(r"[^\n]", " ", head[: at - 1]) + "\n" + head[at:]
    elif bare := _BARE_CREDIT.match(head):
        # (…or with no writer at all: 本报讯北京市地方税务局近日…)
        head = re.sub(r"[^\n]", " ", head[: bare.end() - 1]) + "\n" + head[bare.end() :]
    # a site's note on who keeps its column (本专题内容由某局发布), run into the text by a copy that lost its breaks: the
    # column's keeper, not the writer of the report under it
    head = _COLUMN_KEEPER.sub(lambda m: " " * len(m.group()), head)
    # …and a yearbook's section tag opening its entry (• 【概况】 2016年某厅…设有…): the entry's first sentence follows it
    head = _ENTRY_TAG.sub(lambda m: " " * len(m.group()), head)
    starts = [
        m.start(m.lastindex or 1)
        for pattern in (_OWN_DISCLOSURE, _REPORTING, _SELF, _SELF_COMMA)
        for m in pattern.finditer(head)
        if pattern is not _SELF or not _DEEP_SENTENCE(head, m.start(1))
        # 某街道党工委、办事处在…领导下: a joint name whole, never a list of bodies (某街道党工委、县司法局)
        if pattern is not _SELF_COMMA or "、" not in m.group(1) or exact_name(m.group(1), place=True)
    ]
    # 某局委员会、某局坚持…: the bureau's Party committee and the bureau, the bureau reporting (its second name)
    starts += [
        m.start(1) + len(first) + 1
        for pattern in (_SELF, _SELF_COMMA)
        for m in pattern.finditer(head)
        if (pair := m.group(1).split("、"))
        and len(pair) == 2
        and (first := pair[0]).startswith(pair[1])
        and first[len(pair[1]) :] in ("委员会", "党委", "党组", "党工委")
    ]
    # a subject in the report's body, past its closing formula and a paragraph's first sentence
    body_talk = {start for start in starts if _PAST_FORMULA(head, start)} - {
        m.start(m.lastindex or 1) for pattern in (_REPORTING, _OWN_DISCLOSURE) for m in pattern.finditer(head)
    }
    organs = self_organs(text)
    for pattern in (_COMPILED_FOR, _COVERED, _COMPILED_BY):
        if not (m := pattern.search(head)):
            continue
        words = m.group(1)
        if pattern is _COMPILED_BY and words.endswith("办公室") and exact_name(words[:-3]) == words[:-3]:
            continue  # 由某县人民政府办公室编制: the office of a body, whose report it may be (the finders below)
        if pattern is _COMPILED_BY and (office := INTERNAL_OFFICE.search(words)):
            # 由某乡人民政府党政办公室编制: a township's internal office compiles the township's report
            words = words[: office.start()]
        # (the work of a place's government is told by the place: 涵盖…期间某镇政府信息公开工作情况)
        name = exact_name(words, place=pattern is not _COMPILED_BY)
        if name and name not in _GENERIC and (not organs or speaks_as(name, organs)):
            return name, (body_start + m.start(1), body_start + m.start(1) + len(words)), "preamble"
    fronted = _after_fronted(head)
    for start in starts + fronted:
        if _CAPTION_LINE.match(head, start) and "。" in head[:start]:
            # 某市司法局党组成员、副局长 某某 between paragraphs: a photo's caption naming a guest, no sentence with a
            # subject (above the body, the same line is a speech's speaker: 某部党组成员、副部长 某某)
            continue
        if _PHOTO_CREDITED.match(head, head.rfind("\n", 0, start) + 1):
            continue  # 某研究室在某社区宣传民法典。某局供图: a photo's caption, no sentence of the item's
        # (…or bodies of one place listed as one subject under their leadership, 2020年，某市法宣办、某市司法局在市委…
        # 领导下: the first named leads; never bodies of two levels, 某街道党工委、县司法局)
        found = _longest_subject(head, start)
        if (
            not found
            and (joint := _LISTED_AT.match(head, start))
            and re.match(rf"在[^。]{{0,40}}?{_LED_UNDER}", head[joint.end() :])
            and re.fullmatch(r"[\u4e00-\u9fff]{1,8}[省市县区州旗]", os.path.commonprefix(joint.group(1).split("、")))
        ):
            found = _first_listed(head, start)
        if found and visiting(head, found[1][1]):
            continue  # 某局党组书记、局长某某一行来我局调研: the visitor's body, not the host that writes
        if found and _ROUNDUP.search(head, 0, found[1][0]):
            continue  # 我州各单位积极开展形式多样的普法活动。某站以…为主题…: one of the units a roundup goes through
        if found and _CITING.match(head, found[1][1]):
            continue  # 省统计局编制的《…报告》显示…: the source of a figure the text cites, not its writer
        if found and (award := _AWARDING.match(head, found[1][1])):
            # 某局、某局将全市120个村命名为…。某县某镇某村、…共8个村获此殊荣: the news of those named, not of who named them
            # (a list of places or of several counties' villages: the news of none of them alone)
            # (…and with no one body named, the body a reporter had the news from: 记者从区教委获悉，市教委日前印发了
            # 《关于命名…的通知》…)
            one = _awardee(head, found[1][1], award.end())
            if one:
                return one[0], (body_start + one[1][0], body_start + one[1][1]), "preamble"
            return _informed_by(head, body_start)
        if (
            found
            and (press := _HOSTS_PRESS.match(head, found[1][1]))
            and (speaker := _PRESS_SPEAKER.match(head, press.end()))
            and (name := exact_name(speaker.group(1)))
            and name == speaker.group(1)
            and name not in _GENERIC
        ):
            # the host of a press conference whose speakers come from another body: that body's news (a host that
            # publishes its own cases, 某院召开新闻发布会，向社会公开发布…, is its own)
            return name, (body_start + speaker.start(1), body_start + speaker.end(1)), "preamble"
        if found and _ATTENDEE_SPEAKS.match(head, found[1][1]):
            continue  # 财政局党组书记作表态发言: a body at the item's meeting, whose head answers the writer's call
        if found and _BEFORE_MAIN_CLAUSE.match(head, found[1][1]):
            continue  # 全国人大常委会对某法进行全面修订后，细则需要…: a clause of time, whose subject is not the sentence's
        if found and start in body_talk and not (_government(found[0]) or (organs and speaks_as(found[0], organs))):
            continue  # 一是…。市委依法治市办印发…: a body the report tells of; never its place's government (我镇…)
        if found and (not organs or speaks_as(found[0], organs)):  # 我局…。市政府印发了…: not the writer
            name, (s, e) = _principal(text, head, found)
            subject: Found = name, (body_start + s, body_start + e), "preamble"
            # (a body, not a place, named in full where the text first gives its name: 国家林草局福州专员办与…召开… over
            # 福州专员办党组书记…)
            return _fuller(text, subject) if org_name(name) else subject
    # a lead's subject, after its day, credit or purpose clause, before a deed the subject finder's verbs leave out
    lead_starts = [m.end() for m in _LEAD_START.finditer(head, 0, 300)]
    if not lead_starts and (stopped := _PURPOSE_STOPPED.match(head)):
        # 为深入推进…，增强…氛围。某镇组织…: a purpose clause its writer closed with a stop, no day or comma after it
        lead_starts = [stopped.end()]
    if motto := _MOTTO_THEN_PURPOSE.match(head):
        # 法治是…的重要保障。为深入学习…，某局…启动…: a motto's sentence, then the lead's purpose clause
        lead_starts.insert(0, motto.end())
    # (…and past a purpose clause of several commas after it: 为进一步提高…，营造…，建设…，某局决定在…期间开展…)
    lead_starts += [
        comma.end()
        for start in lead_starts
        if head.startswith("为", start)
        for comma in itertools.islice(_COMMA.finditer(head, start, (head.find("。", start) + 1) or len(head)), 8)
    ]
    for start in fronted + lead_starts:
        # (a list after the lead's day only: 2024年，某街道党工委、县司法局在县委的领导下… is no news lead)
        if (
            not organs
            and start in lead_starts
            and (listed := _first_listed(head, start))
            and not _COMES_TO_US.match(head, listed[1][1])
            # (2016年12月，中办、国办联合印发的《某规定》…: a cited rule's issuers, no lead's subjects)
            and not _CITING.match(head, listed[1][1])
        ):
            return listed[0], (body_start + listed[1][0], body_start + listed[1][1]), "preamble"
        if (
            (built := _BUILT_BY.match(head, start))
            and (name := exact_name(built[built.lastindex or 1]))
            and name not in _GENERIC
        ):
            # 12月20日，由某县司法局投入80余万元打造的某广场建成: the body that built it
            at = built.start(built.lastindex or 1)
            return name, (body_start + at, body_start + at + len(name)), "preamble"
        found = _longest_subject(head, start, _LEAD_DEED_AT)
        if (
            found
            and not visiting(head, found[1][1])
            and not _CITING.match(head, found[1][1])
            # (县人大常委会开展…视察: an inspection is told of the body inspected; its own meeting is its news:
            # 某市政协召开读书会…, and so is its inspection of how a law is enforced: 县人大常委会开展了《某法》执法检查)
            and not (hearer(found[0]) and not _LEGISLATURE_OWN_DEED.match(head, found[1][1]))
            and (org_name(found[0]) or _PLACE_DEED_AT.match(head, found[1][1]))
            and (not organs or speaks_as(found[0], organs))
        ):
            return found[0], (body_start + found[1][0], body_start + found[1][1]), "preamble"
    # 在市委…领导下，某局，以…为目标，…: the subject set off by commas between the leadership and its verb
    if (
        (m := _LED_THEN_NAME.search(head, 0, 400))
        and (name := exact_name(m.group(1), place=True))
        and name not in _GENERIC
        and (not organs or speaks_as(name, organs))
    ):
        return name, (body_start + m.start(1), body_start + m.end(1)), "preamble"
    if not organs and starts and (stem := _stem_subject(head, min(starts))):
        return stem[0], (body_start + stem[1][0], body_start + stem[1][1]), "preamble"
    if (m := _WROTE.search(head, 0, 400)) and (name := exact_name(m.group(m.lastindex or 1))) and name not in _GENERIC:
        return found_at(name, body_start + m.start(m.lastindex or 1), "preamble")
    # 记者22日从某办获悉：某办派出…: a lead whose second clause has no verb the subject finder knows
    return _informed_by(head, body_start)


def _informed_by(head: str, body_start: int) -> Optional[Found]:
    """The body a news lead says it had its news from (记者从某办获悉, ``_INFORMED_BY``) in its first 300 characters;
    the one body or place its next clause says was named or rated (记者从市委政法委获悉，某市被某小组命名为…) is
    the news, not its source."""
    if not (m := _INFORMED_BY.search(head, 0, 300)):
        return None
    if (one := _AWARDEE.match(head, m.end())) and (org_name(one[1], place=True) == one[1] or is_stem(one[1])):
        return one[1], (body_start + one.start(1), body_start + one.end(1)), "preamble"
    if (name := exact_name(m.group(1))) and name not in _GENERIC:
        return name, (body_start + m.start(1), body_start + m.end(1)), "preamble"
    return None


_COMMA = re.compile(r"[，,]\s*")
# a clause of time a subject's deed opens (…对某法进行全面修订后，…): the sentence's own subject comes after it
_BEFORE_MAIN_CLAUSE = re.compile(r"[^，,。；;\n]{2,40}?(?:之后|以后|后)[，,]")
# a motto's one sentence before the lead's purpose clause (法治是中国式现代化的重要保障。为…)
_MOTTO_THEN_PURPOSE = re.compile(r"\s*[^。，,\n]{4,30}。\s*(?=为[^。\n]{4,250}[，,])")
# a purpose clause that opens the text and ends in a stop (为深入推进…，增强…氛围。)
_PURPOSE_STOPPED = re.compile(r"\s*为[^。\n]{4,250}。\s*")
# a legislature's own deed in a lead: its meeting, or its inspection of a law's enforcement (开展了《某法》执法检查)
_LEGISLATURE_OWN_DEED = re.compile(r"召开|举行|举办|[^。，,；;\n]{0,60}?执法检查")
# a roundup's lead: the place's units all at work in many ways (我州各单位积极开展形式多样的普法活动), one unit after another
# told below it
_ROUNDUP = re.compile(
    r"各(?:单位|部门|地)[^。\n]{0,10}?(?:纷纷|积极|广泛)开展[^。\n]{0,12}?(?:多样|丰富多彩|系列)"
    # (…or a place's bodies at every level, raising a wave together: 近期，全省各级人大利用…等形式，掀起学习…的高潮)
    r"|全[省市县区州]各级[^。\n，,]{1,8}?(?:纷纷|利用)[^。\n]{0,60}?(?:掀起|形成)[^。\n]{0,20}?(?:高潮|热潮)"
)
# a lead's work built by a body that paid for it (由某县司法局投入80余万元打造的某广场…建成)
_BUILT_BY = re.compile(
    rf"由([{_HAN}（）()]{{2,24}}?)(?:投入|投资|出资)[^。，,]{{0,20}}?(?:打造|建设|修建|建成)的"
    # (…or the one body that leads what others join: 由某区综合行政执法局牵头，“1+6”执法单位参与的实训营正式开班)
    rf"|由([{_HAN}（）()]{{2,24}}?)牵头[，,]"
)
_COLUMN_KEEPER = re.compile(
    rf"本(?:专题|专栏|栏目|网站|页面)(?:内容|信息)?由[{_HAN}]{{2,20}}?(?:发布|提供|维护|负责|主办)"
)
# a lead's bodies coming to the writer's place (某县委编办、县司法局联合组成的考察组来我县考察…): visitors, whose
# host writes the item
_COMES_TO_US = re.compile(r"[^，,。；;\n]{0,30}?(?:来|到|莅临)我[省市县区州旗盟镇乡局委院所]")


# a report's copy that opens at its part ① heading, its title and preamble lost (一、2025年法治政府建设的主要举措和成效)
_OPENS_AT_PART_ONE = re.compile(r"\s*一[、.．]\s*(?:19|20)\d{2}\s*年度?[^\n。]{0,30}?举措")
_SENTENCE_START = re.compile(r"(?:^|[。\n])\s*")


def _part_one_subject(text: str) -> Optional[Found]:
    """A report whose copy opens at its part ① heading, with no title and no preamble to name its writer: the one
    place its sentences have as their subject (…。某街道持续探索…), the place reporting its own year's work; none
    when they name two."""
    if not _OPENS_AT_PART_ONE.match(text):
        return None
    subjects = [
        found
        for m in _SENTENCE_START.finditer(text, 0, 3000)
        if (found := _longest_subject(text, m.end())) and proper_place(found[0])
    ]
    if len({name for name, _ in subjects}) != 1:
        return None
    return subjects[0][0], subjects[0][1], "preamble"


def _principal(text: str, head: str, found: tuple[str, Span]) -> tuple[str, Span]:
    """本报告由某局办公室编制: an office compiles the report of the body it serves, which the text names on its own
    elsewhere (2024年，某局坚持…): that body, named where the text names it; the office when the text never names
    its principal apart from it (an office's own report)."""
    name, (s, e) = found
    principal = name[: -len("办公室")]
    if not (name.endswith("办公室") and head[s - 1 : s] == "由" and head.startswith("编制", e)):
        return found
    if exact_name(principal, place=True) and principal not in _GENERIC:
        alone = [at for at in occurrences(head, principal) if not head.startswith("办公室", at + len(principal))]
        for at in sorted(alone, key=lambda at: not _VERB_AT.match(head, at + len(principal))):  # its subject first
            return principal, (at, at + len(principal))
    return found


# an opening sentence that starts with an adverbial: 为深入推进依法行政，…，某办近日印发…; 在…新征程上，某街道坚持…
# 2025年是“十四五”规划收官之年，是…关键一年，市国资委深入学习…: the year's character first, then the subject (or the
# day's: 2019年2月19日，是元宵节，…，某镇充分利用…)
_FRONTED = re.compile(
    # (a season may come first: 临近年末，为了…，某街办开展…)
    r"(?:(?:临近|时值|正值|值此)[^。，,\n]{1,12}[，,]\s*)?"
    r"(?:为了?|在|按照|根据|依据|围绕|随着|面对|对照|通过|(?:19|20)\d{2}\s*年(?:\d{1,2}月\d{1,2}日)?[，,]?\s*是|今年[，,]?\s*是)[^。：:\n]{2,160}?[，,]"
)


# a news item's first sentence that names the day's occasion and no one's deed (2019年12月4日是第六个国家宪法日，也将迎来
# 第二个宪法宣传周。 / 今年5月是第3个“民法典宣传月”。): its lead is the sentence after it
_OCCASION_FIRST = re.compile(r"[^。\n]{0,30}?是[^。\n]{0,12}?第[一二三四五六七八九十\d]{1,3}个[^。\n]{0,40}?。\s*")


def _after_fronted(head: str) -> list[int]:
    """Where the main clause may start in a first sentence that opens with an adverbial, maybe after its lead's day
    or credit: after each of its commas (the adverbial may hold several), the subject being the first name a verb
    follows there."""
    opening = len(head) - len(head.lstrip())
    # (a headline the title finder passed over and the page's date row above the first sentence: 2015年某省政府法制
    # 工作回顾 / 13.01.2016 09:50 / 2015年，是…之年，某办紧紧围绕…; never a row of the page's fields, 来源:某厅, whose
    # body is named there)
    for _ in range(2):
        line_end = head.find("\n", opening)
        if (
            _FRONTED.match(head, opening)
            or not 0 < line_end - opening <= 40
            or re.search(r"[，,。]|来源|作者|编辑|点击|浏览", head[opening:line_end])
        ):
            break
        opening = line_end + 1
    if occasion := _OCCASION_FIRST.match(head, opening):
        # 2019年12月4日是第六个国家宪法日，…。为…，某镇联合…: the day's occasion, then the lead
        opening = occasion.end()
    lead = _LEAD_START.search(head, opening, opening + 40)
    if lead and "。" not in head[opening : lead.start()] and _FRONTED.match(head, lead.end()):
        # 12月4日上午，在…之际，为…，某镇开展… (本报讯（记者 某某）为…，): the lead's day or credit first
        opening = lead.end()
    if not _FRONTED.match(head, opening):
        return []
    end = re.compile(r"[。！!；;\n]").search(head, opening)
    sentence_end = end.start() if end else len(head)
    return [m.end() for m in re.finditer(r"[，,]\s*", head[:sentence_end])]


_Finder = Callable[[], Optional[Found]]  # one source of evidence, prepared for one text


def _finder(call: _Finder) -> object:
    """The finder a prepared call runs (``partial(metadata, text)`` → ``metadata``), to tell finders apart by what
    they read rather than by their place in a list."""
    return call.func if isinstance(call, partial) else call


# a story that points at its body as an organ (该局不定期…, 该委…): the body is an organ, never the place itself
_POINTED_ORGAN = re.compile(r"该(?:局|委|厅|办|署|中心)")


def _line_around(text: str, at: int) -> str:
    """The whole line of ``text`` that holds the offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def find_agency(text: str, title_span: Optional[Span]) -> tuple[Optional[str], Optional[Span], Optional[str]]:
    """(name, span, source) from the first place that names the issuer, strongest evidence first: the title's
    subject, a speaker's line, a byline, the page's metadata, a dated signature (at the start of a page or the
    end of a full report: the writer signs it), the preamble's subject, the page's source, a closing line, then
    what the body says of itself (its own documents, the speech it is, the report it cites, the meeting it
    reports). A name that is only a superior body (市委, 区政府) counts only where the text says it
    speaks for that body; nothing shaped like a fragment is ever returned."""
    if title_span and _CHRONICLE.search(text, title_span[0], title_span[1]) and not _organs_chronicle(text, title_span):
        # 某市二〇一九年十月份记事: a chronicle of the place, kept by an office it does not name
        return None, None, None
    if _BRIEF.match(text.lstrip("\n")) and len(_BRIEF.findall(text, 0, 1500)) >= 2:
        # ■ 12月12日，省人大常委会副主任…出席… ⏎ ■ 12月13日，省政协召开…: a page that is a column of briefs, each of
        # another body (a body's own list of its deeds stands under its title)
        return None, None, None

    if _many_places(text, title_span):
        # 各地扎实推进…述法工作(新闻综述): many places' news; the body it quotes one at a time (…市司法局局长某某表示)
        # is none of them alone
        return None, None, None

    def headline() -> Optional[Found]:
        if host := _inspected(text, title_span):
            return host
        found = _title_subject(text, title_span) if title_span else _untitled_headline(text)
        if found and (chaired := _CHAIR_CONVENES.match(text, found[1][1])) and exact_name(chaired.group(1)):
            # 区委书记某某主持召开区委全面依法治区委员会第五次会议: the committee whose meeting it is, not the body of
            # the post its chair holds
            return chaired.group(1), chaired.span(1), "title"
        if found and _PLACE_CHAIN.fullmatch(found[0]) and _POINTED_ORGAN.search(text, 0, 5000):
            return None  # 宿州市多举措加强…宣传 whose story says 该局…: a bureau's work under its place's name
        if found and text.startswith("各级", found[1][1]):
            return None  # …——某省各级人大深入学习…综述: the bodies at every level of the place, none of them alone
        if (
            found
            and proper_place(found[0])
            and (speaker := speaker_line(text) or (title_span and byline(text, title_span)))
            # (…or by its level alone: 关于某县2021年国民经济和社会发展计划执行情况…的报告 / 县发展和改革局局长 某某)
            and _organ_of(found[0], speaker[0], by_level=True)
        ):
            # 关于某省2017年度…的审计工作报告 / 某省审计厅厅长 某某: the place's organ that delivers it; 某市深化水利改革
            # 总体实施方案 / 某市水利局: the one that signs under the title
            return speaker
        if (
            found
            and proper_place(found[0])
            and (row := metadata(text) or source_field(text))
            and (
                re.fullmatch(rf"(?:[{_HAN}]{{1,12}}?[省市州县区旗盟])?{re.escape(found[0])}(?:人民)?政府", row[0])
                # (…or, over a news item with no document's title (none, or a headline), any organ of that place:
                # 某省设区市林业局长会议召开 under 来源：某省林业厅, the bureau's own news; a report's title names the
                # place that reports)
                # (…whose line of work the headline names: 林业 in both; 喜报！某市新增…公园 under 来源：某市司法局 is
                # the place's honour, posted by the bureau)
                or (
                    not (title_span and _TITLE_END.search(text, title_span[0], title_span[1]))
                    and row[0].startswith(found[0])
                    and row[0] != found[0]
                    and exact_name(row[0]) == row[0]
                    and row[0][len(found[0]) : len(found[0]) + 2] in _line_around(text, found[1][0])
                )
            )
        ):
            # 某镇政府信息公开年度报告 under 发布机构: 某镇人民政府 (or 信息来源: 某市某镇人民政府): the place's
            # government, by its full name, or the place's organ that posted it
            return row
        if found and title_span and _mashed(text[title_span[0] : title_span[1]], found[0]):
            return None  # 某区法治政府建设 (另一区召开…推进会): a content farm's two headlines, neither the story's
        return found and _held_by(text, _headline_organ(text, title_span, _fuller(text, found)))

    lines_naming_the_issuer: tuple[_Finder, ...] = (
        partial(_carried_authors, text),
        headline,
        partial(_own_rules_issued, text),
        partial(_speakers_body, text, title_span),
        partial(_stem_headline, text, title_span),
        partial(restated_title, text, title_span),
        partial(_title_line_organ, text),
        partial(speaker_line, text),
        partial(_entry_subject, text),
        partial(byline, text, title_span),
        partial(repeated_title_byline, text),
        partial(metadata, text),
        partial(signature, text),
        partial(_opening_speech, text),
    )
    # what the text says: a superior body it mentions is not its writer
    mentions: tuple[_Finder, ...] = (
        # (a news item's session passing one body's report is that body's news, though the session heard it)
        partial(_heard_work_report, text),
        partial(passed_report, text),
        partial(delivered_report, text),
        partial(adopting_session, text),
        partial(circulated_check, text),
        partial(decided_honours, text),
        partial(_heard_one, text, title_span),
        partial(_host_reported, text),
        partial(meeting_lead, text),
        partial(event_host, text),
        partial(evaluated_body, text),
        partial(award_winner, text),
        partial(_visit_lead, text, title_span),
        partial(_event_lead, text, title_span),
        partial(self_described, text),
        partial(own_founding, text),
        partial(_system_opening, text, title_span),
        partial(_place_at_large, text, title_span),
        partial(_preamble_subject, text, title_span),
        partial(_part_one_subject, text),
        partial(post_held, text),
        partial(survey_host, text),
        partial(_explained_opening, text, title_span),
        partial(source_field, text),
        partial(closing_line, text),
        partial(own_document, text),
        partial(head_of, text),
        partial(on_behalf, text),
        partial(decree, text),
        partial(cited_report, text),
        partial(released_document, text, title_span[1] if title_span else 0),
        partial(lead_place, text),
        partial(_place_called_that, text),
        partial(credit_line, text),
        partial(contact_line, text),
        partial(_own_place, text),
        partial(_collective_government, text),
        partial(name_line, text),
        partial(_next_step, text),
        partial(_opening_organ, text, title_span),
    )
    # asked last, when every finder named no one (or no one the guards let stand)
    last_resort: tuple[_Finder, ...] = (partial(_fallback, text, title_span),)
    organs = self_organs(text)
    # an essay (本文将探讨某局在…): the bodies it tells of are what it studies; only a line naming its writer (a
    # byline, its page's metadata) names one
    essay = any(mark.group().startswith(("本文", "文章")) for mark in ARTICLE.finditer(text, 0, 1500))
    # …and so a rule (为…，制定本办法。…本办法自…起施行。): the bodies its articles charge are not its maker; only the
    # lines naming its issuer, and the decree that promulgates it (中华人民共和国国务院令 第707号), name that
    issuers = lines_naming_the_issuer
    if not essay and rule_made(text, title_span[1] if title_span else 0):
        essay, issuers = True, (*issuers, *(f for f in mentions if _finder(f) is decree))
    for finder in lines_naming_the_issuer + mentions + last_resort:
        if essay and finder not in issuers:
            continue
        if found := finder():
            verdict = _verdict(text, title_span, organs, finder, found, first=finder is headline)
            if verdict is _STOP:
                break
            if verdict is not _NEXT:
                return _contributed(
                    text,
                    _study_group_owner(
                        _dominant_place(
                            text, _place_named(text, title_span, _city_named(text, _stem_government(verdict)))
                        )
                    ),
                )
    return None, None, None


# a page's trail of links at the head of a copy run into one line (网易首页 > 网易新疆 > 正文 ), the headline after it
# (…after a space, or run on after its last crumb when that is the page's 正文 or 详情)
_LEADING_TRAIL = re.compile(r"(?:[^\s>＞»]{1,12}[ \t]*[>＞»][ \t]*){1,6}(?:正文|详情|[^\s>＞»]{1,12}[ \t]+)")
# a roundup's headline, its subject many places (各地积极贯彻…, 多地妇联开展…, 全国各地…)
_MANY_PLACES = re.compile(r"[ \t　]*(?:全国)?(?:各地(?![区方])|多地|多省|各省区市)(?![、，,和])")


def _many_places(text: str, title_span: Optional[Span]) -> bool:
    """Whether the headline (the title, or one of the first lines of an untitled copy) makes many places its
    subject: a roundup of their news, no one body's (an addressee line, 各地、各部门：, and a sentence are no
    headline). A copy run into one line opens on the headline all the same: its first 60 characters hold no stop."""
    for start, end in [title_span] if title_span else _lines(text, 3):
        line = text[start:end]
        if not title_span and (trail := _LEADING_TRAIL.match(line)):
            # (网易首页 > 网易新疆 > 正文 各地积极贯彻…: a copy run into one line keeps its page's trail before it)
            line = line[trail.end() :]
        if (
            _MANY_PLACES.match(line)
            and not re.search(r"[。；;：:]", line[:60])
            and ((len(line) <= 90 and not re.search(r"[。；;：:]", line)) or (start == 0 and not title_span))
        ):
            return True
    return False


# an encyclopedia's entry on a body, defined in its opening sentence with its English name (某省人民政府(The People's
# Government of …),是…国家行政机关): the entry's subject, whatever bodies its list of departments names below
_ENTRY_SUBJECT = re.compile(rf"^([{_HAN}]{{4,30}})[(（][A-Z][A-Za-z' .,-]{{5,120}}[)）][,，]?是", re.M)


# a session that heard the head of a government give the work report (听取国务院总理某某关于政府工作的报告), its text
# carried below: that government's report
_HEARD_WORK_REPORT = re.compile(
    rf"听取([{_HAN}]{{0,12}}?(?:国务院|人民政府|政府))(?:总理|省长|市长|县长|区长|州长|旗长|主席)[{_HAN}]{{2,4}}?关于政府工作的报告"
)


def _heard_work_report(text: str) -> Optional[Found]:
    """The government whose head's work report a news lead says its session heard, when the text then carries the
    report itself (以下为文字实录：): the report is that government's, as its speaker would say (我代表国务院)."""
    m = _HEARD_WORK_REPORT.search(text, 0, 600)
    if not m or not re.search(CARRIED_TRANSCRIPT, text[m.end() : m.end() + 400]):
        return None
    return m.group(1), m.span(1), "news lead"


def _entry_subject(text: str) -> Optional[Found]:
    """An encyclopedia's entry on a body (某省人民政府(The People's Government of …),是…): that body."""
    if (m := _ENTRY_SUBJECT.search(text, 0, 600)) and exact_name(m.group(1)):
        return m.group(1), m.span(1), "self-reference"
    return None


# a speech's title that names its speaker by post in a body (某局党组书记在全市某系统工作会议上的讲话, 某局党组书记、局长在…):
# the posts a lead's head goes by (mentions.HEAD_POST), or a Party group's secretary alone
_SPEAKER_POST = re.compile(
    rf"([{_HAN}（）()]{{2,24}}?)(?:{HEAD_POST}|(?:党组|党委)?副?书记)"
    rf"(?:[{_HAN}]{{2,3}}(?:同志)?)?在[^\n]{{4,80}}?(?:上|会)的?讲话$"
)


def _speakers_body(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """A speech whose title names its speaker by a post in a body (某局党组书记在…会议上的讲话): that body's speech."""
    if not title_span:
        return None
    title = text[title_span[0] : title_span[1]].replace("\n", " ")  # (a title over two lines, offsets kept)
    if (m := _SPEAKER_POST.match(title)) and (name := org_name(m.group(1))) and name == m.group(1):
        if name not in _GENERIC:
            return name, (title_span[0] + m.start(1), title_span[0] + m.end(1)), "title"
    return None


def _stem_headline(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """A headline that opens on a place's stem and a colon (某某:建立…机制) over a story that names the place in full
    (某某市建立…): the place, quoted where the story names it."""
    if not title_span or not (m := re.match(rf"([{_HAN}]{{2,4}})[:：]", text[title_span[0] : title_span[1]])):
        return None
    stem = m.group(1)
    # (…or a city's stem before its county's, 宜昌枝江: the county, as the story writes it, its city's stem kept)
    city = stem[:2] if len(stem) == 4 and is_stem(stem[:2]) and is_stem(stem[2:]) else ""
    if not is_stem(stem[len(city) :]):
        return None
    for level in "市县区":
        if not proper_place(stem[len(city) :] + level):
            continue
        for name in (stem + level, stem[len(city) :] + level) if city else (stem + level,):
            if (at := text.find(name, title_span[1], title_span[1] + 3000)) >= 0:
                return name, (at, at + len(name)), "title"
    return None


# a lead that opens on a place (近日，某县大型法治文化公园建成并投入使用), the story calling it 该县 after
_PLACE_OPENS = re.compile(
    # (…after what it is known for: 在基层法治建设领域深耕十载的某镇再获殊荣)
    rf"\s*(?:{_NEWS_DAY}[，,]\s*)?(?:[^。，,\n]{{2,30}}的)?([{_HAN}]{{2,10}}?[省市县区旗州镇乡])"
)
# …or on a city's stem alone, before the deed it is honoured or works by (日前，东莞获得…)
_STEM_OPENS = re.compile(
    rf"\s*(?:{_NEWS_DAY}[，,]\s*)?([{_HAN}]{{2,3}}?)(?=获|荣获|成功|入选|被|以|坚持|持续|积极|不断|全面)"
)


def _place_called_that(text: str) -> Optional[Found]:
    """A story whose lead opens on a place, and which then speaks of it as 该县 (该市, 该区…): the place is its
    subject, whatever its first sentence tells of (a park of the place built, a record of the place set)."""
    for s, e in _lines(text[:800], 4):
        if not (m := _PLACE_OPENS.match(text, s, e)) or not proper_place(place := m.group(1)):
            continue
        at = m.start(1)
        if _opens_organ(text, at, place):
            continue  # 某县司法局局长某某带队到该县…: the organ's news
        if "该" + place[-1] in text[m.end(1) : m.end(1) + 800]:
            return place, m.span(1), "news lead"
    for s, e in _lines(text[:800], 4):
        # (…or on a city's stem alone, 日前，东莞获得…，该市…: the city by its stem, its level the one 该 names)
        if (m := _STEM_OPENS.match(text, s, e)) and is_stem(stem := m.group(1)):
            for level in "市县区":
                if "该" + level in text[m.end(1) : m.end(1) + 800] and proper_place(stem + level):
                    return stem + level, m.span(1), "news lead"
    return None


# a news item's closing words on what its organ does next (下一步，市司法局将继续…): the body whose work it was, named
# there when the lead's name is lost (a mirror's spam in its place)
_NEXT_STEP = re.compile(rf"(?:^|[。\n])\s*下一步[，,]\s*([{_HAN}（）()]{{2,24}}?)将")


def _opening_organ(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """An untitled text that opens on a place's organ by its full name, doing whatever it does (某区城市管理行政执法局
    采取…, a deed no verb list holds): that organ, the subject of the text's first words."""
    if title_span:
        return None
    start = len(text) - len(text.lstrip())
    name = _longest_name(text, start)
    if not name or not org_name(name) or name[-1] in LEVEL_CHARS or not _place_of(name):
        return None  # (an organ of a place named by its own name, 某区某局; not a place alone, nor 市司法局)
    if re.match(r"[、和与及]", text[start + len(name) : start + len(name) + 1]):
        return None  # 某局、某局联合…: bodies listed, the lead's finders read them
    line_end = text.find("\n", start)
    if not re.search(r"[，,。]", text[start : line_end if line_end >= 0 else len(text)]):
        return None  # 某市人民政府官方微信: a site's masthead on a line of its own, no sentence on the organ's deed
    if _ITS_PEOPLE.match(text, start + len(name)):
        return None  # 某市委依法治市办督察组督察某区…, 某局二级调研员某某介绍…: its visitors or its officer, not it
    if any(cue.name != name for cue in opening_subjects(text, start)):
        return None  # 某县司法局…。某县公安局…: two bodies' work side by side, neither the text's alone
    return name, (start, start + len(name)), "preamble"


# a body's group or officer after its name (某办督察组, 某局二级调研员、…): people of the body at work elsewhere
_ITS_PEOPLE = re.compile(
    r"[^，,。\n]{0,10}?(?:督察组|检查组|调研组|考核组|督导组|考察组|评估组|巡察组|一行|调研员|局长|主任|书记|处长|科长|部长"
    r"|厅长|负责人|干部|同志|代表)"
)


def _next_step(text: str) -> Optional[Found]:
    """The body a closing 下一步 sentence names as the one to go on (see ``_NEXT_STEP``)."""
    for m in _NEXT_STEP.finditer(text, 0, 6000):
        # (an organ, never a bare place: 下一步，某县将把广场打造成… tells of the place's plans for a thing)
        if exact_name(name := m.group(1)) == name and name not in _GENERIC:
            return found_at(name, m.start(1), "closing")
    return None


# a news item's closing credit to the unit that contributed it ((某区司法局供稿), 某县人民法院(供稿), (某局 供稿))
_CONTRIBUTED = re.compile(rf"[（(]?\s*([{_HAN}]{{4,24}}?)\s*[（(]?供稿[)）]\s*$", re.M)


# a body's Party group's theory study group (某局党组理论学习中心组): the body's leaders studying as a group
_PARTY_GROUP_STUDY = re.compile(r"(.{2,30}?)(?:党组|党委)(?:理论学习)?中心组")


def _study_group_owner(result: _Result) -> _Result:
    """A bureau's Party group's study group (某局党组理论学习中心组召开…学习会) is the bureau at its study: the
    bureau, named where the text names it. A Party committee's own (市委理论学习中心组) is left as it is, no
    government body's."""
    name, span, source = result
    if name and span and (m := _PARTY_GROUP_STUDY.fullmatch(name)) and exact_name(owner := m.group(1)):
        return owner, (span[0], span[0] + len(owner)), source
    return result


def _contributed(text: str, result: _Result) -> _Result:
    """A place read as a news item's subject (某区建立…制度) whose closing lines credit one of its own organs with the
    item (（某区司法局供稿）): that organ wrote it, as a careful reader names it."""
    name, span, source = result
    if name and span and source == "metadata" and org_name(name):
        return _contributed_not_published(text, name, span, result)
    if not name or org_name(name) or not proper_place(name):
        return result
    for m in _credits(text):
        organ = m.group(1)
        own = next((name[k:] for k in range(len(name) - 1) if name[k:] and organ.startswith(name[k:])), None)
        if own and len(own) >= 2 and org_name(organ) == organ and not _government(organ):
            return organ, (m.start(1), m.end(1)), "signature"
    return result


def _credits(text: str) -> Iterator[re.Match[str]]:
    """The closing credits of a news item to the units that contributed it (``_CONTRIBUTED``), in its last lines."""
    return _CONTRIBUTED.finditer(text, max(0, len(text) - 300))


def _contributed_not_published(text: str, name: str, span: Span, result: _Result) -> _Result:
    """A news page whose source field (``name`` at ``span``) names the site that published it (来源: 某省司法厅) and
    whose closing credit names another organ that contributed it ((某县司法局供稿)), the lead's own subject: the
    contributor wrote it; else ``result`` as it was."""
    lead = text[span[1] : span[1] + 400]  # (the body under the field)
    for m in _credits(text):
        organ = m.group(1)
        if organ == name or org_name(organ) != organ:
            continue
        # (the lead names it, or the place under its own: 甘肃省某市某县司法局 for 某市某县司法局)
        if organ in lead:
            at = text.index(organ, span[1])
            return organ, (at, at + len(organ)), "signature"
    return result


# a content farm's title: one headline with another in brackets after it (某区法治政府建设 (另一区召开…会))
_MASHED_TITLE = re.compile(r"([^（(\n]{4,40}?)\s*[（(]([^）)\n]{4,40})[）)]\s*")


def _mashed(title: str, subject: str) -> bool:
    """Whether ``title`` is two headlines put together by a content farm, the bracketed one about another place
    than ``subject``: the story under them is often about a third, so neither names its body."""
    if not (m := _MASHED_TITLE.fullmatch(title)) or subject not in m.group(1):
        return False
    if not (other := _headline_subject(m.group(2), 0)):
        return False
    return other[0] != subject and not _same_place(other[0], subject)


def _stem_government(result: _Result) -> _Result:
    """A government named by its place's stem alone (天津政府, 新疆政府, as a copied work report's title shortens it): the
    government by the one division that stem names (天津市人民政府, 新疆维吾尔自治区人民政府), quoted where the text has
    it short; where the stem names several divisions (吉林), or a special region's government (香港政府, no 人民政府),
    the name stands as read."""
    name, span, source = result
    if (
        name
        and (m := re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(?:人民)?政府", name))
        and (full := division_named(m.group(1)))
        and not full.endswith("特别行政区")
    ):
        return full + "人民政府", span, source
    return result


def _city_named(text: str, result: _Result) -> _Result:
    """A district or county named after its city without the city's level (南通海门区, as a headline shortens it) in the
    full form the text also gives it (南通市海门区): the name a reader and a register know; and so a county's organ
    named after its province's stem (吉林通化县人民法院 over 吉林省通化县人民法院 in the story), and a place named by
    its stem alone (漳州 over 漳州市 in the story)."""
    name, span, source = result
    if not name:
        return result
    if division := _full_division(text, name, 0, 5000):
        # 漳州将打造… over 漳州市马上召开…: the place by its stem, in the full name the story gives it
        return division[0], (division[1], division[1] + len(division[0])), source
    if re.fullmatch(r"[\u4e00-\u9fff]{4,8}[区县]", name) and "市" not in name:
        for k, full, at in _level_added(text, name, "市", (2, 3), 5000):
            if not org_name(name[:k]):
                return full, (at, at + len(full)), source
    elif org_name(name) == name and re.match(r"[\u4e00-\u9fff]{4,8}?[市县区]", name) and "省" not in name:
        for k, full, at in _level_added(text, name, "省", (2, 3), 5000):
            if not org_name(name[:k]) and exact_name(full) == full:
                return full, (at, at + len(full)), source
    elif name[0] in "省市县区州旗" and not _government(name) and (placed := _one_placed(text, name)):
        # 县司法局 (a closing line's) over 山东省武城县司法局、县普法办…联合: the one body of that level the text names
        # in full
        return placed
    return result


def _one_placed(text: str, name: str) -> Optional[tuple[str, Span, str]]:
    """The one full name ``name`` (an organ by its level alone, 县司法局) stands for in ``text``: the place of that
    level right before it (武城县司法局, never 山东省武城县司法局), when the text names no other such place's."""
    if len(name) < 4:
        return None  # 市局, 县委: too short to be told from a word
    fulls = set()
    for at in occurrences(text[:5000], name):
        # (a known division's stem: 带领市委政研室 has no place in it)
        stem = next((k for k in range(2, 5) if at - k >= 0 and is_stem(text[at - k : at])), None)
        if stem and exact_name(full := text[at - stem : at + len(name)]) == full:
            fulls.add((full, at - stem))
    if len({full for full, _ in fulls}) != 1:
        return None
    full, start = min(fulls, key=lambda f: f[1])
    return full, (start, start + len(full)), "preamble"


# a place's head, his post run onto the place's name, presiding over its government's meeting (宜宾市长某某主持召开市政府…)
_PLACE_HEAD_PRESIDES = re.compile(
    # (…with his post in its Party group first: 某市政府党组书记、市长某某主持召开市政府党组(扩大)会议)
    r"([\u4e00-\u9fff]{2,6}?)([市县区])(?:(?:人民)?政府党组书记、\2)?长[\u4e00-\u9fff]{2,3}主持召开[\u4e00-\u9fff]{0,2}\2(?:人民)?政府"
)
# the levels whose government a text names by the level alone (市政府, 县人民政府, 旗人民政府) and by its place elsewhere
_GOVERNED = "市县区旗州盟"
# a report a government named by its level publishes, its title naming the place (市政府…公布《某市2023年度…报告》)
_OWN_REPORT_OUT = re.compile(
    rf"[^。\n《]{{0,20}}?(?:公布|发布|印发|公开)了?《([\u4e00-\u9fff]{{2,8}}?[{_GOVERNED}])(?:人民政府)?(?:关于)?(?:19|20)\d{{2}}"
)
# a government's own site named after a page's title (…报告_某区人民政府门户网站, …｜某县人民政府网)
_GOVERNMENT_SITE = re.compile(
    rf"[_｜|]\s*([\u4e00-\u9fff]{{2,10}}?[{_GOVERNED}])(?:人民)?政府(?:门户)?网(?:站)?[ \t]*$", re.M
)
# the congress of a place a work report is delivered to (在某市第十八届人民代表大会第三次会议上, 在某旗第十八届…)
# (…or a news lead's session of that congress opening on its day: 3月6日，某自治县第十八届人民代表大会第三次会议…开幕)
_CONGRESS_OF = re.compile(
    rf"(?:在|日[，,]\s*)([\u4e00-\u9fff]{{2,10}}?[{_GOVERNED}])第?[一二三四五六七八九十]{{1,4}}届人民代表大会"
)
# a government named by its level alone (县人民政府, 镇政府: 我代表镇政府…)
_LEVEL_GOVERNMENT_ONLY = re.compile(r"([县区镇乡旗])(?:人民)?政府")


def _place_named(text: str, title_span: Optional[Span], result: _Result) -> _Result:
    """A government named by its level alone (镇政府, 县人民政府, as its head's 我代表镇政府 says it) whose place the
    headline opens on (某镇第五届人民代表大会…闭幕): that place's government, in the full form the text gives it
    (《某镇人民政府工作报告》, 代表某县人民政府)."""
    name, span, source = result
    if name and span and (short := re.fullmatch(rf"([{_GOVERNED}])(?:人民)?政府", name)):
        level = short.group(1)
        places = []
        if (head := _PLACE_HEAD_PRESIDES.search(text, 0, 1500)) and head.group(2) == level:
            # 宜宾市长某某主持召开市政府常务会议: the government its place's head presides over (青禾市市长某某…: the
            # place named with its level before the head's post)
            places.append(head.group(1) if head.group(1)[-1] == level else head.group(1) + level)
        # 市政府正式对外公布《绍兴市2023年度法治政府建设情况报告》: the government of the place its own report names;
        # 2023年度法治政府建设情况报告_某区人民政府门户网站 over 2023年，区政府…: the government whose site posts it
        # ——2024年1月8日在某市第十八届人民代表大会第三次会议上 / 我代表市人民政府…: the place whose congress hears it
        named = (
            _OWN_REPORT_OUT.match(text, span[1]),
            _GOVERNMENT_SITE.search(text, 0, 400),
            _CONGRESS_OF.search(text, 0, 600),
        )
        places += [m.group(1) for m in named if m]
        for place in places:
            if place[-1] == level and proper_place(place):
                # (named short, quoted where the finder read it, and in full by the place)
                return place + name[1:], span, source
    if not name or not title_span or not (level := _LEVEL_GOVERNMENT_ONLY.fullmatch(name)):
        return result
    title = text[title_span[0] : title_span[1]]
    place = re.match(rf"[{_HAN}]{{1,6}}?{level.group(1)}", title)
    if not place or not proper_place(place.group()):
        return result  # (周明主持召开区政府常务会议: a person opens the headline, no place)
    full = re.compile(re.escape(place.group()) + r"(?:人民)?政府")
    if not (m := full.search(text, 0, 5000)):
        return result
    return m.group(), m.span(), source


# a government named by its level alone, any level (省政府, 区人民政府)
_LEVEL_GOVERNMENT = re.compile(r"[省市区县州旗盟](?:人民)?政府")


def _dominant_place(text: str, result: _Result) -> _Result:
    """A body still named by its level alone (我代表区人民政府 in a speech that lost its title, 省人社厅 in a department's
    report, neither naming its place anywhere in full) whose place the text names by its stem far more often than any
    other of that level (坪山 44 times): that place's body, as a reader who has read the text names it; quoted where
    the finder read it."""
    name, span, source = result
    if (
        not name
        or name[0] not in "省市区县州旗盟"
        or not level_only(name)
        or not (place := dominant_division(text, name[0]))
    ):
        return result
    # (a government by its full name: 省政府 is 某省人民政府)
    return place + ("人民政府" if _LEVEL_GOVERNMENT.fullmatch(name) else name[1:]), span, source


_Result = tuple[Optional[str], Optional[Span], Optional[str]]
# a chronicle's title: a month's or a year's record of a place (某市二〇一九年十月份记事, 某县2020年大事记)
# (a chronicle of a body's conduct, 某市委、市政府2019年执政纪事, names the bodies it records: the title's subject)
_CHRONICLE = re.compile(r"(?!(?:执政|工作)纪事)" + CHRONICLE_END + r"\s*$")
# …whose subject before its year is a body, not a place (审计署2021年大事记): the body's own record of its year
_CHRONICLE_SUBJECT = re.compile(
    r"[ \t]*([\u4e00-\u9fff]{2,30}?)(?:(?:19|20)\d{2}|二[〇○零][〇○零一二三四五六七八九]{2})\s*年"
)


def _organs_chronicle(text: str, title_span: Span) -> bool:
    """The chronicle's title opens on a body's whole name before its year: the body's own chronicle."""
    m = _CHRONICLE_SUBJECT.match(text, title_span[0], title_span[1])
    return m is not None and org_name(m.group(1)) == m.group(1)


# a headline's chair by post and name convening a committee's or a group's meeting (区委书记某某主持召开区委全面依法治区
# 委员会第五次会议)
_CHAIR_CONVENES = re.compile(
    r"(?:党组|党委|党工委)?(?:常务)?副?(?:书记|主任|局长|县长|区长|市长|镇长|乡长|旗长|州长|省长|厅长)[\u4e00-\u9fff]{2,3}"
    r"主持召开([\u4e00-\u9fff]{2,30}?(?:委员会|领导小组))(?:第[一二三四五六七八九十\d]{1,3}次|20\d{2}年|[(（]扩大[)）])"
)
# a brief of a paper's or a site's column: a line that opens with its bullet and its day (■ 12月12日，…, ◆3月5日…)
_BRIEF = re.compile(r"^[ \t　]*[■◆▲●★☆][ \t　]*\d{1,2}\s*月\s*\d{1,2}\s*日", re.M)
# a document a body drafted, approved above it and forwarded by the text (…制订的《…》已经区政府同意，现转发给你们)
_DRAFTED_FORWARDED = re.compile(r"(?:制订|制定|起草|拟定)的《[^《》\n]{2,80}》已经[^。，,\n]{1,20}同意")
_NEXT: _Result = (None, None, "next")  # the finder's name is not the writer's: ask the next one
_STOP: _Result = (None, None, "stop")  # the copy names no one: ask no more


# the posts of a person a place's name opens (某自治区党委副书记、自治区代理主席、某市委书记某某): a person's chain of
# posts, each with its place, the person's name at its end
_POST_CHAIN = re.compile(
    r"(?:党委|党工委)副?书记、[^。，,；;\n]{2,30}?(?:书记|主席|[省市县区州]长)[\u4e00-\u9fff]{2,3}(?:代表|在|主持|出席)"
)


# a lead's subject that publishes another body's report on its year (某局发布某市人民政府2023年…报告)
_PUBLISHES_REPORT = re.compile(
    rf"(?:近日|日前)?(?:发布|公布|公开)了?《?([{_HAN}]{{2,24}}?)(?:19|20)\d{{2}}\s*年度?[^。，,\n《》]{{2,30}}?报告"
)


# the addressees of a department's circular: its line of work's bureaus below it, no government among them
# (各市（含定州、辛集市）人力资源和社会保障局、财政局，雄安新区公共服务局：; a government's names 各市人民政府)
_LINE_ADDRESSED = re.compile(r"(?:^|[\n号])[ \t]*各(?:市|县|区|设区市)[^：:。\n]{0,240}?[：:]")


def _line_addressed(text: str) -> bool:
    """The text opens on a department's addressees (see ``_LINE_ADDRESSED``): bureaus, and no government."""
    m = _LINE_ADDRESSED.search(text, 0, 600)
    return bool(m and re.search(r"[局厅委]", m.group()) and "政府" not in m.group())


def _verdict(
    text: str, title_span: Optional[Span], organs: set[str], finder: _Finder, found: Found, *, first: bool
) -> _Result:
    """What a finder's name says of the writer, after the guards every finder passes: the agency, ``_NEXT`` (not
    the writer) or ``_STOP`` (an anonymised copy); the title's subject (``first``) is trusted further than the
    rest."""
    if _anonymised(text, found[0]):
        return _STOP
    if _village_honoured(text, title_span, found[0]):
        return _STOP
    if found[0].endswith("市") and text.startswith("场", found[1][1]):
        return _NEXT  # 文化市场行政执法制度: a market (市场), no city's name
    if found[2] in ("preamble", "own document") and proper_place(found[0]) and _line_addressed(text):
        # 各市人力资源和社会保障局、总工会：… 河北省充分考虑…: a department's circular to its line of work, never its
        # place's government's, whatever it says of the place
        return _NEXT
    if _DRAFTED_FORWARDED.match(text, found[1][1]):
        return _NEXT  # 区司法局制订的《…规定》已经区政府同意，现转发给你们: the drafter, not the body that forwards it
    if _a_person(text, found[0]):
        return _NEXT  # 自治州州长 金之镇 … 1月6日，金之镇作报告: a leader whose given name ends as a town's does
    if not org_name(found[0]) and _POST_CHAIN.match(text, found[1][1]):
        # 某自治区党委副书记、某市委书记某某代表…作报告: the place of a person's first post, not the subject
        return _NEXT
    if (
        found[2] != "signature"
        and (  # (请及时向省人社厅报告。 above the department's own signature)
            _reported_to(text[max(0, found[1][0] - 300) : found[1][0]], found[0]) or _consulted(text, found[0])
        )
    ):
        return _NEXT  # …向区人大常委会述职, …征求州人大常委会意见: the audience or the body consulted, not the story's
    if _INVITED.match(text, found[1][1]):
        return _NEXT  # 某法院党组书记、院长某某应邀参加: a guest at the writer's meeting, not the writer
    if (
        not org_name(found[0])
        and (chiefs := _CHIEFS_MEETING.match(text, found[1][1]))
        and (at := text.find(bureau := found[0] + chiefs.group(1) + "局")) >= 0
        and exact_name(bureau)
    ):
        # 近日，某市召开全市农业农村局长会议 in a story that names 某市农业农村局: that line's bureau, whose meeting it is
        return bureau, (at, at + len(bureau)), "news lead"
    # (the speaker's own word for whom he speaks, 我代表国务院，作政府工作报告, names the writer as surely as its title:
    # a body it says it works under elsewhere, 在国务院领导下, is that same body)
    spoken = _finder(finder) is on_behalf and bool(_SPOKEN_FOR.search(text, 0, found[1][0]))
    if _not_the_writer(text, title_span, organs, found[0], first=first or spoken):
        return _NEXT
    if _spoken_elsewhere(text, found[0]):
        # 某市2023年政府工作报告 over 我代表区人民政府向大会报告工作: a mirror's heading, not the speaker's
        return _NEXT
    if (
        not org_name(found[0])
        and (told := _INFORMED_BY.search(text, max(0, found[1][0] - 60), found[1][0]))
        and re.fullmatch(r"[，,：:]\s*", text[told.end() : found[1][0]])
        and (informant := exact_name(told.group(1)))
        and informant.startswith(found[0])
        and informant != found[0]
    ):
        # 记者21日从某省生态环境厅获悉，某省持续6年开展…: the place's work in the line of the organ that told it, that
        # organ's news (a place the organ says was named an honour is the place's: _informed_by)
        return informant, told.span(1), "news lead"
    if (
        not first
        and (report := _PUBLISHES_REPORT.match(text, found[1][1]))
        and (owner := exact_name(report.group(1)))
        and owner != found[0]
        and owner not in _GENERIC
    ):
        # 3月7日，某市司法局发布某市人民政府2023年法治政府建设情况报告: news of the report, whose body it is
        return owner, report.span(1), "news lead"
    if not first and (award := _AWARDING.match(text, found[1][1])):
        # 某办公布…示范地区名单，某县上榜: the news is of those on the list, not of who published it; of the one
        # it names first on its own (某办印发《…命名的决定》，某市被命名为…), when that is a body or a place
        if one := _awardee(text, found[1][1], award.end()):
            return one[0], one[1], "news lead"
        return _NEXT
    if acted := _organs_acted(text, title_span, found, headline=first):
        # 某市开展… whose lead says 市司法局、市民政局组成…: the place's organs acted, the first leading, not the place
        return acted if isinstance(acted, tuple) else _NEXT
    if _finder(finder) in _POSTED_BY and (meeting := _office_posted_meeting(text, found[0])):
        return meeting  # 公开主体：某区人民政府办公室 over 区长某某主持召开区政府常务会议: the government's meeting
    if _finder(finder) in _POSTED_BY and not organs and _posted_for(text, title_span, found[0]):
        return _NEXT  # 来源：县司法局 over 我县's report: the county's report its bureau drafted and posted
    if CENTRAL_JOINT.fullmatch(found[0]) and _finder(finder) not in _ALONE and not _in_news_lead(text, found[1][0]):
        return _NEXT  # 2021年，中共中央、国务院印发《纲要》… opening a report: the plan it applies, not its writer
    if hearer(found[0]) and (heard := heard_reports(text, title_span[1] if title_span else 0)):
        if heard_one := _one_heard(heard):
            return heard_one  # 区人大常委会听取了区人民政府关于…的报告: the government's
        if heard[0] and (
            _finder(finder) is meeting_lead or (first and _SESSION.search(_line_around(text, found[1][0])))
        ):
            # 某旗人大常委会第三十次会议召开 hearing several bodies (…or so headlined: 某县人大常委会召开第三次会议):
            # the session's news
            return _unglued(text, found)
        if heard[0]:
            return _STOP  # it heard several bodies: the item is no one body's
    return _unglued(text, found)


# a body whose official, by a section's post, leads a team that comes to check (某委企考处处长某某带领考核组一行…)
_LEADS_A_TEAM = re.compile(
    r"[^。，,；;\n]{0,20}?(?:带领|带队|率领|率)[^。，,；;\n]{0,12}?(?:考核|检查|督查|督导|调研|验收|评估|巡察)组"
)
# a place's meeting of its line's bureau chiefs (某市召开全市农业农村局长会议): the line's bureau's
_CHIEFS_MEETING = re.compile(r"[^。，,；;\n]{0,10}?召开了?全[省市县区州]([\u4e00-\u9fff]{2,8}?)局长(?:工作)?会议")
# a body whose head or members came as guests (某法院党组书记、院长某某应邀参加, 某局应邀出席)
_INVITED = re.compile(r"[^。，,；;\n]{0,24}?应邀(?:参加|出席|列席|参会)")
# a photo's caption on a line of its own, its credit closing it (某局在某社区宣传民法典。某局供图, …。记者 某某 摄)
_PHOTO_CREDITED = re.compile(r"[^\n]{4,80}?[。 ][^\n。]{2,24}(?:供图|摄)[ \t　]*(?:\n|$)")


def _village_honoured(text: str, title_span: Optional[Span], name: str) -> bool:
    """The lead is of a village or a community under ``name`` that won an honour (近日，某区某街道某社区获评为…示范
    社区): its news, and a village or a community is no body we name; the town or subdistrict above it is not the
    item's subject."""
    start = title_span[1] if title_span else 0
    return bool(
        re.search(
            rf"{re.escape(name)}[\u4e00-\u9fff]{{2,6}}(?:社区|村)(?=获评|荣获|获得|入选|被评|被命名|成功创建)",
            text[start : start + 200],
        )
    )


def _office_posted_meeting(text: str, name: str) -> Optional[Found]:
    """The government whose own meeting the item reports (区长某某主持召开区政府第83次常务会议), when the page's
    posting line names that government's office (公开主体：某区人民政府办公室): the office posts the meeting, the
    meeting is the government's. Only a government of the office's level."""
    if not (office := _GOVERNMENT_OFFICE.search(name)) or not (held := meeting_lead(text)):
        return None
    return held if re.search(rf"{office.group(1)}(?:人民)?政府$", held[0]) else None


def _short_form(name: str) -> str:
    """The end of ``name`` a text repeats when it names the body again (宜秀区三届人大常委会 → 人大常委会): its last five
    characters, after its term (三届) if it names one."""
    return re.sub(r"^.*?(?:第?[一二三四五六七八九十]{1,3}届)", "", name)[-5:]


def _reported_to(headline: str, name: str) -> bool:
    """The headline above a lead (``headline``: the lines before where ``name`` was read) says its subject reported to
    ``name`` (…向区人大常委会述职): the audience, not the story's body."""
    if "向" not in headline:  # (asked of every name a finder reads: no pattern built for it where none can match)
        return False
    tail = _short_form(name)
    return (
        len(tail) >= 3
        and re.search(rf"向[^，,。！!|｜]{{0,6}}{re.escape(tail)}(?:述职|述法|报告|汇报)", headline) is not None
    )


def _consulted(text: str, name: str) -> bool:
    """The opening says the story's subject asked ``name`` for its views (州政府就《政府工作报告(征求意见稿)》征求州人大
    常委会意见, 副市长赴市政协…征求市政协委员…意见建议): the body consulted, not the one whose work it is."""
    opening = text[:600]
    if "征求" not in opening:
        return False
    tail = _short_form(name)
    # (a draft's label is no asking: 《某政协常委会工作报告》(征求意见稿))
    return (
        len(tail) >= 2
        and re.search(rf"征求(?!意见稿)[^。，,]{{0,6}}{re.escape(tail)}[^。]{{0,20}}?意见", opening) is not None
    )


def _a_person(text: str, name: str) -> bool:
    """``name`` (three or four characters, ending in a level word) is a person's: the text writes it after a
    leader's post, as a speech's or a report's signature line does (州长 金之镇)."""
    return (
        3 <= len(name) <= 4
        and name[-1] in LEVEL_CHARS
        and re.search(rf"(?:[省市州县区旗镇乡]长|书记|主任|主席)[ \t\u3000]*{re.escape(name)}(?![{_HAN}])", text[:5000])
        is not None
    )


# a government's general office, named by its level (区政府办公室, 县人民政府办公室, 市政府办公厅)
_GOVERNMENT_OFFICE = re.compile(r"([省市县区州旗盟镇乡])(?:人民)?政府办公[室厅]$")


def _posted_for(text: str, title_span: Optional[Span], name: str) -> bool:
    """A page's poster (``name``, an organ from its metadata or source) posts another's text: a place's, when the
    text speaks as a place (我县's report its 司法局 drafted and posted, 来源：县司法局) or its opening says whose
    report it is (发布机构：某区司法局 over 2025年，在市委…领导下，某区坚持…); or another level's, when the organ is
    named by its level alone under a title that opens with a place of another level (发布机构：县民政局 over
    湖南省…方案); or, whatever the poster, another body's disclosure report (发布机构：某县政府 over 现将某镇2022年度
    政府信息公开工作报告如下)."""
    # (…or a disclosure report compiled on another body's year of work: 发布机构：某区政府办 over 本年报按照2022年某街道
    # 政务信息公开工作实际编制而成, the subdistrict's)
    for m in (
        _OWN_DISCLOSURE.search(text, 0, 2000),
        _COMPILED_FOR.search(text, 0, 2000) or _COVERED.search(text, 0, 2000),
    ):
        if m and (body := exact_name(m.group(m.lastindex or 1), place=True)) and _one_body(body) != _one_body(name):
            return True
    if (office := _GOVERNMENT_OFFICE.search(name)) and (subject := _preamble_subject(text, title_span)):
        # 发布机构：区政府办公室 over 2024年，某区政府在…领导下…: the government's own report, its office posted it
        if re.search(rf"{office.group(1)}(?:人民)?政府$", subject[0]) and not _GOVERNMENT_OFFICE.search(subject[0]):
            return True
    if _government(name):
        return False
    field = re.escape(re.sub(r"[厅局委办]$", "", re.sub(r"^.*?[省市县区州旗盟]", "", name)))  # (a bracket's a letter)
    # (来源：某省司法厅 over 2021年全省司法行政工作总结, or 来源：某市司法局 over 某市司法行政系统召开…会议: the whole
    # level's line of work, or the system, its organ leads, whatever 我市 the text says; 来源：某市司法局 over 省司法厅来
    # 我市就…进行评估: the visit of its own line's superior, which the bureau hosts)
    if (
        title_span
        and len(field) >= 2
        and re.search(
            rf"全[省市县区州旗盟]{field}|{field}(?:行政)?系统|{field}[厅局][^\n，,。]{{0,10}}?(?:来|到|莅临)我[市县区州旗]",
            text[title_span[0] : title_span[1]],
        )
    ):
        return False
    if title_span and name in re.sub(r"[ \t\u3000]", "", text[title_span[0] : title_span[1]]):
        # 发布机构：某市水利局 under the headline …某市 水利局早谋划早部署: the headline names the poster as the story's
        # body (a space inside a title is a site's line breaking, not two names), whatever 我市 its lead says
        return False
    if self_levels(text):
        return True
    subject = _preamble_subject(text, title_span)
    if subject and _government(subject[0]) and name != subject[0] and name.startswith(subject[0]):
        return True
    if title_span and name[0] in LEVEL_CHARS and (length := place_at(text, title_span[0])):
        return text[title_span[0] + length - 1] != name[0]
    return False


def _not_the_writer(text: str, title_span: Optional[Span], organs: set[str], name: str, *, first: bool) -> bool:
    """The guards a name passes wherever it was read (a finder's or the fallback's): never the reader a text is
    addressed to; and, but for the title's subject (``first``), never a body other than the organ a text calls
    itself (我局), a body above the place it speaks as, nor the body it works under."""
    return _addressed(text, title_span, name) or (
        not first
        and bool(
            (organs and not speaks_as(name, organs))  # a text that calls itself 我局 is no 办公室's
            or _superior(text, name)  # 中央依法治国办启动了… in a city's news: a body it mentions
            or _led_by(text, name)  # 在某市气象局党组…的领导下，我局…: the body the writer works under
        )
    )


def fallback_agency(text: str, title_span: Optional[Span]) -> _Result:
    """The fallback alone, through the guards every finder passes, as if no finder had fired: what
    bench/fallback.py measures its precision by."""
    found = _fallback(text, title_span)
    verdict = (
        _verdict(text, title_span, self_organs(text), partial(_fallback, text, title_span), found, first=False)
        if found
        else _STOP
    )
    return (None, None, None) if verdict in (_NEXT, _STOP) else verdict


# what a kind of body is, as an explainer defines it (司法局是中国政府体系中的一个重要部门)
_DEFINED_KIND = re.compile(r"是(?:中国|我国)?[^。，,\n]{0,20}?(?:部门|机关|机构)")


def _fallback(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """Asked last, when no finder named anyone: the one body that the names standing in self-referring roles
    (fallback.self_references: an opening sentence's subject, a body issuing a document on its own line, 我局's one
    full name of its kind, the one full name of the text's own level) agree on, once each has passed the guards;
    none when two bodies remain or the copy is anonymised."""
    if any(essay.group().strip() != "引言" for essay in ARTICLE.finditer(text, 0, 1500)):
        # 司法局作为…重要部门。本文将回顾…, 关键词：人大常委会；专题询问: an essay on a kind of body, written by none of
        # them (a heading 引言 alone may open a body's own summary)
        return None
    organs = self_organs(text)
    kept: list[Cue] = []
    for cue in self_references(text, title_span[1] if title_span else 0, _own_levels(text)):
        name, (start, end) = cue.name, cue.span
        if _anonymised(text, name):
            return None
        if (
            cue.kind == "lead subject"
            and hearer(name)
            and _SESSION.match(text, end)
            and not _heard_anyone(text, title_span)
        ):
            continue  # 近日，某区人大常委会第15次会议召开: news of what the session heard, of whom the text says not
        if _placed_below(text, name):
            continue  # 我市's report: 某县 opening a sentence of its honours list is a county under it, no rival
        if _DEFINED_KIND.match(text, end):
            continue  # 司法局是中国政府体系中的一个重要部门: a kind of body an explainer defines, no one body
        if (
            _not_the_writer(text, title_span, organs, name, first=False)
            or _placed_above(text, name)
            or _above_addressees(text, name)
            or CENTRAL_JOINT.fullmatch(name)
            or visiting(text, end)
            or cut_short(text, end)  # 某市气象部|门: a lazy match cut inside a word
            or text.rfind("《", 0, start) > text.rfind("》", 0, start)  # 《某省…办法》: a cited document's owner
            or _ELSEWHERE.search(text[max(0, start - 4) : start])  # 赴某县学习: a place visited or learnt from
            or _hosted_or_helped(text, start, end)  # 在某县召开的…会上, 对某县开展帮扶: a venue, a place helped
            or _inspecting(text, name, end)
            or _ATTENDEE_SPEAKS.match(text, end)  # 某省委书记某某作表态发言: the body that answers the writer's call
        ):
            continue
        kept.append(cue)
    # every name in a writer's role counts against another (two bodies: no one's); only clear evidence names one (a
    # news lead's subject doing its deed on the lead's day is clear however often the item names it: 该院 after it)
    clear = [cue for cue in kept if cue.kind != "subject" or _clear_subject(text, cue.name)]
    if not clear or len({_one_body(cue.name) for cue in kept}) != 1:
        return None
    return clear[0].name, clear[0].span, "self-reference"


def _heard_one(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """A legislature's inspection or session that heard one body's report (濮阳县人大常委会…调研组…听取了县司法局
    …关于2023年度法治政府建设情况的汇报): that body, whose work the item is about; the one on rule-of-law work
    among several."""
    heard = heard_reports(text, title_span[1] if title_span else 0)
    return _one_heard(heard) if heard else None


def _one_heard(heard: tuple[list[Found], list[Found]]) -> Optional[Found]:
    """Of the bodies a session heard and those of them reporting on rule-of-law work (``heard_reports``): the first
    on rule-of-law work, else the one body heard; none of several."""
    bodies, on_law = heard
    if len(bodies) >= 3 and not (on_law and on_law[0][1] == bodies[0][1]):
        # a session's agenda of three reports, the one on rule-of-law work among them, no one body's news (a session
        # that heard that one first, 专题听取…法治政府建设情况, then others, is the reporter's)
        return None
    return on_law[0] if on_law else bodies[0] if len(bodies) == 1 else None


# a visit to the writer's own place (…一行…检查我县…), and the organ of that place whose report the visitors heard
# (省检查组首先听取县人防办罗永平主任的汇报)
_VISITED_OWN = re.compile(r"一行[^。\n]{0,40}?(?:检查|督查|督导|调研|考核|视察|指导)我([县市区镇乡])")
_HOST_REPORTED = re.compile(rf"听取了?([{_HAN}、]{{3,30}}?)(?:关于[^。\n]{{0,40}}?)?的?(?:工作)?(?:情况)?汇报")


def _host_reported(text: str) -> Optional[Found]:
    """A visit to the writer's own place (某局某处长一行…检查我县…) whose visitors heard one organ of that place
    report (听取县人防办某某主任的汇报): the host organ, whose news it is."""
    visit = _VISITED_OWN.search(text, 0, 600)
    if not visit:
        return None
    for m in _HOST_REPORTED.finditer(text, visit.end(), visit.end() + 600):
        heard = m.group(1)
        if "、" in heard or not heard.startswith(visit.group(1)):
            continue  # several bodies reported, or a body of another place
        for k in range(3, len(heard) + 1):  # (the shortest: the organ before its head's name, 县应急局|张某局长)
            if exact_name(heard[:k]) == heard[:k]:
                return found_at(heard[:k], m.start(1), "news lead")
    return None


def _heard_anyone(text: str, title_span: Optional[Span]) -> bool:
    """The text's lead says whose report a session heard (some body's, whatever its subject)."""
    heard = heard_reports(text, title_span[1] if title_span else 0)
    return bool(heard and heard[0])


# a legislature's or a committee's numbered session (第15次会议, 第十四次会议)
_SESSION = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体|常委会)?会议")


def _inspecting(text: str, name: str, end: int) -> bool:
    """``name`` is a legislature (or a standing committee) whose deed at ``end`` is 开展 (…视察, …执法检查, …调研):
    it inspects another's work, the news being of that work, as a report it hears is the reporter's; or any body
    whose official leads a team that comes to check (某委企考处处长某某带领考核组一行…考核了)."""
    return (hearer(name) and text.startswith("开展", end)) or bool(_LEADS_A_TEAM.match(text, end))


def _placed_above(text: str, name: str) -> bool:
    """``name`` is named in full by a place of a level above the one the text speaks as (青禾市司法局 in 我县's
    text). The finders' guard (_superior) reads only a level word first (市司法局): a branch the city names
    (某市生态环境局某分局) is the district's own; the fallback, asked on less evidence, refuses both."""
    own = _own_levels(text)
    if not own or not (placed := _place_of(name)):
        return False
    top = min(i for i, level in enumerate(_LEVELS) if own & set(level))
    return any(placed in level for level in _LEVELS[:top])


# a notice's addressee line naming the units directly under its issuer's level (各苏木乡镇人民政府，旗直各有关部门：)
_ADDRESSED_LEVEL = re.compile(r"(?m)^[^\n]{0,40}?([省市州盟县旗])直[^\n:：]{0,12}[:：][ \t]*$")


def _above_addressees(text: str, name: str) -> bool:
    """``name``, a level's body named by its level word (自治区人民政府, 市政府), stands above the level whose units the
    notice addresses (旗直各有关部门): a superior the notice cites, never the notice's issuer."""
    addressed = _ADDRESSED_LEVEL.search(text, 0, 600)
    if not addressed:
        return False
    level = "省" if name.startswith(("省", "自治区")) else name[0]
    below = next(i for i, group in enumerate(_LEVELS) if addressed.group(1) in group)
    return any(level in group for group in _LEVELS[:below])


def _placed_below(text: str, name: str) -> bool:
    """``name`` is named by a place of a level below every level the text calls itself (某县 in 我市's text): one of
    the places it governs, which the text reports on (某县获评…) but never writes as."""
    own = self_levels(text)  # 我市 itself: a scope named most (全省) is said of the places a body serves too
    # the level of the first place the name gives (贵州省 in 贵州省市场监管局; 某县 alone): the body's place or above
    first = next((k for k in range(3, len(name) + 1) if name[k - 1] in LEVEL_CHARS and proper_place(name[:k])), 0)
    if not own or not first:
        return False
    placed = name[first - 1]
    bottom = max(i for i, level in enumerate(_LEVELS) if own & set(level))
    return any(placed in level for level in _LEVELS[bottom + 1 :])


def _clear_subject(text: str, name: str) -> bool:
    """A sentence's subject is clear evidence when the text names it again (a name read too long, 某县人民政府旗,
    stands once) and, for a bare place (黄山市), when the text speaks as that level (我市, or 全市 most): a
    province's news often opens with the city it is about, a committee's office with the place it serves."""
    again = [
        at
        for at in occurrences(text[:20000], name)
        # 省人大常委会 inside 青禾省人大常委会: a short form's letters inside another body's full name are not it
        if not (
            at
            and name[0] in LEVEL_CHARS
            and re.match(rf"[{_HAN}]", text[at - 1])
            and not _BEFORE_PLACE.search(text[max(0, at - 4) : at])
        )
    ]
    # (…or points back at it by its organ word: 2023年，某市司法局共办理…。今年以来，该局…)
    pointer = "该" + (name[-2:] if name.endswith("中心") else name[-1])
    if len(again) < 2 and not (again and org_name(name) and pointer in text[again[0] : again[0] + 2000]):
        return False
    return bool(org_name(name)) or name[-1] in _own_levels(text)


def _one_body(name: str) -> str:
    """A place and its government alike (开阳县 = 开阳县人民政府 = 开阳县政府), and a body with its province's name
    before it or without (江苏省太仓市司法局 = 太仓市司法局): one body for the weighing."""
    name = re.sub(rf"^[{_HAN}]{{2,3}}(?:省|自治区)(?=[{_HAN}]{{2,}}?[市县区州旗盟])", "", _same_body(name))
    return re.sub(r"(?:人民政府|政府)$", "", name)


# finders that read what the page says of who posted it (metadata, 来源, a closing or credit line, the body a disclosure
# report's readers are to contact), not the body
_POSTED_BY = (metadata, source_field, closing_line, credit_line, contact_line)
# finders that read a name standing on its own line under the title
_ALONE = (byline, repeated_title_byline)
_SPOKEN_FOR = re.compile(r"我(?:谨)?代表$")


def _spoken_elsewhere(text: str, name: str) -> bool:
    """The speaker's own word for whom he speaks (我代表区人民政府…) names a government of another level than the
    place or the place's government ``name`` (a city's name over a district's work report): not the speaker's."""
    place = re.sub(r"(?:人民)?政府$", "", name)
    if not place or place[-1] not in LEVEL_CHARS or not proper_place(place):
        return False
    spoken = on_behalf(text)
    if not spoken or not _SPOKEN_FOR.search(text, 0, spoken[1][0]):
        return False
    # (区人民政府: a government named by its level alone, no place's name before it)
    level = spoken[0][0] if re.fullmatch(rf"[{LEVEL_CHARS}](?:人民)?政府", spoken[0]) else None
    return level is not None and place[-1] != level


# a report's opening sentence on the year it was for its place (刚刚过去的2023年，是某镇…取得重大突破的一年)
_YEAR_OF_PLACE = re.compile(
    rf"(?:^|\n)(?:刚刚过去的|过去的)?(?:19|20)\d{{2}}年[，,]?是([{_HAN}]{{2,10}})[^。\n]{{2,40}}?的一年"
)
# …or the head of a place named with its post, going about its work (某县长某某到…调研, 某市长某某深入…检查)
_PLACE_HEAD_LEAD = re.compile(
    rf"(?:^|[，,。\s)）])((?:[{_HAN}]{{2,4}}省)?[{_HAN}]{{2,8}}?[县市区州旗])长[{_HAN}]{{2,3}}"
    r"(?:到|赴|深入|前往|带队|率队|一行|来到|先后)"
)
# a news lead whose subject is the head of a level, by post alone, presiding over its meeting (市长某某主持召开…)
_PRESIDED = re.compile(r"(?:^|[，,、])([市县区州旗盟])(?:委书记|长)[^，,。\n]{1,16}?主持召开")


# how a place's name ends: a level word, or a zone's or an autonomous body's suffix
_PLACE_END = re.compile(r"[省市区县州旗盟镇乡]|新区|开发区|高新区|经开区|园区|自治|特别行政区|街道|矿区|林区|垦区")


# the values a disclosure page's fields take (公开范围: 面向全社会, 公开方式: 主动公开): never the front of a name
_FIELD_VALUE_FRONT = re.compile(r"面向全社会|面向社会|主动公开|依申请公开|不予公开")


def _unglued(text: str, found: Found) -> Found:
    """A name with a page word run onto its front (公开年报某省交通运输厅, 有效某省商务厅: a breadcrumb's or a
    metadata row's last word, when a copy lost its line breaks) is the name the text writes elsewhere on its own,
    after a break or a mark or inside its Party organ's name (中共某省公安厅委员会): the front part names no place
    (so 某市中级人民法院 keeps 某市中级), and the rest is a whole name that does not start where a place's name ends
    (某市生态环境局 never becomes 市生态环境局, nor 某新区卫生健康局 新区卫生健康局)."""
    name, (start, end), source = found
    if (value := _FIELD_VALUE_FRONT.match(name)) and exact_name(rest := name[value.end() :], place=True) == rest:
        # 公开范围: 面向全社会某区人民政府2024年…报告: a metadata field's value run onto the title a one-line copy glued
        return rest, (start + value.end(), end), source
    if two := two_names(name):  # 某市国防动员办公室某市人民防空办公室: two bodies' lines run together
        front = name[: -len(two)]
        if signboards := re.search(rf"{re.escape(front)}[(（]{re.escape(two)}[)）]", text):
            # …unless the text names them as one body's two signboards, 某市水务局(某市海洋局): that body, by both
            return signboards.group(), signboards.span(), source
        if lead := _joint_lead(text, front, two):
            return lead, (start, start + len(lead)), source
        return two, (end - len(two), end), source
    for k in range(1, len(name) - 3):
        front, rest = name[:k], name[k:]
        if any(c in LEVEL_CHARS for c in front) or front.startswith(("中共", "国家")) or _PLACE_END.match(rest):
            continue  # never a cut inside a place's name: 某市|生态环境局, 金普|新区卫生健康局; nor 国家|安全监管总局
        if org_name(rest) != rest or org_name(front, place=True):
            continue
        for at in occurrences(text[:20000], rest):
            if not start <= at < end and (  # never its own words, were they quoted over a line break
                at == 0 or not re.match(rf"[{_HAN}（）()]", text[at - 1]) or _party_of(text, at, rest)
            ):
                return rest, (start + k, end), source
    return found


def _joint_lead(text: str, front: str, rest: str) -> Optional[str]:
    """The first of two or more departments of one place whose names a title runs together (某省人社厅某省财政厅关于…,
    某省人社厅国家税务总局某省税务局关于…): joint issuers, of which the first leads; never a government or a Party
    committee before one of its bodies (a site's name, 某区人民政府某区水务局, or 中共某县委某县人民政府: the second is
    the writer), nor one body's new name before its old when the text goes on in the old one's words only."""
    if _government(front) or front.startswith("中共") or re.search(r"党委|党工委|[省市县区州旗]委$", front):
        return None
    if (names := names_run(front)) and len(names) > 1:
        front = names[0]  # (…国家税务总局 run on after the first: the first alone)
    if exact_name(front) != front or _government(rest):
        return None
    # (a new name the text writes only where the run stands, its old one again below: 某市国防动员办公室某市人民防空办公室
    # …市人民防空办公室…, one body by the name it goes on in)
    return None if text.count(_organ_words(front)) < 2 <= text.count(_organ_words(rest)) else front


def _organ_words(name: str) -> str:
    """A department's name without its place (人民防空办公室 of 某市人民防空办公室): the words the text repeats."""
    place = re.match(r"[\u4e00-\u9fff]{1,7}?[省市区县州旗盟](?=[\u4e00-\u9fff]{2})", name)
    return name[place.end() :] if place else name


def _party_of(text: str, at: int, name: str) -> bool:
    """``name`` at ``at`` is inside its Party organ's name (中共某省公安厅委员会, 中共某局党组): the body named whole."""
    return text[max(0, at - 2) : at] == "中共" and text.startswith(("委员会", "党组", "党委"), at + len(name))


# an addressee line: the bodies a report is given to, alone on a line before the body, a colon after them
_ADDRESSEE = re.compile(r"(?m)^[ \t\u3000]*([^\n。，,:：]{2,40})[:：][ \t\u3000]*$")


def _same_body(name: str) -> str:
    """One body's long and short forms alike: 全国人民代表大会常务委员会 = 全国人大常委会, 某县人民政府 = 某县政府."""
    name = name.replace("人民代表大会常务委员会", "人大常委会").replace("人民政府", "政府")
    return re.sub(r"委员会$", "委", name)


def _addressed(text: str, title_span: Optional[Span], name: str) -> bool:
    """``name`` is the body the text is addressed to (an addressee line under the title: 某市人民政府：, 区委、区政府：):
    a report is given to its reader, never written by it, whatever the speaker's line above says of the speaker."""
    start = title_span[1] if title_span else 0
    for m in _ADDRESSEE.finditer(text, start, start + 400):
        following = text[m.end() :].lstrip("\n").split("\n", 1)[0].strip()
        if re.fullmatch(r"[^。，,；;:：]{2,30}", following):
            continue  # 某局：⏎深入整治河湖顽瘴痼疾⏎日期：…: a headline's two parts, no letter's (its body is sentences)
        bodies = re.split(r"[、]", m.group(1).strip())
        named = {_same_body(b) for b in bodies if b not in _GENERIC}  # 县委、县政府: a level's words tell no one apart
        if all(org_name(b, place=True) for b in bodies) and _same_body(name) in named:
            return True
    return False


def _led_by(text: str, name: str) -> bool:
    """The opening says the writer works under ``name``'s leadership or guidance (在某局党组和某县委的正确领导下),
    or acts on its deployment (按照某部部署要求, 根据市委统一部署): a body no writer says of itself."""
    # (a place is not led by its own Party committee's name: 在省委和某市委的正确领导下，我市… is the city's report)
    body = rf"{re.escape(name)}(?:党组|党委)?(?!委)"
    if name[0] in LEVEL_CHARS:
        # (a level's body named bare after a named place's Party committee is that place's: 在内江市委、市政府和隆昌市委
        # 领导下，市政府坚持… — the city government under the prefecture's is not led by itself)
        body = rf"(?<![\u4e00-\u9fff]{{2}}[省市县区州旗盟]委、){body}"
    return bool(
        re.search(
            # (a body followed by its own 在…领导下 is that clause's subject: 某报在线消息 今年，某局在县委…领导下; so is
            # one that will work so: 在今后的工作中，某院将在区委…领导下)
            rf"在[^。；;\n]{{0,20}}{body}(?![将要]?在)[^。；;，,\n]{{0,30}}{_LED_UNDER}"
            rf"|(?:按照|根据|遵照)[^。；;，,\n]{{0,10}}?{body}的?(?:统一|总体|决策)?部署",
            text[:3000],
        )
    )


# the marks of a news lead: 近日, 日前, 本报讯, (记者 某某), 新华社北京6月5日电
_NEWS_MARK = re.compile(r"近日|日前|近期|本报讯|记者|日电")


def _in_news_lead(text: str, at: int) -> bool:
    """The sentence that names a body at ``at`` reads as a news lead: the Party's and the State's central organs
    (中共中央、国务院) write no report and no page of a local body; they are the subject of news of their documents.
    A lead that goes on to carry the document whole (…全文如下) wraps that document, which names no writer of its
    own: the page is the plan, not news of it."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    return bool(_NEWS_MARK.search(text, start, at)) and not re.search(r"全文如下|全文附后", text[at : at + 400])


def _title_line_organ(text: str) -> Optional[Found]:
    """``title_line``'s issuer; when that is a place and an organ of it stands alone under the line (关于某县2022年
    地方财政预算执行情况…的报告 / ——…会议上 / 某县财政局), that organ, which delivers the place's report."""
    found = title_line(text)
    if found and proper_place(found[0]):
        start = text.rfind("\n", 0, found[1][0]) + 1
        end = text.find("\n", found[1][1])
        under = byline(text, (start, end if end >= 0 else len(text)))
        if under and _organ_of(found[0], under[0]):
            return under
    return found


def _organ_of(place: str, organ: str, *, by_level: bool = False) -> bool:
    """``organ`` is one of ``place``'s organs, not the place or its government: named after it (某县 / 某县财政局), or,
    ``by_level``, by the level's character alone (某县 / 县发展和改革局), as the one delivering the place's report."""
    named = organ.startswith(place) or (by_level and organ[0] == place[-1] and organ[0] in "省市县区州旗")
    return named and organ != place and not _government(organ)


def _government(name: str) -> bool:
    """A place or its government (青禾县, 某县人民政府 and its office, 某镇党委): what a text that speaks as 我县
    may be."""
    return bool(
        exact_name(name, place=True)
        and re.search(r"(?:政府|政府办公室|办公厅|党委|[省市县区州旗盟镇乡]委?|街道|办事处)$", name)
    )


# administrative levels, highest first: a text that speaks as 我县 is below 市, 州 and 省
_LEVELS = ("省", "市州盟", "县区旗", "镇乡")
# a central body or a ministry: 中央依法治国办, 国务院…, 司法部, 自然资源部, 国家…局 (no place in its name)
_CENTRAL = re.compile(r"中央|国务院|中共中央|国家|全国|[^省市县区州旗盟镇乡]{2,8}(?:部|总局)$")


def _superior(text: str, name: str) -> bool:
    """A body above the place the text speaks as (我市, 我县): a central one (中央…, 国务院…, 司法部), or one
    named by a higher level's word (省司法厅 in 我市's text, 市委依法治市办 in 我县's). A text that speaks
    as several levels (我市…我县) is judged by the highest."""
    own = _own_levels(text)
    if not own:
        return False
    if _CENTRAL.match(name):
        return True
    top = min(i for i, level in enumerate(_LEVELS) if own & set(level))
    if joint := joint_level(name):  # 巴州党委、政府 in 我县's text: the prefecture the county answers to
        return any(joint in level for level in _LEVELS[:top])
    return any(name[0] in level for level in _LEVELS[:top]) and not _PLACE_NAMED.match(name)


# (a rank among a superior's places is no scope of the text's own: 排全省第15位、全市第3位 of a county's yearbook;
# a town's 本镇 is its own too, as 全镇 is: 切实加强党对本镇法治政府建设工作的领导; a city's 本市 is more often a rule's
# scope, 本市行政区域内)
_SCOPE = re.compile(
    r"(?:全|(?<![基根日资成版文样])本(?=[镇乡]))(省|市|州|盟|县|区|旗|镇|乡)"
    r"(?!(?:排名|排位|排|名列)?第[一二三四五六七八九十\d]|前列|首位|第一)"
)


def _own_levels(text: str) -> set[str]:
    """The levels a text speaks as: 我市, 我县; else the scope it names most (``_scope_level``)."""
    return self_levels(text) or _scope_level(text)


def _scope_level(text: str) -> set[str]:
    """The scope a text names most (全区 five times, 全市 once: a district's text), when it names one at least
    twice."""
    scopes = Counter(m.group(1) for m in _SCOPE.finditer(text, 0, 20000)).most_common(2)
    if scopes and scopes[0][1] >= 2 and (len(scopes) == 1 or scopes[0][1] > scopes[1][1]):
        return {scopes[0][0]}
    return set()


# a name that begins with its place's proper name (市场监督管理局 starts with 市 but names no level): 省/市/县…
# as the first character is a level only when an organ word follows it directly (…and a city's district named for
# where it lies in the city, 市中区, 市北区, is a district)
_PLACE_NAMED = re.compile(r"[市县区]场|市民|县域|区域|市[中南北]区")


# what may stand right before a place's name in running text: a mark, a preposition, a verb of the work
# (纳入了某镇发展规划: a verb's particle, before a name of three or four characters only: 坚持了逢赶场天镇党委…
# runs a phrase of the work into the level's organ)
_BEFORE_PLACE = re.compile(rf"(?:[在于对就向把让]|(?=[{_HAN}]{{2}}$)(?:{_NOT_IN_NAME.pattern}))$")
# a place named as where someone goes or comes from, or as a model: not the text's own
# a place's proper name before its level: two to four characters, none of them an organ's or a joiner's, and no
# level's at its end (市县乡, 新区自贸片区)
_PROPER_STEM = re.compile(r"[^\W\d_政府委局办厅部和与及到在对等]{2,4}(?<![省市区县州旗盟镇乡])")
# an item's closing credit to an organ of its place, in brackets (（来源：某县司法局）); a page's 来源 row names the
# poster, not the item's doer
_CREDITED_ORGAN = re.compile(
    r"[(（]\s*(?:来源|稿源|供稿|信息来源|供稿单位)\s*[：:]\s*([\u4e00-\u9fff]{1,8}?[省市区县州旗盟镇乡])[\u4e00-\u9fff]{2,14}(?=[)）])"
)
_NOT_OWN_PLACE = re.compile(
    r"委|政府|人民政府|[、，,]|\s*(?:19|20)\d{2}|[域场民级直属内外省市区县州旗盟镇乡村]|人大|政协|社区"
)
_ELSEWHERE = re.compile(r"(?:赴|前往|到|来自|与|学习|借鉴|考察|参观|兄弟|对口|援助)了?$")
# the mark a clause opens after (not 、, which lists): a place right after it is the clause's subject
_CLAUSE_MARK = re.compile(r"[，,。；;：:]")
# what follows such a subject: its work or its deed, or the count of its people (某镇26名学员全部通过考试; never a
# campaign's name in quotes, which a province's lead gives its places too: 表示，某省“十四五”…规划正在编制中)
_OWN_WORK_NEXT = re.compile(rf"{_NOT_IN_NAME.pattern}|\d+名")
# a place named as the venue of another's meeting (在某县召开的全市推进会上) or as the one helped (对某县开展帮扶):
# whose it is the text does not say
# (…or the body whose press conference a speaker spoke at: 某部副部长某某在国新办新闻发布会上介绍)
_HOSTED = re.compile(r"(?:召开|举办|举行|承办)(的)?|(?=(?:新闻)?发布会上)")
# a press office that holds a conference on another body's work (国新办就2018年全国行政复议…情况举行发布会): the
# stage, not the body whose news it is
_PRESS_HOST = re.compile(r"就[^。\n]{2,60}?(?:举行|召开)(?:新闻)?发布会")
_HELPED = re.compile(r"[^。；;\n]{0,12}?(?:帮扶|支援|结对)")


def _hosted_or_helped(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a venue (在某县召开…, 某县召开的全市推进会, 在某办新闻发布会上) or a place helped (对某县开展帮扶), not a
    body holding its own meeting (…结束后，某市召开…联席会议)."""
    if _HELPED.match(text, end) or _PRESS_HOST.match(text, end):
        return True
    hosted = _HOSTED.match(text, end)
    return bool(hosted and (hosted.group(1) or text.endswith("在", 0, start)))


# words that end in a level's character and name no place, beyond those names.py's place reading already refuses
# (某社区, 某小区, 辖区, 片区): a scenic area, a campus, a works (某景区, 校区, 厂区), a supermarket or a market (超市,
# 夜市, 集市)
_NOT_A_PLACE = re.compile(r"(?:景|校|厂)区$|(?:超|夜|集|股|楼|门)市$|(?:先进|示范|文明|模范|标杆)[省市区县州旗镇乡]$")
# (…nor an honour a place strives for: 创建全国平安先进区, 法治政府建设示范市)
# a body or a system of the place's, named after it: 某县卫生计生系统, 某县教育部门
_SYSTEM = re.compile(rf"[{_HAN}]{{2,8}}?(?:系统|部门)")


def _owns_body(text: str, end: int) -> bool:
    """The place ending at ``end`` is the front of a body's name (某县卫生健康局) or of its system's (某县卫生计生系统
    工作开展情况): the text tells of that body there, not of the place."""
    return bool(_SYSTEM.match(text, end)) or any(
        org_name(text[end : end + k]) == text[end : end + k] for k in range(2, 13)
    )


# the governments of a whole place as a report's subject (2020年，…全省各级政府坚持…), and its own government's organs
# the body names (省政府主要负责人, 省政府常务会议)
# (…and their departments: 全州各级政府及其部门坚持…)
_ALL_GOVERNMENTS = re.compile(
    r"全([省市县区州旗])各级(?:人民)?政府(?:及其(?:工作)?部门)?(?=坚持|认真|深入|全面|紧紧|始终|持续|扎实|积极|在)"
)
_GOVERNMENT_ORGANS = r"(?:人民)?政府(?=主要负责|常务会议|全体会议|党组)"


# the bodies of a place at large as a lead's subject (泉州各地各部门结合各自职能，开展…): a round-up of the place's work
# (never one system at every level, 某省各级人大深入…: a round-up of that system's bodies, named by none of them)
_AT_LARGE = re.compile(
    rf"([{_HAN}]{{2,8}}?)各(?:地|级|地区)各(?:部门|单位)(?=[{_HAN}]{{0,12}}?(?:结合|开展|组织|深入|积极|围绕|聚焦|认真|持续))"
)


def _place_at_large(text: str, title_span: Optional[Span]) -> Optional[Found]:
    """A news item whose lead's subject is a place's bodies at large (泉州各地各部门结合各自职能，开展宪法“七进”…),
    the paragraphs below each telling of one of them: the place, named as the lead names it (its stem too), never the
    first body a later paragraph tells of."""
    start = title_span[1] if title_span else 0
    while (line_end := text.find("\n", start + 1)) > 0 and line_end - start < 40:
        start = line_end  # (past the page's short rows above the lead: 分享)
    for m in _AT_LARGE.finditer(text, start, min(start + 300, line_end if line_end > 0 else len(text))):
        for k in range(len(m.group(1)) - 1):
            place = m.group(1)[k:]
            if (exact_name(place, place=True) == place and proper_place(place)) or is_stem(place):
                return place, (m.start(1) + k, m.end(1)), "news lead"
    return None


def _collective_government(text: str) -> Optional[Found]:
    """A report whose opening's subject is all the governments of its place (全省各级政府坚持…) and that names
    nobody: the place's own government, as its body names it where its head or its meetings act (省政府主要负责人…,
    召开省政府常务会议): the government that reports for them all. Never a government with a place's name before it
    (某市政府常务会议 in a province's report is another's)."""
    m = _ALL_GOVERNMENTS.search(text, 0, 400)
    if not m:
        return None
    for own in re.finditer(m.group(1) + _GOVERNMENT_ORGANS, text[:20000]):
        named = any(exact_name(text[at : own.end()], place=True) for at in range(max(0, own.start() - 8), own.start()))
        if not named:
            return found_at(own.group(), own.start(), "preamble")
    return None


def _own_place(text: str) -> Optional[Found]:
    """The one place of the level a text speaks as (我镇, or the scope it names most, 全县) that it names: a town's
    report that calls itself 我镇 under its banner's requirements (根据某旗…要求) and names 某镇 once, deep in its
    body; a county's news that says 我县 and 就某县…开展了专题调研. Never when it names two places of that level
    (its own and another), nor one it goes to, comes from or learns from."""
    own = self_levels(text)
    if (led := _PLACE_HEAD_LEAD.search(text, 0, 300)) and (not own or own == {led.group(1)[-1]}):
        # 12月20日，某省某县长某某到县护苗驿站…调研: the county its head goes about, named with the post
        place = led.group(1)
        if exact_name(place, place=True) == place and proper_place(place):
            return place, led.span(1), "news lead"
    if not own and (head := _PRESIDED.search(text, 0, 300)):
        own = {head.group(1)}  # 市长某某主持召开…会议: the item speaks as the city its head presides for
    if not own and (year := _YEAR_OF_PLACE.search(text, 0, 400)):
        for k in range(len(year.group(1)), 1, -1):  # 刚刚过去的2023年，是某镇经济社会发展…的一年: the place's year
            if proper_place(name := year.group(1)[:k]) and year.group(1)[k - 1] in LEVEL_CHARS:
                return name, (year.start(1), year.start(1) + k), "preamble"
    if not own and (scope := _scope_level(text)) <= {"镇", "乡"}:
        # a town's report that never says 我镇 but keeps to 全镇/本镇: the town it names (no gazetteer lists towns,
        # so the fallback's one full name of the text's level never finds one)
        own = scope
    if len(own) != 1 or own == {"省"}:
        return None
    (level,) = own
    names: dict[str, int] = {}
    barred: set[str] = set()  # a venue of another's meeting (在某县召开的…会上), a place helped (对某县开展帮扶)
    for end in (i + 1 for i in occurrences(text[:20000], level)):
        if _NOT_OWN_PLACE.match(text, end):
            continue  # 县委 (a level's organ), 镇、村 and 市县乡 (levels listed), 县域, 某市2023年度… (a document's owner)
        best = None
        for at in range(end - 2, max(0, end - 10) - 1, -1):  # the shortest name after a word's end
            name = text[at:end]
            if (
                _PROPER_STEM.fullmatch(name[:-1])
                and exact_name(name, place=True) == name
                and name not in _GENERIC
                and not _NOT_A_PLACE.search(name)  # 某景区, 超市: a scenic area, a shop, no place
                and not _owns_body(text, end)
                and (
                    _BEFORE_PLACE.search(text[max(0, at - 4) : at] or "。")
                    or (len(name) <= 4 and text[at - 1 : at] == "了")
                    # 督察组指出，某县法治政府建设工作扎实推进: a clause's subject, its work or its deed after it
                    or (_CLAUSE_MARK.fullmatch(text[at - 1 : at]) and _OWN_WORK_NEXT.match(text, end))
                )
                and not _ELSEWHERE.search(text[max(0, at - 4) : at])
                and not _PLACE_END.fullmatch(name)
                and not name.endswith(("城市", "设区市"))
                and text.rfind("《", 0, at) <= text.rfind("》", 0, at)  # 《某省…办法》: a cited document's
                # a county's or a higher level's name starts as one in the gazetteer does, in full or shortened (东乌旗);
                # 举行区, 原则同意县 are a verb before a level word that starts a phrase (区中小学校, 县财政局); a
                # town's name is in no list, and is left to the patterns
                and (level in "乡镇" or starts_a_stem(name))
            ):
                best = (name, at)
                break
        if best:
            names.setdefault(best[0], best[1])
            if _hosted_or_helped(text, best[1], end):
                barred.add(best[0])  # a place the text tells apart from its own, but names no more of
    distinct = [n for n in names if not any(o != n and o.endswith(n) for o in names)]
    if not names and (credit := _CREDITED_ORGAN.search(text)) and credit.group(1)[-1] == level:
        # 3月5日，我县召开…推进会。…（来源：某县司法局）: the place of the organ the item is credited to
        organ = text[credit.start(1) : credit.end()]
        # (a media centre that carried it is no organ of the place's work: 来源：某县融媒体中心 names no one)
        if proper_place(credit.group(1)) and org_name(organ) and not re.search(r"媒体|新闻|报社|电视|广播|传媒", organ):
            return credit.group(1), credit.span(1), "source"
    if len(distinct) != 1 or distinct[0] in barred:
        return None
    return distinct[0], (names[distinct[0]], names[distinct[0]] + len(distinct[0])), "preamble"
