"""The rules engine's patterns: what marks a list, a cause, a label, a pending or established result in the text."""

from __future__ import annotations

import re

from ...lazyre import lazy
from ...tables import DEADLINE_WORDS

_LIST_INTRO = re.compile(
    r"(?:主要)?(?:表现在|表现为|体现在|主要是|主要有|有以下|如下|以下(?:几个方面|方面|几项|工作|几点))[:：]"
)
# an enumerator opening an item inside a sentence: 1. / 2、 / （一） / (1) / 一是 (not the 3. of 3.5万人)
_INLINE_ENUM = lazy(
    r"\s*(?:\d{1,2}(?:[.．](?!\d)|[、)）])|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}(?:是|、))\s*"
)
_PROBLEM = re.compile(
    r"不够|有待|不足|欠缺|薄弱|仍需|尚未|不强|不高|不到位|不完善|不健全|不平衡|偏低|短板|差距|"
    r"需要进一步|亟待|亟需|较弱|偏弱|滞后|不新颖|单一|不规范|参差不齐|不均衡|不充分"
)
# 究其原因，主要是： / 产生问题的原因在于 / 原因有： — where a section turns from shortfalls to their causes
_CAUSE_INTRO = re.compile(r"(?:究其|分析|产生.{0,6}|存在.{0,6})?(?:主要)?原因[，,]?\s*(?:主要)?(?:是|在于|有)[:：]?")
# the sentence that introduces a list of shortfalls, not one of them
_SHORTFALL_PREAMBLE = re.compile(r"虽然|虽|取得|成效|但(?:仍|还)?存在|如下|以下")
_DUTY_VERB = re.compile(r"主持|带头|召开|组织|研究|落实|担任|部署|督促|亲自|牵头|履行|听取|审议|推动")
_LABEL_TRIM = re.compile(
    r"(?:共计|共|累计|合计|全年|(?<![平人])均|分别|达到|高达|达|(?<![行作认成称视])为|至|到|了|(?<![签节制预合公条契邀相特简履])约|近|超过|超|(?<!总)计|从|由|"
    # (…and the before of a change: 审批时限由原来的30个工作日缩短为3个工作日)
    # (…and where a figure is held: 蔬菜产量稳定在200万吨左右, 失业率控制在5.5%以内)
    r"其中|同比|原来的?|原先的?|各|(?:稳定|保持|控制|维持)在)+$"
)
_LABEL_LEAD = re.compile(
    r"^(?:[\s，,、；;：:（(“”\"]|(?:19|20)\d{2}年(?:以来|度)?|截至\d{1,2}月\d{1,2}日|今年|全年|其中|"
    # (…and the writer naming itself: 我们发放…材料8000余份, 我局办理…)
    r"我们|我[局委院厅办部](?![门])|"
    # (…and a tally word or an adverb of the deed: 共组织…活动6场, 积极开展…学习13次; 累计 stays, a total over years)
    # (…and a plan's striving for its target, 力争/确保; 争取 stays: in a result it says the funds were won)
    r"(?:共计|合计|共(?![同享建治青产识性商担])|积极|认真|切实|依法(?=完成|办理|受理|开展|查处|审查|审核)|力争|确保)"
    r"(?=[\u4e00-\u9fff“]{2})(?![百千万亿一二三四五六七八九十两])|"
    # (…and a time counted from that is no part of it: 年初至今开展谈心谈话, 自设置以来已解决…)
    r"年初(?:至今|以来)|自[^，,。；;\d]{1,8}?以来|(?<=以来)已|"
    # (…and the batches it was done in: 五年中分两轮取消…, 并分两批承接…)
    r"并?(?:[一二三四五六七八九十两\d]{1,2}年中)?分[一二三四五六七八九十两\d]{1,2}(?:批次?|轮)|"
    # (…and the time since which it is counted, with its tally word: 今年以来共召开…, 一年来共计协审…)
    r"(?:(?:今年|一年|近年|本年度?)?以来|(?:一|今|近|多)年来)(?:共计|共|累计)?|"
    # (…and the before or the after of a change, named before its measure: 由原来串联办理审批时间240多天，缩短到并联
    # 办理审批时间92天)
    r"(?:由|从)(?:原来|原先)的?|(?:缩短|压缩|减少|降低|提高|提升|增加|扩大|延长|精简)(?:到|至)"
    r"(?=[\u4e00-\u9fff“])(?!(?:19|20)\d{2}|[一二三四五六七八九○〇零]{4}|去年|上年|今年|现在|目前|年底|年末))+"
)
# a part that only reports results (一、主要举措 / 二、取得成效): its numbers are achievements, it is no measure
_RESULTS_ONLY = re.compile(r"^(?:\d{4}年)?(?:取得的?|主要|工作)?(?:成效|成果|成绩)$")
_PREPOSITION = re.compile(r"在|对|从|向|为|有|共有|其中|包括|将|把|给|通过")
# a label that is only a preposition and the scope it opens (对全市, 首批把, 向各): no words of what is counted
_PREPOSITION_LEFT = re.compile(r"[^，,。；;]{0,4}?[对把将给向]((?:全[省市县区州镇乡])?)")
# what is left between two numbers of one clause that holds no words: a bracket's close, a bare 的
_NO_WORDS = re.compile(r"[)）\]】]+的?|的")
_NOUN_AFTER = lazy(r"([\u4e00-\u9fff“”]{2,16}?)(?:中|里|内|的|之中|当中)?(?=[，,。；;、：:\n]|$)")
_VERB_WORDS = r"推动|推进|开展|实现|进行|完成|参加|参与|提升|促进|加强|落实|办理|涉及"
_VERB = lazy(_VERB_WORDS)
_TITLE_STOP = lazy(r"[。：:]")
_RUN_IN_TITLE_MAX = 25
_TITLE_BOUNDARY = "，,。；;：:！!？?\n"
_CLAUSE_SEP = re.compile(r"[，,；;。：:\n\t]")  # (a tab parts a table's cells: a label never runs across one)
# the units of a grade a thing is named by, no count of it (500千伏输变电工程)
_GRADES = ("千伏", "万伏", "伏")
# (…nor a voltage, a line's or a station's grade in its name: 20个500千伏输变电工程)
_NOT_METRIC_UNIT = {"年", "月", "日", "号", "时", "分", "秒", "年度", "季度", *_GRADES}
# the hour of a clock time right before its minutes (10时30分, 9点30分, 14:30分): 分 there is not a score
_CLOCK_BEFORE = re.compile(r"(?:[0-9０-９]{1,2}|[零〇一二两三四五六七八九十]{1,3})\s*[时点:：]\s*$")
# the counted noun right after a number and its unit (13份合同、 / 25人参加执法资格考试、 / 开展2次集中学习活动):
# up to a clause separator, a bracket, the next number or a verb that starts what is done with it
_AFTER_NOUN = re.compile(r"\s*([\u4e00-\u9fff“”]+)")
# a verb of change or reach before 到/至 (降至, 扩大到, 提升至, 达到, 直至): what happened to the number
_CHANGED_TO = re.compile(r"(?:降|升|高|低|大|小|展|跃|落|合|加|少|长|缩|短|伸|达|直|截|移|转|延|减|增|多|快|慢|进)$")
# (…or the predicate it opens on, an adverb: 13个改革事项已全部线上运行, 26项任务均按期完成)
_AFTER_STOP = re.compile(
    r"(?<=.)(?:进行|下放|开展|实施|落实(?!体系|机制|情况|工作|责任|清单|制度|落地|不)|转送|移送|参[加与](?!的)|已|(?<!平)均(?=已|按|在|为|达|完成|实现|通过|得到|由)"
    # (…or a preposition that opens the deed: 9家单位在全市…会议上作现场述法, 2个督察组对区公安分局…开展督察)
    r"|(?<=..)(?<![存所现实自内外正潜好])在(?=[\u4e00-\u9fff]{2})|(?<=..)(?<![应面针相反绝核结配])对(?![接象口标比外应话])(?=[\u4e00-\u9fff]{2})"
    # (…or an adverb of the deed done to them: 45件民生实事全面完成, 12个项目顺利建成投用)
    r"|(?<=..)(?:未能|未)?(?:全面|全部|顺利|圆满|如期|按期|基本)+(?=完成|推开|推行|实施|落实|开展|启动|建成|铺开|覆盖|投用|运行|上线|办结)"
    # (…or a second predicate joined to the first: 明确了34项行政职权并在网上公开)
    r"|并(?=在|于|对|向|将|予以|纳入|实现|进行|开展|录入|公开|上报|报送|印发)"
    # (…or what the counted things did to another: 25个基层党支部将…纳入…, 12个部门把…作为…; and the whole they are
    # a part of: 3个综合示范创建地区之一)
    r"|(?<=..)(?<![大名老干主战即])将(?=[\u4e00-\u9fff]{2})|(?<=..)把(?=[\u4e00-\u9fff]{2})|(?<=..)之一"
    # (…or 都 before what is said of them all: 两件大事都将…, 45个项目都已…)
    r"|(?<=..)(?<!首)都(?=将|已|是|要|会|能|在|得到|实现|完成|按期)"
    # (…or the deed they are the subject of: 26个场景实现全覆盖, 4个案例入选…, 3项做法纳入…, 为1680余家企业提供…)
    r"|(?<=..)(?:实现|提供|入选|纳入|获评|荣获|负责(?!人|同志)|制发|下发|发出|进入|上榜|升格|获批|获(?![奖得]))"
    r"|(?<=..)组织(?=开展|实施|召开|举办)|(?<=..)发放(?![标金])|(?<=..)启动(?![仪区会])"
    # (…or the agent of the deed done for them: 近300户由银行提供资金支持)
    r"|(?<=..)(?<![理缘事])由(?!于|此)(?=[\u4e00-\u9fff]{2}))"
)
# the things counted named before a 的 that says what of theirs the deed was about (11个区直执法部门的执法主体公告,
# 6398万农村人口的饮水困难, 704个进驻项目的承诺时限): the number counts those things. Only a noun of things a report
# counts ends that part; a quality or a clause before 的 (22名受聘的监督员, 最大的发展中国家) leaves the noun whole
_COUNTED_OF = re.compile(
    r"(?!跨)([^的“”《》()（）]{0,10}?(?:部门|单位|企业|机关|机构|人口|学生|家庭|群众|人员|村|社区|乡镇|街道|办事处|县|区|市|"
    r"项目|平台|基地|清单|城市|民族|园区|学校|医院|中心|窗口|科室|行业|法院))的(?=[\u4e00-\u9fff“]{2})"
)
# the words that join a list (和, 及, 与), never the verbs that end on one of them (惠及, 涉及, 普及, 参与, 给与)
_JOINER = r"和|(?<![惠涉普波顾危])及|(?<![参给])与"
_LIST_JOIN = lazy(rf"{_JOINER}|、")
# a measure named right before its figure (总投资近2000亿元的…, 经济总量超过3万亿元的城市): the figure is that measure
_MEASURE_BEFORE = re.compile(
    r"(?:投资|规模|产值|收入|总量|总额|人口|面积|金额|资金|产量|营收)(?:近|约|超过?|达到?|为|突破)?$"
)
# (the verbs of a change to a value, shared by the patterns below: 压缩至, 提高到, 拓展为, 下调至)
_CHANGE_VERBS = r"压缩|缩短|缩减|减少|降低|下降|提高|提升|增加|扩大|扩展|拓展|延长|上调|下调|调高|调低"
# a label that only says the quantity changed (从1696个工作日大幅压缩至174个工作日, 由622份减为212份): the subject is
# the one before
_CHANGE_ONLY = re.compile(
    # (…or sped up or slimmed down to: 办理时间20.86天提速至6.44天, 议事协调机构由374个精简为24个)
    # (…or merged into fewer: 中职学校由71所优化整合为47所)
    rf"(?:大幅|进一步|有效|优化)?(?:{_CHANGE_VERBS}|增长|上升|提速|精简|压减|削减|回落|整合|合并|减|降|增)(?:至|到|为)?"
)
# …to a figure of a named year (从2020年的41.6%提升至2025年的52%, 增加到2012年的1200亿元): that year's figure of the subject
_CHANGED_TO_YEAR = re.compile(_CHANGE_ONLY.pattern + r"((?:19|20)\d{2}年(?:底|末)?)的?")
# an ordinal meeting or session (第59次常务会议, 九届七十七次常务会议, 第3期培训班): which one, not how many
# (…listed, 第6次、第7次、第9次常务会议)
_WHICH_MEETING = re.compile(
    r"[次期届](?:、第?[\d一二三四五六七八九十]{1,4}[次期届])*[^，,。；;、\n]{0,6}?(?:会议|会|全会|培训班|讲座|论坛)"
)
# an ordinal before the number in the same list (第51次、52次、53次常务会议)
_ORDINAL_LISTED = re.compile(
    r"[第届][\d一二三四五六七八九十]{1,4}[次期届](?:、第?[\d一二三四五六七八九十]{1,4}[次期届])*、第?$"
)
# a title cited in a label, and the quotation it may open (《反有组织犯罪法》, “…”)
_TITLES = re.compile(r"《[^《》]*》|“[^“”]*”|^[^《》]*》")
# …and the kind of document the titles it lists are (《某法》《某条例》等重点法律法规)
_TITLES_KIND = re.compile(r"[》”]等([^《》“”]{2,10})$")
# a long label that opens with who or how (为医疗机构、市场主体提供法律咨询): keep from its last action verb
# (never a rate's noun: 办结率, 受理率, 查处率)
_LABEL_VERB = lazy(r"(?:提供|开展|组织|进行|发送|推送|发布|办结|受理|查处|召开|举办)(?![率量数])")
# a verb right before points (共记6分, 考核中被扣2分): the points are its 记分/扣分
_SCORE_VERB = re.compile(r"(?:^|(?<=[中被共计均]))(记|扣|得|加|减)$")
# the verb alone is no label (开展 / 实现 / 共组织)
_VERB_ONLY = re.compile(r"(?:共|累计|全年)?(?:开展|实现|组织|完成|举办|召开|进行|对|做到|达到)")
# …nor a verb with its scope or its preposition (完成全市, 组织对, 实现全县)
_VERB_SCOPE = re.compile(
    r"(?:共|累计)?(?:实现|组织|完成|办理|收到|覆盖|推动|推进|指导|督促|引导)(?:对|了|全[省市县区镇乡])?"
)
# a verb of reaching people before their count (覆盖1万余人次): with the unit, it names the audience (覆盖人次)
_REACHED = ("覆盖", "惠及", "受益", "服务", "吸引")
# a rate achieved (实现规范性文件合法合规率100%): the rate is the label, the verb that reached it is not
_RATE_REACHED = re.compile(r"^(?:实现了?|达到)(?=.{3,}率$)")
# a clause that only says its figure was reached (，达到8000万吨 / ，增至12项): what reached it is the subject of the
# clause before in its sentence (钢产量增长百分之四十二，达到8000万吨)
_REACHED_ONLY = re.compile(
    r"(?:并|已|总计|合计|共|累计|分别)?(?:达到|达|增至|升至|降至|提高到|提高至|增加到|减少到|下降到|上升到)"
)
# (…with a figure or none: 地区生产总值迈上6万亿元台阶，达到62661亿元; 全省进出口总值创历史新高，达到…): the subject ends
# where its clause's predicate begins
_SUBJECT_END = re.compile(
    r"(?:比上年|同比|比\d{4}年|由|从|首次|继续|持续|稳定|保持|累计)?"
    r"(?:增长|上升|下降|提高|降低|减少|增加|扩大|缩小|跨越|跨过|迈上|迈入|突破|创|实现)(?!的)"
)
# a change stated as an increment (同比增长71.9%, 比上年增加1.2万亿元, 增长1.5%): what changed is the subject of the figure
# before it, named there (受理申请57件，同比增长71.9%: 受理申请同比增长); never a change to a value (压缩至174个)
# (the verbs of a growth or a fall, and the last year a change is stated against: shared with _FOLLOW_ON below)
_GROWTH = r"增加|增长|提高|下降|减少|扩大|上升|降低|提升"
_AGAINST_LAST = r"比上年|比去年|较上年|较去年|同比|环比"
_INCREMENT = re.compile(
    rf"(?:{_AGAINST_LAST}|[比较]\d{{4}}年|[比较][一二三四五六七八九十两\d]{{1,2}}年前|年均)?"
    rf"(?:实际)?(?:{_GROWTH})了?"
)
_INCREMENT_TAIL = re.compile(_INCREMENT.pattern + "$")
# the base a figure is compared with, named before it (收到申请281件，较2020年172件增加109件): the same subject's figure
# of that time (2020年收到申请), whose change is the first figure's again
_COMPARED = re.compile(r"(?:较|比|与)((?:19|20)\d{2}年(?:同期)?|上年(?:同期)?|去年(?:同期)?|上一年度?)的?")
# a change's start named before its figure (补贴资金从2007年的639亿元增加到…, 补助资金由上年46亿元…): that time's figure
# of the subject
_CHANGE_FROM = re.compile(
    r"(.{2,30}?)(?:从|由)((?:19|20)\d{2}年|[一二三四五六七八九○〇零]{4}年|上年|去年|上一年度?|[一二三四五六七八九十两\d]{1,2}年前)(?:底|末|同期)?的?"
)
# …or a measure named after the preposition (审批事项从法定平均办理时间20.86天提速至6.44天): the subject's measure, its
# preposition dropped (审批事项法定平均办理时间); never a word 从/由 begins or ends (从事, 由于, 自由, 理由)
_FROM_MEASURE = re.compile(
    r"([^\d]{2,30}?)(?<![自理缘经])(?:从|由)(?![事业严重快于此而来]|上年|去年|今年|本年|原)([^\d，,、]{2,20})"
)
# …and the value a change reaches (换乘比例提升至50%, 的税率降至13%): the subject's value now
_CHANGED_TO_VALUE = re.compile(rf"的?(.{{2,30}}?)(?:{_CHANGE_VERBS}|调整|降|(?<!新)增)(?:至|到|为)?")
# a multiple (是十年前的3倍, 分别是2011年的1.65倍): of the figure before, by the time it names
# (…or a proportion, 为年初预算的85.4%; of a time or a quantity named, never 是必要的)
_TIMES_OF = re.compile(
    r"(?:分别)?(?:是|为|相当于)((?:.{0,8}?(?:\d{4}年|[上去前]年|.{1,3}年前|年[初末底]|同期|期末|“[^”]+”|[十]?[一二三四五六七八九]五)[末初]?"
    r"|.{0,8}(?:预算|计划|任务|目标|规定|标准|总量|总额|总数|总和|水平|平均)))的"
)
_PERIOD_LEAD = re.compile(r"^(?:(?:19|20)\d{2}年|上年|去年|上一年度?)(?:同期)?")
# a mark a figure passed (突破90亿元大关, 迈上6万亿元台阶, 跨越3个千亿元台阶) and the verb of passing it: the subject
# before the verb is what the figure measures
_MILESTONE = re.compile(r"(?:大关|关口|大台阶|台阶)(?![\u4e00-\u9fff])")
# (…its adverbs too, 进出口总额接连突破, 存、贷款余额双双突破; never 突破 as a noun, 关键核心技术取得突破)
_PASSED = re.compile(
    r"(?:首次|成功|历史性|接连|连续|双双|分别|相继|先后|均)*(?<!获得|取得|实现|重大|新的)(?:突破|跨越|跨过|连跨|迈上|迈入|跨上|站上|登上|跃上)$"
)
# the units a count names and the rate of theirs the next figure gives (18个行政村法律顾问覆盖率达100%, 398个村居社区
# 法律顾问覆盖率达到100%): the count's noun ends with the units
_UNITS_THEN_RATE = re.compile(
    r"(.{1,10}?(?:村|社区|村居|村\(居\)|村（居）|镇|乡|街道|单位|部门|企业|学校|医院|机构))[^，,。；;、]{2,10}率(?:达到?|为)?"
)
# a field's name before its colon at the start of a line (在岗执法人员：19人), the figure after it its value
_FIELD_NAME = re.compile(r"(?:^|\n)[ \t　]*([\u4e00-\u9fff（）()“”]{2,20})[ \t　]*$")
# a label that lists the things its figures give respectively (行政复议案件、行政应诉案件 / 城镇和农村居民收入分别增长):
# the list, and the verb after 分别
_RESPECTIVE = re.compile(
    r"((?:(?!分别)[^，,。；;]){2,60}?(?:、|和|及|与)(?:(?!分别)[^，,。；;]){2,40}?)(?:(?:同比|年均|每月)?分别(.{0,4}))?"
)
# the words of a second run of figures given respectively, of the things the run before listed (…，同比分别增长12%、5%;
# …，累计分别达到64项和288项; …，分别占全省的12%、5%): a tally, a change or a share of each thing, or nothing
_FOLLOW_ON = re.compile(
    r"(累计|共计|总计)?(?:达到?|为|有)?"
    rf"((?:{_AGAINST_LAST}|年均)?(?:实际)?(?:{_GROWTH}|新增)了?)?"
    # (…or a share of a whole: 分别占全省的12%、5%)
    r"(占[^，,、\d]{1,12}?的?)?"
)
# the two-character modifiers a list sets against another before one noun (城镇和农村居民法律援助人数, 小学、初中学生):
# all the words after the last one's modifier are every item's, whatever head noun they end in
_PAIRED_MODIFIERS = frozenset(
    (
        "农村",
        "城镇",
        "城市",
        "城乡",
        "地方",
        "中央",
        "出口",
        "进口",
        "初中",
        "小学",
        "高中",
        "省级",
        "市级",
        "县级",
        "国有",
        "民营",
    )
)
# the head nouns the listed things share with the last of them (原煤、原油、天然气产量: 原煤产量; 城镇和农村居民人均可支配
# 收入: 城镇居民人均可支配收入), longest first
_SHARED_HEAD = re.compile(
    r"(?:居民人均可支配收入|人均可支配收入|参保人数|死亡人数|增加值|营业收入|产量|产能|排放量|收入|支出|投资|余额|人数|起数"
    r"|总量|总额|标准|面积|数量|规模|价格|比重|占比|覆盖率|合格率|发生率|案件|事项|人次|户数|件数|次数|增速|增幅|[\u4e00-\u9fff]{2}率|领域投资额|投资额)$"
)
# a clause that only tallies (，合计32个) the figures before it, and the words that gave each its share (各有, 分别有)
_TALLY_ONLY = re.compile(r"(?:合计|共计|总计|共|累计)(?:有)?")
_EACH_HAS = re.compile(r"(?:各有|分别有|分别为|各为|均有|各)$")
# the classifiers a unit opens with before the noun it counts (个县, 家企业, 所学校)
_CLASSIFIERS = "个家所名位"
# …except the spans of time a classifier counts (个月, 个工作日): no noun a figure is about
_TIME_NOUNS = ("月", "季度", "工作日", "自然日", "小时", "星期", "百分点")
# the words right after a number that say what it counts, a bracket they open kept whole (市(州), 县(市、区))
_COUNTED_AFTER = re.compile(r"(?:[\u4e00-\u9fff“”]|[(（][^()（）\n，,。；;]{1,8}[)）])+")
# where that noun ends: a joiner, a possessive or what is said of it (区委和…, 村(社区)的法律顾问, 县(市、区)全部纳入…)
_COUNTED_END = re.compile(
    rf"的|{_JOINER}|、|全部|均|已|成功|也|陆续|共|分别|被|扎实|全面|全覆盖|设立|组建|纳入|接待|保持|报送|上报|提交|申报|因|都|各"
    # (…or the manner of the deed that follows: 等10个单位实地开展督察, 40余个部门贯彻落实《纲要》, 逐一, 集中)
    r"|实地|贯彻|逐一|集中|率先|首次|免费|先后|相继"
    # (…or what they did to another: 12个科室把合法性审查作为…, 25个党支部将…纳入…)
    r"|把(?![关握])(?=[\u4e00-\u9fff]{2})|(?<![大名老干主战即])将(?![军领])(?=[\u4e00-\u9fff]{2})"
)
# a round-the-clock service named by its hours (24小时智慧政务服务中心, 24小时自助服务区): a name, no result
_ROUND_THE_CLOCK = re.compile(r"(?:智慧|自助|政务|服务|值班|在线|不打烊|全天候|热线|便民|无人|营业|开放|不间断|咨询)")
# the scope a rank is given in (全国, 全省…)
_RANKED_IN = r"全国|全省|全市|全区|全州|全县"
# a ranking's field before the rank (位居全省90个县(市、区)第6名): how many were ranked, no result of the body's
_RANK_FIELD_BEFORE = re.compile(rf"(?:{_RANKED_IN})$")
_RANK_AFTER = re.compile(r"[^，,。；;\d]{0,12}?第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位]")
# the field a thing is one of (全省首批10个县域法治国情调查基地之一, 全省法治为民16件实事之一): how many there are
# in all, not what was done (a fraction, 三分之一, is no field)
_ONE_OF_AFTER = re.compile(r"[^，,。；;：:、\d]{0,16}(?<!分)之一")
# a rank's label ends on the verb that places it (…测评位居全省第): what is ranked, then 排名
_RANK_LABEL_END = re.compile(
    r"(?:[稳跃位]?[居列]|名列|排名|排在|跻身|(?:跃升|提升|上升|升|进)至)?"
    rf"((?:{_RANKED_IN}|全球|中西部|中部|西部|东部|东北|内地|各省区市?)?)(?:[^，,。；;]{{0,12}}?[)）])?第$"
)
# structural numbers name the report's own layout or a method, they are no result: 通过三项举措, 从五个方面
_STRUCTURAL = re.compile(r"(?:通过|采取|围绕|聚焦|突出|从|抓好|实施)[^，,。；;]{0,4}$")
_STRUCTURAL_AFTER = lazy(r"(?:举措|措施|方面|途径|方式|路径|环节|原则|要求|步骤|重点)")
# …or that counts the kinds of work just listed (投资审批事项、收费项目和自由裁量权等5个方面, …等8个重点领域); never the
# places or things listed (册亨、罗甸…等8个重点县, 土地、矿产等7类重点资产)
_LISTED_KINDS_AFTER = lazy(r"(?:重点)?(?:方面|领域|环节|举措|措施|工作|任务)")
# pending work is not achieved: 拟作出…目前正在办理, 均在制定中, 将于明年
_PENDING = re.compile(r"(?<![模虚草比])拟|将于|目前(?:正在|均在|仍在)|在制定中|正在(?:制定|起草|办理)")
# achievements without a number: something established, issued, or fully covered (not 建立健全: ongoing work)
_ESTABLISHED = lazy(
    r"(?:^|[，,])[^，,。；;]{0,8}?(?:成立|设立|建立(?!健全)|出台)|实现[^，,。；;]{0,20}全(?:员)?覆盖"
    # (…or named one of a field: 被推荐为全省3个示范创建地区之一, 入选全省首批10个基地之一, a result with no count of
    # its own)
    r"|(?:评为|命名为|确定为|推荐为|列为|入选|获评|成为|推荐[^，,。；;]{0,8}?作为)[^，,。；;]{0,30}(?<!分)之一"
)
# a heading run into its body where the source has no 。: 全面落实行政执法责任制建立健全行政执法权责清单
_FUSED_VERB = lazy(r"建立健全|建立|健全|推动|组织开展")
# a task's unit line (（责任单位：法规科）); of 牵头单位：某局；配合单位：…, the lead alone is the unit responsible
_RESPONSIBLE = lazy(
    r"[(（]?(?:责任|牵头)(?:单位|科室|部门)[:：]\s*"
    r"([^)）\n]+?)(?=(?:\s*[；;，,]\s*|\s+)(?:(?:配合|协办|参与|协助)(?:单位|部门|科室)|"
    + DEADLINE_WORDS
    + r")|\s*[)）]|\s*$)[)）]?"
)
# …and the task's deadline on the same line (（责任单位：法规科；完成时限：2024年12月底前）)
_DEADLINE_FIELD = lazy(DEADLINE_WORDS + r"\s*[:：]\s*([^)）；;，,\n]+?)\s*(?=[)）；;，,]|$)")
_PERIOD = lazy(r"((?:19|20)\d{2})\s*[—–\-－~～至]+\s*((?:19|20)\d{2})")
# the verbs of a list of changes to one kind of item (取消…9项，下放17项，承接2项): each shares the first's noun
_LIST_VERB = re.compile(r"取消|下放|承接|精简|新增|保留|合并|废止|修改|修订|清理|减少|压减|调整|划转|整合|暂停")


# a stage of building or of a project named alone after a figure (新开工, 竣工) and the stage that ended the label of
# the figure before it (…基本建成, …开工): of the same things
_STAGE_WORDS = r"(?:新)?(?:开工(?:建设)?|竣工|建成|完工|投产|投用)"
_STAGE_ONLY = re.compile(_STAGE_WORDS)
_STAGE_END = re.compile(r"(?:基本|全面|已)?" + _STAGE_WORDS + "$")
# the rest of a count's qualities listed before its noun (…操作性、针对性强的改革措施): the noun after their 的
_MODIFIED_HEAD = re.compile(r"、[^，,。；;、\d]{1,10}的([\u4e00-\u9fff]{2,12})(?=[，,。；;、]|$)")
# a label that names only a measure (总量, 占比, 占全国, 占全国份额): of the thing the figure before counts
_MEASURE_ONLY = re.compile(r"总量|总数|规模|占比|比重|占全[国省市区县球](?:人口)?(?:比重|份额)?")
# …whose count was of what is new or added (新增上市公司45家): the things themselves
_NEW_LEAD = re.compile(r"^(?:累计)?(?:净增|新增|新登记|新设|新建|新培育|新认定|新引进)(?:各类)?")


# adverbs a deed opens on, left at the end of the counted noun when the noun is cut at that deed's verb
_DEED_ADVERBS = re.compile(
    r"(?:率先|带头|具体|首次|免费|全部|(?<![创革更])新|可以|必须|同时|就|也|还|先后|相继|陆续|已经|已|(?<!平)均|都|又|再|正|"
    r"共同|统一|集中|优先)+$"
)


# A plan's framing headings (一、指导思想, （二）基本原则, 五、活动时间, 指导思想和主要目标): the plan's setting, aims or
# timetable, no task of it; a careful reader lists none of them among the plan's tasks (a goal, below, by its words).
_PRINCIPLE_WORD = r"(?:指导思想|基本原则|工作原则)"
_FRAME_WORD = (
    rf"(?:{_PRINCIPLE_WORD}|总体要求|总体思路|"
    r"活动(?:时间|主题|对象|范围)|时间安排|实施(?:步骤|范围|时间)|(?:方法|工作)步骤|适用范围|参加(?:人员|对象)|"
    r"编制依据|工作背景[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{0,6}范围|"
    # (…and a plan's look back before its tasks: 一、发展基础 / （一）主要成就 / （二）“十四五”时期面临的新形势)
    r"主要成就|发展基础|发展环境|(?:[“”\"\w]{0,10}时期)?面临的?新?形势(?:和新?(?:任务|要求|挑战))?)"
)
_GOAL_WORD = r"(?:(?:工作|主要|总体|实施|发展)目标|目标任务)"
_PLAN_FRAME = lazy(rf"(?:{_FRAME_WORD}|{_GOAL_WORD})(?:[和与及、](?:{_FRAME_WORD}|{_GOAL_WORD}))*[。.:：]?")
# …but a plan's goals, under a heading of their own, are what it sets out to reach (（二）主要目标。到2025年，…持证率
# 达到100%): the goal's own words stand for the heading, with its figures
_PLAN_GOAL = lazy(rf"{_GOAL_WORD}[。.:：]?")
# …of which the principles are listed under it as children ((一)坚持党的领导): principles, no tasks either
_PRINCIPLES = lazy(rf"(?:[\u4e00-\u9fff]{{0,4}}[和与及、])?{_PRINCIPLE_WORD}[。.:：]?")
# a heading over a plan's tasks that names no task of its own (二、主要任务, （三）重点工作及措施): its tasks are what
# stands under it, its own words none
_TASKS_HEADING = lazy(
    r"(?:主要|重点|具体)?(?:工作)?(?:任务|工作|措施|举措|内容)(?:[和与及、](?:工作)?(?:任务|措施|举措|要求))?[。.:：]?"
)
# a heading that names a plan document (【某区2016年工作计划】: its title again, a site's tag over it), or holds a web
# address (【www.…--工作计划】): no task
_DOCUMENT_HEADING = lazy(r"[^\n]*(?:计划|方案|要点|规划)[】\]]?|[^\n]*(?:www\.|https?:|\.com|\.cn)[^\n]*")

# a part heading that reviews the year's work (2024年工作回顾, 2025年工作及“十四五”时期发展回顾): part ①'s own heading,
# naming no measure. (Not a part cue: as one it would make such a line a heading of its own in a plain copy and not in
# a one-line or printed one, and vote for the annual report's genre, which a work report's review part is not.)
_REVIEW_HEADING = lazy(r"(?:工作|发展)回顾")


# a figure or a date inside words that would name a subject (较2020年, 预计2015年实现…, 5个县): no subject's name; the
# digits of a name (PM10平均浓度, PM2.5) are
_FIGURE_WORDS = re.compile(r"\d{4}\s*年|^\d|\d+(?:\.\d+)?\s*[个件人次项家名万亿元%％]")


# what may follow a change's verb when the verb tells what happened to the number (增长了一倍, 扩大到, 压缩50%), never
# the object of a deed (两次下调政策利率)
_NO_OBJECT = frozenset(["", "了", "一", "两", "近", "约", "超", "幅", "倍", "%"]) | frozenset("0123456789")


# the adverbs of manner a change's verb takes (进一步提高, 稳步增长): never a subject's words
_MANNER = "进一步|逐步|大幅|持续|不断|继续|稳步"
_OBJECT_MARK_BEFORE = re.compile(r"^(?:要把|把|将|要将|已经|目前)")
_MODAL_AFTER = re.compile(rf"(?:可能|可|将|要|均|已经|已|分别|再|也|都|仍|还|{_MANNER})+$")
_MANNER_ONLY = re.compile(rf"(?:{_MANNER}|有效)+")


# the units of an age (50岁以上, 60周岁以上): a bracket of who is counted, never a count
_AGES = ("岁", "周岁")
# where the noun after an age bracket ends (80岁以上老年人发放…): a verb, a joiner, or the deed done for them
_BRACKETED_NOUN_END = lazy(rf"{_VERB_WORDS}|{_COUNTED_END.pattern}|发放|提供|给予|享受")
# a size (money, power, weight, area, length) as the bound of the things meant (对50万元以上的合同, 5000元以上罚款案件,
# 10万千瓦及以下燃煤机组): a threshold, no result; a count (500人以上) or a share (90%以上的政务服务事项) stays a figure
_SIZE_UNIT = re.compile(r"元|千瓦|瓦时|兆瓦|吉瓦|吨|平方米|平方公里|立方米|亩|公顷|公里|千米")
_BOUND_END = re.compile(r"(?:以上|以下)$")
_THRESHOLD_AFTER = re.compile(
    r"(?:及|或)?(?:以上|以下)的?(?=[\u4e00-\u9fff“])(?!用于|来自|可以|实现|进入|占|为|是|在|都|均|要|将|已)"
)
