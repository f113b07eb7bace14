/** Messages of the journey linter (src/findings) and of `touchpoint check`. Rule messages are keyed by rule id. */
import { defineCatalog } from './index';

export const findingMessages = defineCatalog(
  {
    'hundred-minus-one':
      'Stage "{stage}" scores 0 because of the critical pain point {painPoints}: 100 − 1 = 0 — one failure wipes out all the good work before it.',
    'long-wait':
      'Customers wait {waited} at "{touchpoint}" ({stage}), more than the {limit} acceptable {on}: a wait this long becomes what they remember. Shorten it, or say how long it will be and keep them posted.',
    'negative-nps':
      '"{touchpoint}" ({stage}) records an NPS of {nps}: more customers would warn others off than recommend you. Ask the detractors what went wrong here.',
    'low-csat':
      'Satisfaction in "{stage}" is below {limit} out of {scale}, short of "satisfied": {touchpoints}.',
    'hidden-cause':
      '"{cause}" ({causeLane}), below the line of visibility, causes {painPoints}, felt at {touchpoints}: the people who hear the complaint cannot fix it. Prevent it at "{cause}".',
    'no-team-remedy':
      '{count} high or critical pain point(s) have no remedy from the team yet: {painPoints}. Decide who will prevent each one, and how.',
    'recovery-only':
      'Every remedy for "{painPoint}" at "{touchpoint}" comes after the fact — mending the fold after the sheep are lost. Add a way to prevent it, or to catch it as it starts.',
    'pain-without-cause':
      '{count} high or critical pain point(s) name no cause: {painPoints}. Prevention goes where a failure starts: link each one to the step behind it, backstage or in support.',
    'all-basic-stage':
      'Nothing the customer meets in "{stage}" is above basic service ({touchpoints}): the transaction happens, and nothing more. Bring at least one step up to satisfactory, the baseline, before thinking of delight.',
    'below-baseline':
      'Basic service only, below the satisfactory baseline, in "{stage}" at {touchpoints}: the transaction happens, and nothing more.',
    'loyalty-contradicted':
      '{subject}, but {reasons}. A loyalty moment only works once the basics hold: fix what comes before it first.',
    'no-loyalty-moment':
      'No touchpoint in "{title}" is value-added or memorable. Satisfied is not loyal: in the classic car-dealer example, 90% of buyers said they were satisfied, yet only 40% bought from the dealer again.',
    'no-voice-of-customer':
      'Nothing in "{title}" listens to the customer: no NPS or CSAT recorded, and no follow-up, survey or feedback step. Only about 4% of unhappy customers complain; the rest simply leave. Add a follow-up where the journey ends.',
    'unowned-wait':
      '"{touchpoint}" ({stage}) is a wait point with no wait time recorded: nobody can see whether the wait is growing until customers complain.',
    'low-nps':
      '"{touchpoint}" ({stage}) records an NPS of {nps}: positive, but under {low}. These customers are satisfied rather than loyal, and satisfied is not loyal.',
    'on.in-person': 'in person',
    'on.phone': 'on the phone',
    'on.web': 'on the web',
    'on.app': 'in an app',
    'on.email': 'by email',
    'on.chat': 'in a chat',
    'on.social': 'on social media',
    'on.mail': 'by post',
    'on.self-service': 'at a self-service point',
    'on.other': 'on this channel',
    'unrated-stage': 'Stage "{stage}" has no score: {detail}.',
    'unrated-stage.empty': 'no touchpoint is mapped in it yet',
    'unrated-stage.unrated': 'none of its {count} touchpoint(s) has a service level or an emotion recorded',
    untagged: '{count} customer-facing touchpoint(s) have no service level yet: {touchpoints}.',
    'fail-point-without-pain':
      '"{touchpoint}" ({stage}) is marked as a fail point, but no pain point says what the customer suffers when it fails.',
    'unexplained-emotion-drop':
      'Emotion falls from {from} in "{previous}" to {to} in "{stage}", but no pain point in "{stage}" explains why.',
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'info',
  },
  {
    'hundred-minus-one': '阶段“{stage}”因致命痛点{painPoints}得分为 0：一百减一等于零，一次失误就抹掉了之前所有的努力。',
    'long-wait':
      '客户在“{touchpoint}”（{stage}）要等 {waited}，超过了{on}可接受的 {limit}：这么长的等待会成为客户记住的体验。请缩短等待，或事先告诉客户要等多久，并随时通报进度。',
    'negative-nps': '“{touchpoint}”（{stage}）的 NPS 为 {nps}：劝别人别来的客户比推荐的还多。请向贬损者了解这里出了什么问题。',
    'low-csat': '“{stage}”中以下触点的满意度低于 {limit} 分（满分 {scale}），客户平均而言并不满意：{touchpoints}。',
    'hidden-cause':
      '可视线以下的“{cause}”（{causeLane}）造成了{painPoints}，客户在{touchpoints}感受到它：听到抱怨的人无法解决它，应在“{cause}”事前预防。',
    'no-team-remedy': '有 {count} 个严重或致命痛点团队还没有任何对策：{painPoints}。请为每一个确定由谁、用什么办法事前预防。',
    'recovery-only': '“{touchpoint}”上的痛点“{painPoint}”只有事后补救的对策，这是“亡羊补牢”。请补上事前预防，或在问题刚出现时就能发现它的办法。',
    'pain-without-cause':
      '有 {count} 个严重或致命痛点没有指明根源：{painPoints}。事前预防要落在问题开始的地方：请把每个痛点连到它背后的后台或支持环节。',
    'all-basic-stage':
      '客户在“{stage}”接触到的服务全都只是基本的服务（{touchpoints}）：交易完成了，仅此而已。先让至少一处达到“满意的服务”这条水准线，再谈惊喜。',
    'below-baseline': '“{stage}”中的{touchpoints}只提供基本的服务，低于“满意的服务”这条水准线：交易完成了，仅此而已。',
    'loyalty-contradicted': '{subject}，但{reasons}。基本服务做好了，忠诚时刻才起作用：请先解决之前的问题。',
    'no-loyalty-moment': '“{title}”中没有任何超值或难忘的服务触点。满意不等于忠诚：在经典的汽车经销商案例中，90% 的车主自称满意，再次购买的却只有 40%。',
    'no-voice-of-customer':
      '“{title}”中没有倾听客户的环节：没有记录 NPS 或满意度，也没有回访、调查或反馈的步骤。不满的客户只有约 4% 会投诉，其余的人直接离开。请在旅程末尾加上回访。',
    'unowned-wait': '“{touchpoint}”（{stage}）是等待点，却没有记录等待时长：在客户投诉之前，没人能看出等待是否在变长。',
    'low-nps': '“{touchpoint}”（{stage}）的 NPS 为 {nps}：虽为正值，但低于 {low}。这些客户只是满意，谈不上忠诚，而满意不等于忠诚。',
    'on.in-person': '面对面服务',
    'on.phone': '电话渠道',
    'on.web': '网站渠道',
    'on.app': '手机 App 渠道',
    'on.email': '电子邮件渠道',
    'on.chat': '在线聊天渠道',
    'on.social': '社交媒体渠道',
    'on.mail': '邮寄渠道',
    'on.self-service': '自助服务',
    'on.other': '这一渠道',
    'unrated-stage': '阶段“{stage}”没有得分：{detail}。',
    'unrated-stage.empty': '其中还没有任何触点',
    'unrated-stage.unrated': '其中 {count} 个触点都没有标注服务层次，也没有记录情绪',
    untagged: '有 {count} 个面向客户的触点尚未标注服务层次：{touchpoints}。',
    'fail-point-without-pain': '“{touchpoint}”（{stage}）被标为失败点，却没有痛点说明它出错时客户会遭遇什么。',
    'unexplained-emotion-drop': '情绪从“{previous}”的 {from} 跌到“{stage}”的 {to}，但“{stage}”中没有任何痛点说明原因。',
    'severity.error': '错误',
    'severity.warning': '警告',
    'severity.info': '提示',
  },
);

export const checkMessages = defineCatalog(
  {
    'check.summary': 'lint a journey: service gaps, 100 − 1 = 0, prevention gaps',
    'check.help':
      'Usage: touchpoint check FILE [--json] [--lang en|zh-CN]\n\nLints a map: stages zeroed by a critical pain point (100 − 1 = 0), waits over their channel\'s limit,\nlow NPS and CSAT, hidden causes, pains without a cause or a remedy, service below the baseline,\nloyalty moments the numbers contradict, no voice of the customer, stages with no data.\n\n  --json   print an array of { "rule", "severity", "ids", "message" }\n\nExit codes: 0 no errors (warnings allowed) · 1 at least one error · 2 the file cannot be read or is not a valid map',
    'check.none': '{file}: no findings',
    'check.totals': '{file}: {errors} error(s), {warnings} warning(s), {infos} note(s)',
    'check.one-file': 'name exactly one map file',
  },
  {
    'check.summary': '检查旅程：服务缺口、一百减一等于零、缺少事前预防',
    'check.help':
      '用法：touchpoint check 文件 [--json] [--lang en|zh-CN]\n\n检查地图：因致命痛点得 0 分的阶段（一百减一等于零）、超过渠道上限的等待、\n偏低的 NPS 与满意度、隐藏的根源、没有根源或对策的痛点、低于水准线的服务、\n被数据否定的忠诚时刻、缺少倾听客户的环节、没有数据的阶段。\n\n  --json   输出数组 { "rule", "severity", "ids", "message" }\n\n退出码：0 没有错误（可有警告） · 1 至少一个错误 · 2 文件无法读取或不是有效的地图',
    'check.none': '{file}：没有发现问题',
    'check.totals': '{file}：{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    'check.one-file': '请指定且只指定一个地图文件',
  },
);

export const analyzeMessages = defineCatalog(
  {
    'analyze.summary': 'the numbers behind the report: scores, emotions, metrics, risks, findings, suggestions',
    'analyze.help':
      'Usage: touchpoint analyze FILE [--json] [--lang en|zh-CN]\n\nPrints the numbers behind the report: each stage\'s score (no data when nothing is rated), the\nlevel distribution, emotion per stage (mean and lowest moment), recorded waits, NPS and CSAT,\nrisks, findings, and the prevention-first suggestions for each pain point.\n\n  --json   print one JSON object (stages, levels, risks, metrics, findings, painPoints)\n  --lang   language of messages and suggestions (default: the map\'s language)\n\nExit codes: 0 analysed · 1 the file is not a valid map · 2 the file cannot be read',
    'analyze.one-file': 'name exactly one map file',
    'analyze.bad-lang': 'unknown language "{value}"; use en or zh-CN',
    'analyze.heading': '{title}: {stages} stage(s), {touchpoints} touchpoint(s), {pains} pain point(s)',
    'analyze.stages': 'Stages (score · emotion, mean and lowest moment):',
    'analyze.no-data': 'no data',
    'analyze.no-emotion': 'no emotion recorded',
    'analyze.emotion': 'mean {mean}, lowest {min} at {at}',
    'analyze.levels': 'Service levels: {list}',
    'analyze.metrics': 'Recorded metrics:',
    'analyze.wait': 'wait of {waited} at {touchpoint}, more than the {limit} acceptable {on}',
    'analyze.nps': 'NPS: {list}',
    'analyze.csat': 'CSAT (out of {scale}): {list}',
    'analyze.no-metrics': 'no wait over its limit, no NPS or CSAT recorded',
    'analyze.risks': 'Top risks:',
    'analyze.risk': '{title} ({severity}, {stage}): risk {risk}',
    'analyze.findings': 'Findings ({count}):',
    'analyze.suggestions': 'Suggestions per pain point:',
  },
  {
    'analyze.summary': '报告背后的数字：得分、情绪、指标、风险、检查结果与建议',
    'analyze.help':
      '用法：touchpoint analyze 文件 [--json] [--lang en|zh-CN]\n\n输出报告背后的数字：各阶段得分（没有可评的内容时为“暂无数据”）、服务层次分布、\n各阶段情绪（平均值与最低点）、记录的等待时长、NPS 与满意度、风险、检查结果，\n以及每个痛点的事前预防优先建议。\n\n  --json   输出一个 JSON 对象（stages、levels、risks、metrics、findings、painPoints）\n  --lang   提示与建议的语言（默认跟随地图的语言）\n\n退出码：0 分析完成 · 1 文件不是有效的地图 · 2 文件无法读取',
    'analyze.one-file': '请指定且只指定一个地图文件',
    'analyze.bad-lang': '未知语言“{value}”；请使用 en 或 zh-CN',
    'analyze.heading': '{title}：{stages} 个阶段，{touchpoints} 个触点，{pains} 个痛点',
    'analyze.stages': '各阶段（得分 · 情绪平均值与最低点）：',
    'analyze.no-data': '暂无数据',
    'analyze.no-emotion': '未记录情绪',
    'analyze.emotion': '平均 {mean}，最低 {min}（{at}）',
    'analyze.levels': '服务层次：{list}',
    'analyze.metrics': '记录的指标：',
    'analyze.wait': '{touchpoint}等待 {waited}，超过了{on}可接受的 {limit}',
    'analyze.nps': 'NPS：{list}',
    'analyze.csat': '满意度（满分 {scale}）：{list}',
    'analyze.no-metrics': '没有超过上限的等待，也没有记录 NPS 或满意度',
    'analyze.risks': '主要风险：',
    'analyze.risk': '{title}（{severity}，{stage}）：风险值 {risk}',
    'analyze.findings': '检查结果（{count} 条）：',
    'analyze.suggestions': '各痛点的建议：',
  },
);
