package errcode

// 内容审核错误码: errors from the content moderation API (sensitive words,
// batch moderation). The document does not list them: their Chinese texts
// are this package's own.

// ModerationTemporaryFailure 内容审核接口暂时无法处理请求。请稍后重试；若仍失败，请联系腾讯云技术支持。
//
// The content moderation API could not handle the request for now. Try again
// later, and contact Tencent Cloud technical support if it keeps failing.
//
// Note: The Chat Web SDK also gives its own client errors numbers from 2000 up,
// and its error list uses 2001 for a missing accountType; tell the two apart by
// which API returned the code.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationTemporaryFailure Code = 2001

// ModerationCommandUnsupported 内容审核接口暂不支持该命令字。
//
// The content moderation API does not support this command word yet.
//
// Note: The Chat Web SDK also gives its own client errors numbers from 2000 up,
// and its error list uses 2002 for a missing UserID; tell the two apart by
// which API returned the code.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationCommandUnsupported Code = 2002

// ModerationInvalidParameters 内容审核请求中的参数不合法。
//
// The content moderation request has invalid parameters.
//
// Note: The Chat Web SDK also gives its own client errors numbers from 2000 up,
// and its error list uses 2003 for a missing UserSig; tell the two apart by
// which API returned the code.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationInvalidParameters Code = 2003

// ModerationAdminRequired 内容审核请求未获授权：该 REST API 必须以 App 管理员身份调用。
//
// The content moderation request is not authorized: this REST API has to be
// called as the app admin.
//
// Note: The Chat Web SDK also gives its own client errors numbers from 2000 up,
// but the part of its error list on record has no 2004, so no clash is known.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationAdminRequired Code = 2004

// ModerationServiceNotEnabled 尚未开通内容审核服务。
//
// The content moderation service has not been enabled.
//
// Note: The Chat Web SDK also gives its own client errors numbers from 2000 up,
// but the part of its error list on record has no 2015, so no clash is known.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationServiceNotEnabled Code = 2015

// ModerationKeywordCountLimit 单次请求添加的敏感词数量超过上限，每次最多添加 10 个。
//
// One request tried to add too many sensitive words; at most 10 keywords can be
// added per request.
//
// Note: The Chat Web SDK also gives its own client errors numbers from 2000 up,
// but the part of its error list on record has no 2016, so no clash is known.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationKeywordCountLimit Code = 2016

// ModerationDeleteKeywordFailed 删除云端审核中的敏感词时失败。
//
// Cloud Moderation could not delete the sensitive words.
//
// Note: The Chat Web SDK also gives its own client errors numbers from 2000 up,
// and its error list uses 2100 for a message that failed to send; tell the two
// apart by which API returned the code.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationDeleteKeywordFailed Code = 2100

// ModerationInternalError 内容审核服务发生内部错误。请稍后重试；若仍失败，请联系腾讯云技术支持。
//
// The content moderation service hit an internal error. Try again later, and
// contact Tencent Cloud technical support if it keeps failing.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationInternalError Code = 93001

// ModerationBatchUnsupportedContent 批量审核接口只支持图文（文本和图片）内容的审核。
//
// The batch moderation API accepts only text and image content.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationBatchUnsupportedContent Code = 93005

// ModerationBatchTimeout 批量审核接口审核超时，审核的超时时间为 5 秒。
//
// The batch moderation API timed out; moderation gives up after 5 seconds.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationBatchTimeout Code = 93006

// ModerationBatchDuplicateContentID 批量审核请求中有重复的 ContentId，不允许重复。
//
// The batch moderation request repeats a `ContentId`; each value must be
// unique.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationBatchDuplicateContentID Code = 93007

// ModerationBatchContentCountLimit 批量审核一次最多提交 10 条 Content，本次已超出。
//
// The batch moderation request submits more than 10 `Content` items, the most
// one request may carry.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ModerationBatchContentCountLimit Code = 93008
