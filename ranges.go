package errcode

// This file holds the three blocks of numbers that a source covers as a
// whole instead of code by code, with their texts: the account system's
// 「其他错误」 row (70000–70999) and the two blocks an app's own webhooks
// fill (38000–39000 and 120001–130000). A listed code inside a block keeps
// its own entry; Code.info falls back to a block for an unlisted one.

// accountOtherChinese is the document's 「其他错误」 row, verbatim, which
// covers every account system code the document does not list;
// accountOtherEnglish renders it.
const (
	accountOtherChinese = "内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604"
	accountOtherEnglish = "Other account system error: internal error. Retry; if retries keep failing, contact TLS account support (QQ 3268519604)."
)

// The blocks' bounds, as constants so that rangeInfo compares a number with
// them without loading anything: it runs for every unlisted number, after
// the table's cache lines have likely pushed ranges out of the first-level
// cache.
const (
	accountOtherMin, accountOtherMax = 70000, 70999
	snsWebhookMin, snsWebhookMax     = 38000, 39000
	c2cWebhookMin, c2cWebhookMax     = 120001, 130000
)

// ranges are the blocks, in the order rangeInfo tests them; they do not
// overlap.
var ranges = [...]struct {
	min, max Code
	info     Info
}{
	// The document's 「其他错误」 row says to retry.
	{accountOtherMin, accountOtherMax, Info{
		Category:    CategoryAccount,
		Retry:       RetryTransient,
		Sources:     SourceDocument,
		Description: accountOtherChinese,
		English:     accountOtherEnglish,
	}},
	// The online page reserves these two blocks for the codes an app's own
	// third-party webhooks return; only the app knows what they mean, so
	// they are RetryNever.
	{snsWebhookMin, snsWebhookMax, Info{
		Category:    CategorySNS,
		Sources:     SourceWebPage,
		Description: "关系链第三方回调返回的自定义错误码（38000 至 39000）：含义由你的 App 后台回调自行定义，请查看回调的实现。",
		English:     "A custom error code (38000 to 39000) that your app backend's relationship-chain webhook returned: it means whatever your webhook defines, so look there.",
	}},
	{c2cWebhookMin, c2cWebhookMax, Info{
		Category:    CategoryMessage,
		Sources:     SourceWebPage,
		Description: "单聊（C2C）第三方回调返回的自定义错误码（120001 至 130000）：含义由你的 App 后台回调自行定义，请查看回调的实现。",
		English:     "A custom error code (120001 to 130000) that your app backend's third-party webhook for one-to-one (C2C) chats returned: it means whatever your webhook defines, so look there.",
	}},
}

// rangeInfo returns the entry of the block that holds c, or nil. Each
// test is one unsigned compare: c-min wraps around to a large number when c
// is below min.
func rangeInfo(c Code) *Info {
	switch {
	case uint32(c-accountOtherMin) <= accountOtherMax-accountOtherMin:
		return &ranges[0].info
	case uint32(c-snsWebhookMin) <= snsWebhookMax-snsWebhookMin:
		return &ranges[1].info
	case uint32(c-c2cWebhookMin) <= c2cWebhookMax-c2cWebhookMin:
		return &ranges[2].info
	}
	return nil
}

// rangeRetry is Retry for a number that is not listed: rangeInfo(c).Retry,
// or RetryNever where no block holds c. Only the account system's block
// says to retry. rangeCategory is the same for Category. Neither loads nor
// calls anything, so Retry, Category and Retryable inline with them, and
// c.Retry() and c.Category() side by side share one hash and one slot
// load: a call on the unlisted path would make the second method load its
// slot again. TestMethodsAgreeWithDescribe holds them to ranges.
func rangeRetry(c Code) Retry {
	r := RetryNever
	if uint32(c-accountOtherMin) <= accountOtherMax-accountOtherMin {
		r = RetryTransient
	}
	return r
}

func rangeCategory(c Code) Category {
	k := CategoryUnknown
	if uint32(c-accountOtherMin) <= accountOtherMax-accountOtherMin {
		k = CategoryAccount
	}
	if uint32(c-snsWebhookMin) <= snsWebhookMax-snsWebhookMin {
		k = CategorySNS
	}
	if uint32(c-c2cWebhookMin) <= c2cWebhookMax-c2cWebhookMin {
		k = CategoryMessage
	}
	return k
}
