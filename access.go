package errcode

// 接入层错误码: errors from the access layer that every client request passes
// through (connections, keys, tickets, frequency limits). The codes are
// negative; the client SDK passes them to its callbacks. The document does
// not list them: their Chinese texts are this package's own.

// AccessClientFreqLimit 接入层限频：客户端调用服务端接口的频率超出了允许范围。请检查调用频率是否合理并降低频率。
//
// The access layer turned the call away because the client calls the server
// APIs more often than allowed. Check that the call rate is reasonable and
// lower it.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_SSO_FREQUENCY_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessClientFreqLimit Code = -20009

// AccessOverload 接入层过载：所连服务端待处理的请求过多，已丢弃本次请求并拒绝服务。
//
// The access-layer server it connected to is overloaded: it has more requests
// than it can process, so it dropped this one and refused service.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_SSO_OVERLOAD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessOverload Code = -10114

// AccessUserFreqLimit 接入层限频：该用户在某个协议上的每秒请求数超过了上限。请检查接口调用频率是否合理。
//
// The user went over the access layer's requests-per-second limit, which is
// counted separately for each protocol. Check that the API call rate is
// reasonable.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_SSO_FREQ_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessUserFreqLimit Code = -10113

// AccessSDKAppIDDisabled 接入层拒绝服务：该 SDKAppID 已被停用。
//
// The access layer refused the request because its SDKAppID is no longer in
// service.
//
// Note: The previous page revision and the 2025 SDK header list this code; the
// current online page no longer does.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_APPID_WITHOUT_USING. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessSDKAppIDDisabled Code = -10112

// AccessCommandBlacklist 接入层拒绝服务：该 SDKAppID 所调用的服务命令字被列入了黑名单。请联系腾讯云技术支持处理。
//
// The access layer refused the request because the service command it calls is
// on a blocklist set for this SDKAppID. Contact Tencent Cloud technical
// support.
//
// Note: The current online page words this as the SDKAppID calling a
// blocklisted API; the previous page revision and the 2025 SDK header say a
// blocklist of service commands (cmd) is set for the SDKAppID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_CMD_BLACK_LIST. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessCommandBlacklist Code = -10111

// AccessSDKAppIDBlacklist 这个 SDKAppID 被列入了接入层的黑名单，请求因此被拒。请联系腾讯云技术支持。
//
// The access layer refused the request because the SDKAppID is on the
// blocklist. Contact Tencent Cloud technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_APPID_BLACK_LIST. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessSDKAppIDBlacklist Code = -10110

// AccessInvalidPacket 接入层收到的请求包格式不正确。若无法查明原因，请联系腾讯云技术支持。
//
// The access layer received a request packet in the wrong format. Contact
// Tencent Cloud technical support if the cause cannot be found.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_PACKET_WRONG. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessInvalidPacket Code = -10109

// AccessPrepaidArrears 预付费账户已欠费，接入层拒绝服务。请先补足费用。
//
// The prepaid account is in arrears, so the access layer refuses service.
// Settle the outstanding balance first.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_PREPAID_ARREARS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessPrepaidArrears Code = -10108

// AccessAggregationUnsupported 接入层不支持请求聚合，对此统一返回该错误码；客户端随后在这条 TCP 长连接上不再聚合请求。
//
// The access layer does not support request aggregation and answers it with
// this single code; the client then stops aggregating requests on that
// long-lived TCP connection.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_UNSURPPORT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const AccessAggregationUnsupported Code = -10107

// AccessKeyDecryptFailed 用 Key 解密屡次失败，次数已超出阈值，客户端必须重置。请再次调用 login 登录以获取新的 Key。
//
// Decryption with the key failed more often than the threshold allows, so the
// client must reset. Call `login` again to generate a new key.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_D2KEY_WRONG. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessKeyDecryptFailed Code = -10106

// AccessMSFSDKQuit MSFSDK 已自行退出（旧版错误码）。如需继续使用，请重新登录。
//
// The MSF SDK quit on its own (a legacy code). Log in again to go on.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_MSFSDK_QUIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const AccessMSFSDKQuit Code = -10105

// AccessClientClosed 客户端已自行退出（旧版错误码）。如需继续使用，请重新登录。
//
// The client quit on its own (a legacy code). Log in again to go on.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_CLIENT_CLOSE. Sources: sdk. Not in the document: the Chinese text is this package's own.
const AccessClientClosed Code = -10104

// AccessInvalidIdentity 登录身份已失效（旧版错误码）。请重新登录。
//
// The login identity is no longer valid (a legacy code). Log in again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_IDENTIFIER_INVALID. Sources: sdk. Not in the document: the Chinese text is this package's own.
const AccessInvalidIdentity Code = -10103

// AccessDisconnected 与接入层之间的网络连接已断开。
//
// The network connection to the access layer was lost.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_SSO_DISCONNECT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const AccessDisconnected Code = -10102

// AccessKeyExpiredOnNotice 服务端向客户端下发提示语时，Key 已经过期。Key 是依据 UserSig 派生出的内部凭证，其有效期以 UserSig 的有效期为上限。请再次调用 login 登录以获取新的 Key。
//
// The key had already expired when the server sent a notice (tip) to the
// client. Keys are internal credentials derived from the UserSig, and a key can
// never stay valid past its UserSig. Call `login` again to get a new key.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_DOWN_TIP. Sources: sdk. Not in the document: the Chinese text is this package's own.
const AccessKeyExpiredOnNotice Code = -10101

// AccessCookieMismatch 接入层的 Cookie 校验不通过，与预期不一致。请联系腾讯云技术支持。
//
// The cookie check at the access layer found a mismatch. Contact Tencent Cloud
// technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_COOKIE_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessCookieMismatch Code = -10009

// AccessKeyAndTicketRequired 请求必须同时携带 Key 和 Ticket。请再次调用 login 登录以获取 Key 和 Ticket。
//
// The request has to carry both the key and the ticket. Call `login` again to
// generate a key and a ticket.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_NO_IMEI_AND_A2. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessKeyAndTicketRequired Code = -10008

// AccessVerifyCodeTimeout 验证码未能在时限内下发。若持续出现，请联系腾讯云技术支持。
//
// Sending the verification code to the client timed out. Contact Tencent Cloud
// technical support if it keeps happening.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_SSO_VCODE_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessVerifyCodeTimeout Code = -10007

// AccessKeyAccountMismatch 请求包头所填的账号与 Key 所属的账号不是同一个。请联系腾讯云技术支持。
//
// The key belongs to a different account from the one named in the header of
// the request packet. Contact Tencent Cloud technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_UIN_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessKeyAccountMismatch Code = -10006

// AccessEmptyKey 请求中的 Key 为空，这是不允许的。请再次调用 login 登录以获取 Key。
//
// The key must not be empty. Call `login` again to generate a key.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_EMPTY_KEY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessEmptyKey Code = -10005

// AccessTicketCheckFailed Ticket 校验未通过，或被安全策略拦截。请再次调用 login 登录以获取新的 Ticket。
//
// The ticket did not pass verification, or a security measure blocked it. Call
// `login` again to generate a new ticket.
//
// Caution: When a security measure blocked the ticket, a new login can fail the
// same way: re-authenticate at most once.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_A2_DOWN_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessTicketCheckFailed Code = -10004

// AccessTicketExpired Ticket 已过期。Ticket 是依据 UserSig 派生出的内部凭证，其有效期以 UserSig 的有效期为上限。请再次调用 login 登录以获取新的 Ticket。
//
// The ticket has expired. Tickets are internal credentials derived from the
// UserSig, and a ticket can never stay valid past its UserSig. Call `login`
// again to get a new ticket.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_A2_UP_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessTicketExpired Code = -10003

// AccessKeyExpired Key 已过期。Key 是依据 UserSig 派生出的内部凭证，其有效期以 UserSig 的有效期为上限。请再次调用 login 登录以获取新的 Key。
//
// The key has expired. Keys are internal credentials derived from the UserSig,
// and a key can never stay valid past its UserSig. Call `login` again to get a
// new key.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_SSO_D2_EXPIRED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessKeyExpired Code = -10001

// AccessInvalidVerifyCodeFlag 下发验证码所用的标志位不正确（旧版错误码）。
//
// The flag used for sending a verification code to the client is wrong (a
// legacy code).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_SSO_VCODE. Sources: sdk. Not in the document: the Chinese text is this package's own.
const AccessInvalidVerifyCodeFlag Code = -10000

// AccessConnectLimit 服务端承载的连接数已超过上限，无法再为本次请求提供服务。请联系腾讯云技术支持。
//
// The server holds more connections than its limit allows, so it refused
// service. Contact Tencent Cloud technical support.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_SSO_CONNECT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccessConnectLimit Code = -302
