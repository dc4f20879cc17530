package errcode

// This file holds three categories, in the document's order:
//   - CategoryREST (REST API公共错误码, 6xxxx): errors any REST API call can
//     return, about the URL, the JSON body, the account and its signature,
//     and frequency limits;
//   - CategoryCommon (公共错误码, 80001 and 80002): errors any service may
//     return, such as a message body over the size limit;
//   - CategoryMessage (单发消息, 9xxxx): one-to-one and batch messages and
//     pushes sent through the REST API.
//
// They share one file because the document lists them together as the
// server's REST-side codes; keeping them here keeps that section whole and
// the diff of a new document revision in one place.

// RESTInvalidHTTPURL HTTP解析错误 ，请检查HTTP请求URL格式
//
// The server could not parse the HTTP request; make sure the request URL is
// well formed.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_HTTP_URL. Sources: document|webpage|sdk.
const RESTInvalidHTTPURL Code = 60002

// RESTRequestJSONParseFailed HTTP请求JSON解析错误，请检查JSON格式
//
// JSON parse error in the HTTP request; check the JSON format.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_REQ_JSON_PARSE_FAILED. Sources: document|webpage|sdk.
const RESTRequestJSONParseFailed Code = 60003

// RESTInvalidAccountOrUserSig60004 请求URI或JSON包体中帐号或签名错误
//
// The account (Identifier) or the UserSig carried in the request URL or JSON
// body is wrong.
//
// Note: The document, the previous page revision and the 2025 SDK header say
// the account (Identifier) or the UserSig in the request URI or JSON body is
// wrong. The current online page only says the account check failed and advises
// retrying later, then contacting support. As the sources do not agree, the
// hint stays as the document implies.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_COMM_INVALID_ACCOUNT. Sources: document|webpage|sdk.
const RESTInvalidAccountOrUserSig60004 Code = 60004

// RESTInvalidAccountOrUserSig60005 请求URI或JSON包体中帐号或签名错误
//
// The account (Identifier) or the UserSig carried in the request URL or JSON
// body is wrong.
//
// Note: The document, the previous page revision and the 2025 SDK header say
// the account (Identifier) or the UserSig in the request URI or JSON body is
// wrong. The current online page only says the account check failed and advises
// retrying later, then contacting support. As the sources do not agree, the
// hint stays as the document implies.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_COMM_INVALID_ACCOUNT_EX. Sources: document|webpage|sdk.
const RESTInvalidAccountOrUserSig60005 Code = 60005

// RESTInvalidSDKAppID appid失效，请核对appid有效性
//
// The SDKAppID is no longer valid. Check that the SDKAppID is right and still
// in service.
//
// Note: The document, the previous page revision and the 2025 SDK header list
// this code for an invalid SDKAppID; the current online page no longer lists
// it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_SDKAPPID. Sources: document|webpage|sdk.
const RESTInvalidSDKAppID Code = 60006

// RESTFreqLimit rest接口调用频率超过限制，请降低请求频率
//
// REST API calls arrive faster than the allowed rate; send them less often.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_COMM_REST_FREQ_LIMIT. Sources: document|webpage|sdk.
const RESTFreqLimit Code = 60007

// RESTRequestTimeout 服务请求超时或HTTP请求格式错误，请检查并重试
//
// The service request timed out or the HTTP request format is wrong; check
// and retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_COMM_REQUEST_TIMEOUT. Sources: document|webpage|sdk.
const RESTRequestTimeout Code = 60008

// RESTInvalidResource 请求资源错误，请检查请求URL
//
// Wrong requested resource; check the request URL.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_RES. Sources: document|webpage|sdk.
const RESTInvalidResource Code = 60009

// RESTAdminRequired 请求需要APP管理员权限，请检查接口调用权限
//
// The request needs app administrator permission; check the permission to call
// the API.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_ID_NOT_ADMIN. Sources: document|webpage|sdk.
const RESTAdminRequired Code = 60010

// RESTSDKAppIDFreqLimit appid请求频率超限，请降低请求频率
//
// The SDKAppID sends requests more often than its limit allows; reduce the
// request frequency.
//
// Note: The document, the previous page revision and the 2025 SDK header list
// this code for an SDKAppID that sends requests too often; the current online
// page no longer lists it.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_COMM_SDKAPPID_FREQ_LIMIT. Sources: document|webpage|sdk.
const RESTSDKAppIDFreqLimit Code = 60011

// RESTSDKAppIDMissing REST接口需要带sdkappid，请检查请求URL中的sdkappid
//
// REST API requests must carry the SDKAppID in the `sdkappid` URL parameter;
// check `sdkappid` in the request URL.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_SDKAPPID_MISS. Sources: document|webpage|sdk.
const RESTSDKAppIDMissing Code = 60012

// RESTResponseJSONParseFailed HTTP响应包JSON解析错误
//
// JSON parse error in the body of the HTTP response.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_COMM_RSP_JSON_PARSE_FAILED. Sources: document|webpage|sdk.
const RESTResponseJSONParseFailed Code = 60013

// RESTExchangeAccountTimeout 置换id超时
//
// Timed out exchanging the ID.
//
// Note: The document calls this an ID exchange timeout, and the previous page
// revision and the 2025 SDK header an account exchange (switching) timeout;
// the current online page calls it an account check timeout. The 2025 SDK
// header spells its constant with the typo TIMEUT.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_COMM_EXCHANGE_ACCOUNT_TIMEUT. Sources: document|webpage|sdk.
const RESTExchangeAccountTimeout Code = 60014

// RESTInvalidIDFormat 请求包体帐号类型错误，请确认帐号为字符串格式
//
// Wrong account type in the request body; make sure the account is in
// string format.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_ID_FORMAT. Sources: document|webpage|sdk.
const RESTInvalidIDFormat Code = 60015

// RESTSDKAppIDForbidden 该 SDKAppID 处于禁用状态，请联系即时通信 IM 技术支持了解原因并处理。
//
// The SDKAppID has been disabled. Contact Chat technical support to find out
// why and to have it handled.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_SDKAPPID_FORBIDDEN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const RESTSDKAppIDForbidden Code = 60016

// RESTRequestForbidden 该请求已被禁止调用，请联系即时通信 IM 技术支持确认。
//
// This request has been disabled. Contact Chat technical support to check why.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_REQ_FORBIDDEN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const RESTRequestForbidden Code = 60017

// RESTRequestFreqLimit60018 请求频率过高，请确认接口调用频率是否合理，降低频率后稍后再试。
//
// Requests are too frequent. Check that the API call rate is reasonable, slow
// down and try again later.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_COMM_REQ_FREQ_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const RESTRequestFreqLimit60018 Code = 60018

// RESTRequestFreqLimit60019 请求频率过高（与 60018 含义相同），请降低调用频率后稍后再试。
//
// Requests are too frequent (the same meaning as 60018). Slow down and try
// again later.
//
// Note: The previous page revision and the 2025 SDK header give this code the
// same text as 60018; the current online page no longer lists it.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_COMM_REQ_FREQ_LIMIT_EX. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const RESTRequestFreqLimit60019 Code = 60019

// RESTInvalidService 服务不可用：没有购买基础服务套餐、套餐已到期失效、新购套餐仍在配置尚未生效，或腾讯云账号欠费。请购买或续费套餐、为账号充值；新购套餐约 5 分钟后生效。
//
// The service is unavailable: no base service plan has been bought, the plan
// has expired, a newly bought plan is not active yet, or the Tencent Cloud
// account has an overdue balance. Buy or renew a plan, or top up the account; a
// new plan takes effect about 5 minutes after purchase.
//
// Note: The sources give different causes. The 2025 SDK header says no plan was
// bought or a new plan is still being set up (try again in five minutes); the
// previous page revision says the Pro Edition standard plan expired and was
// disabled; the current online page names a missing or expired plan or an
// account in arrears.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first; wait at least 5m.
//
// SDK name: ERR_SVR_COMM_INVALID_SERVICE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const RESTInvalidService Code = 60020

// RESTInvalidSourceIP 服务端 REST API 调用的来源 IP 不被允许，请联系即时通信 IM 技术支持处理。
//
// The source IP address of the server-side REST API call is not allowed.
// Contact Chat technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const RESTInvalidSourceIP Code = 60021

// RESTInternalError 请求在服务端内部处理失败；若一直出现，请联系即时通信 IM 技术支持。
//
// The request failed inside the service. If this keeps happening, contact Chat
// technical support.
//
// Note: Only the Chinese page of the content moderation API
// (v4/im_msg_audit/content_moderation) lists it; the page of common REST codes
// stops at 60021.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const RESTInternalError Code = 60022

// RESTInvalidURLParameters 服务端 REST API 请求 URL 里的参数（Identifier、SDKAppID、UserSig 或 ContentType）有误，请逐一核对这些 URL 参数。
//
// A parameter in the URL of the server-side REST API request is wrong:
// Identifier, SDKAppID, UserSig or ContentType. Check each of these URL
// parameters.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const RESTInvalidURLParameters Code = 60025

// RESTDomainDataCenterMismatch 服务端 REST API 调用的域名或 SDKAppID 与应用所在的数据中心不匹配，请确认调用的域名属于该 SDKAppID 所在的数据中心。
//
// The domain name or the SDKAppID of the server-side REST API call does not
// match the data center of the app. Make sure the domain you call belongs to
// the data center of that SDKAppID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const RESTDomainDataCenterMismatch Code = 60026

// RESTNonTPushResourceDenied 不允许访问 TPush 以外产品的资源，请确认所创建产品的类型与调用的 REST API 相符。
//
// Access to resources of products other than TPush is not allowed. Check that
// the type of the product you created matches the REST APIs you call.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const RESTNonTPushResourceDenied Code = 60027

// RESTTrialDailyRequestLimit 服务端 REST API 在 24 小时内的调用量已超出体验版的上限；升级到更高版本即可解除该限制。
//
// Server-side REST API requests within 24 hours exceed the limit of the Trial
// Edition. Upgrade the edition to lift the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const RESTTrialDailyRequestLimit Code = 60028

// CommonSensitiveText 文本安全打击。文本中可能包含敏感词汇。
//
// Blocked by text security: the text may contain sensitive words.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_SENSITIVE_TEXT. Sources: document|webpage|sdk.
const CommonSensitiveText Code = 80001

// CommonBodySizeLimit 发消息包体过长，目前支持最大8k消息包体长度，请减少包体大小重试
//
// The message body is too long; the maximum message body length currently
// supported is 8 KB. Reduce the body size and retry.
//
// Note: The current online page and the 2025 SDK header give the message body
// limit as 12 KB; the document and the previous page revision said 8 KB.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_BODY_SIZE_LIMIT. Sources: document|webpage|sdk.
const CommonBodySizeLimit Code = 80002

// CommonPreHookFailed 单聊或群聊消息的发送前回调调用失败或等待回包超时，因此消息没有下发。回调超时后如何处理，可在控制台自行设置。
//
// The before-send webhook for a one-to-one or group message failed or its
// response timed out, so the message was not delivered. Check that your webhook
// server answers in time; in the console you can choose what happens when a
// before-send webhook times out.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_COMM_PRE_HOOK_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const CommonPreHookFailed Code = 80003

// CommonSensitiveImage 消息中的图片可能含有敏感内容，被安全策略拦截，消息没有下发。
//
// An image in the message may contain sensitive content and was blocked by
// content security, so the message was not delivered. Check the content before
// sending it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_SENSITIVE_IMAGE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const CommonSensitiveImage Code = 80004

// CommonServiceDisabled 服务处于停用状态，原因可能是版本到期或账号欠费；请购买或续费套餐包，或为账号充值。
//
// The service has been deactivated because the edition expired or the account
// is in arrears. Buy or renew a plan package, or top up the account.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_SERVICE_DISABLED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const CommonServiceDisabled Code = 80005

// CommonContentSecurityBlocked V3 旧版 SDK：消息内容没有通过安全检查，已被拦截。
//
// Legacy Chat SDK V3: the message content was blocked by the content security
// check.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQ_CONTENT_ATTACK. Sources: sdk. Not in the document: the Chinese text is this package's own.
const CommonContentSecurityBlocked Code = 80101
