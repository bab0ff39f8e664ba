/**
 * Chinese stop words for what residents, members and department heads say at a consultation: function
 * words, pronouns, spoken fillers (那个、就是、反正), hedges (觉得、可能), and the meeting's own small talk
 * (同志们、谢谢、发言). They carry no topic, so they are left out of keywords and of the word vectors that
 * group opinions; segmentation itself keeps them (search may want 我们 in a phrase).
 */
const LIST = `
的 地 得 之 了 着 过 是 在 有 和 与 及 或 跟 同 并 而 且 也 都 还 又 就 才 再 更 很 太 最 挺 真 好 蛮 特别 非常 十分 比较
这 那 哪 此 其 该 各 每 某 本 这个 那个 哪个 这些 那些 这样 那样 这么 那么 怎么 怎样 怎么样 什么 啥 咋 为啥 干啥 为什么
这里 那里 哪里 这儿 那儿 这边 那边 这块 那块 这种 那种 这次 那次 这回 这会儿 那会儿 此外
我 你 他 她 它 我们 你们 他们 她们 它们 咱 咱们 俺 俺们 大家 自己 人家 别人 谁 您 各位
啊 吧 呢 吗 嘛 呀 哦 哈 嗯 呃 唉 哎 喔 噢 么 啦 咯 呗 哇 哟
一 个 一个 一下 一点 一些 一种 一样 一直 一般 一定 一起 一块 一块儿 有点 有些 有的
就是 就是说 然后 然后呢 反正 其实 所以 因为 但是 可是 不过 而且 如果 要是 虽然 或者 还是 还有 另外 另外呢 以及 因此 于是
觉得 感觉 认为 以为 可能 应该 大概 估计 好像 似乎 也许 当然 确实 实在 真的 其实 基本 基本上 主要 主要是
说 讲 看 想 说说 讲讲 谈谈 先 去 来 做 弄 搞 让 叫 给 把 被 对 向 从 到 往 于 为 以 用 按 比 像 被 由 将
要 能 会 可 可以 能够 需要 得要 没 没有 不 不是 别 不要 不能 不会 是不是 有没有 能不能 会不会 行 不行
上 下 里 中 内 外 前 后 时 时候 的时候 有时 有时候 到时候 经常 总是 老是 每次 只 光 条路 以后 以前 之前 之后 现在 目前 今天 昨天 明天 今年 去年 刚才 刚刚 已经 正在 马上 同时
多 少 几 些 点 很多 许多 好多 不少 一些 所有 全部 整个 一切
对 对对 是的 好的 行的 嗯嗯 没错 对吧 是吧 好吧 那么 那就 这就 也就是 也就是说
建议 希望 呼吁 同志 同志们 领导 各位领导 主席 谢谢 谢谢大家 感谢 发言 说明 补充 汇报 说一下 说两句 讲两句 回应 意见 情况 问题 方面 工作 有关 相关 进行 方面 的话 一方面 另一方面
`;

/** The stop words, one set shared by keywords and word vectors. */
export const STOP_WORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** Whether a word carries no topic of its own (a stop word, a number, a unit of one Latin letter). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || /^[\d.,%，。]+$/.test(word) || /^[A-Za-z]$/.test(word);
}
