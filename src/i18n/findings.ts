/** Messages of the journey linter (src/findings) and of `touchpoint check`. Rule messages are keyed by rule id. */
import { defineCatalog } from './index';

export const findingMessages = defineCatalog(
  {
    'below-baseline':
      '"{touchpoint}" ({stage}) gives only basic service, below the satisfactory baseline: the transaction happens, but nobody leaves feeling looked after.',
    'hundred-minus-one':
      'Stage "{stage}" scores 0 because of the critical pain point {painPoints}: 100 − 1 = 0 — one failure wipes out all the good work before it.',
    'no-loyalty-moment':
      'No touchpoint in "{title}" is value-added or memorable. Satisfied is not loyal: 90% of car buyers said they were satisfied, yet only 40% bought again.',
    'recovery-only':
      'Every remedy for "{painPoint}" at "{touchpoint}" comes after the fact — mending the fold after the sheep are lost. Add a way to prevent it, or to catch it as it starts.',
    'hidden-cause':
      'Customers feel "{painPoint}" at "{touchpoint}" ({lane}), but it is caused below the line of visibility at "{cause}" ({causeLane}): prevent it there, where the complaint is never heard.',
    untagged: '{count} customer-facing touchpoint(s) have no service level yet: {touchpoints}.',
    'unowned-wait':
      '"{touchpoint}" ({stage}) is a wait point with no wait time recorded: nobody can see whether the wait is growing until customers complain.',
    'fail-point-without-pain':
      '"{touchpoint}" ({stage}) is marked as a fail point, but no pain point says what the customer suffers when it fails.',
    'unexplained-emotion-drop':
      'Emotion falls from {from} in "{previous}" to {to} in "{stage}", but no pain point in "{stage}" explains why.',
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'info',
  },
  {
    'below-baseline': '“{touchpoint}”（{stage}）只提供基本的服务，低于“满意的服务”这条水准线：交易完成了，客户却没有被用心对待的感受。',
    'hundred-minus-one': '阶段“{stage}”因严重痛点{painPoints}得分为 0：一百减一等于零，一次失误就抹掉了之前所有的努力。',
    'no-loyalty-moment': '“{title}”中没有任何超值或难忘的服务触点。满意不等于忠诚：90% 的汽车顾客自称满意，重购率却只有 40%。',
    'recovery-only': '“{touchpoint}”上的痛点“{painPoint}”只有事后补救的对策，这是“亡羊补牢”。请补上事前预防，或在问题刚出现时就能发现它的办法。',
    'hidden-cause':
      '客户在“{touchpoint}”（{lane}）感受到“{painPoint}”，根源却在可视线以下的“{cause}”（{causeLane}）：应在那里事前预防，因为那里听不到客户的抱怨。',
    untagged: '有 {count} 个面向客户的触点尚未标注服务层次：{touchpoints}。',
    'unowned-wait': '“{touchpoint}”（{stage}）是等待点，却没有记录等待时长：在客户投诉之前，没人能看出等待是否在变长。',
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
      'Usage: touchpoint check FILE [--json] [--lang en|zh-CN]\n\nLints a map: below-baseline service, stages zeroed by a critical pain point (100 − 1 = 0),\nno loyalty moment, remedies only after the fact, hidden causes, untagged touchpoints, unmeasured waits.\n\n  --json   print an array of { "rule", "severity", "ids", "message" }\n\nExit codes: 0 no errors (warnings allowed) · 1 at least one error · 2 the file cannot be read or is not a valid map',
    'check.none': '{file}: no findings',
    'check.totals': '{file}: {errors} error(s), {warnings} warning(s), {infos} note(s)',
    'check.one-file': 'name exactly one map file',
  },
  {
    'check.summary': '检查旅程：服务缺口、一百减一等于零、缺少事前预防',
    'check.help':
      '用法：touchpoint check 文件 [--json] [--lang en|zh-CN]\n\n检查地图：低于水准线的服务、因严重痛点得 0 分的阶段（一百减一等于零）、\n缺少忠诚时刻、只有事后补救、隐藏的根源、未标注的触点、未度量的等待。\n\n  --json   输出数组 { "rule", "severity", "ids", "message" }\n\n退出码：0 没有错误（可有警告） · 1 至少一个错误 · 2 文件无法读取或不是有效的地图',
    'check.none': '{file}：没有发现问题',
    'check.totals': '{file}：{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    'check.one-file': '请指定且只指定一个地图文件',
  },
);
