package errcode

// SDK错误码, part 3: 6200 to 6399, the legacy Chat SDK V3 request and
// service states (kicked offline, service not ready, invalid requests) and
// the QAL connection codes.

// SDKNoNetOnRequest 请求时没有网络，请等网络恢复后重试
//
// No network when sending the request; wait for the network to recover and
// retry.
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, without the document's advice to retry
// once the network recovers. The same section lists 6250
// (ERR_REQUEST_NO_NET_ONREQ) with the same meaning and with that advice.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQ_NO_NET_ON_REQ. Sources: document|webpage|sdk.
const SDKNoNetOnRequest Code = 6200

// SDKNoNetOnResponse 响应时没有网络，请等网络恢复后重试
//
// No network when receiving the response; wait for the network to recover
// and retry.
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, without the document's advice to retry
// once the network recovers. The same section lists 6251
// (ERR_REQUEST_NO_NET_ONRSP) with the same meaning and with that advice.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQ_NO_NET_ON_RSP. Sources: document|webpage|sdk.
const SDKNoNetOnResponse Code = 6201

// SDKServiceNotReady 网络service没有启动或异常，工程需要添加配置，可参考： Android服务进程配置
//
// The network service is not started or is faulty; the project needs extra
// configuration, see: Android service process configuration.
//
// Note: The document says the network service did not start or is faulty and
// points to the Android service process configuration. The current online page
// and its previous revision (Chat SDK V3 legacy section) and the 2025 SDK
// header say only that the QALSDK service is not ready.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SERIVCE_NOT_READY. Sources: document|webpage|sdk.
const SDKServiceNotReady Code = 6205

// SDKUserSigExpired 票据过期，需要监听UserStatusListener，onUserSigExpired后重新获取票据登录
//
// The ticket has expired; listen with UserStatusListener and, after
// onUserSigExpired, get a new ticket and log in again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_USER_SIG_EXPIRED. Sources: document|webpage|sdk.
const SDKUserSigExpired Code = 6206

// SDKLoginAuthFailed 登录校验权限失败，具体查看错误信息
//
// Login permission check failed; see the error message for details.
//
// Note: The document says the login permission check failed and to read the
// error message. The current online page and its previous revision (Chat SDK
// V3 legacy section) and the 2025 SDK header name the cause, a failed TinyId
// conversion, and the pages add a check that the UserID exists and is valid.
//
// Caution: A fresh UserSig for a UserID that does not exist or is not valid
// fails in the same way: re-authenticate at most once, then check the UserID.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGIN_AUTH_FAILED. Sources: document|webpage|sdk.
const SDKLoginAuthFailed Code = 6207

// SDKLoginKickedOffByOther 其他终端登录帐号被踢，需重新登录
//
// The account was kicked offline by a login on another device; log in
// again.
//
// Caution: Do not log in again automatically: another device now holds the
// login, and an automatic re-login would push it offline in turn, so the two
// devices would keep kicking each other. Let the user decide.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGIN_KICKED_OFF_BY_OTHER. Sources: document|webpage|sdk.
const SDKLoginKickedOffByOther Code = 6208

// SDKNeverConnectAfterLaunch V3 旧版 SDK：应用启动以后一直没有尝试上线（联网）。
//
// Legacy Chat SDK V3: the app has not tried to go online since it was launched.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_NEVER_CONNECT_AFTER_LAUNCH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNeverConnectAfterLaunch Code = 6209

// SDKRequestFailed6210 V3 旧版 SDK：QALSDK 执行请求失败（与 6252 含义相同）。
//
// Legacy Chat SDK V3: QALSDK failed to execute the request. 6252 has the same
// meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQ_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestFailed6210 Code = 6210

// SDKInvalidRequest6211 V3 旧版 SDK：toMsgService 不合法，因此请求无效（与 6253 含义相同）。
//
// Legacy Chat SDK V3: the request is invalid because toMsgService is invalid.
// 6253 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQ_INVALID_REQ. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidRequest6211 Code = 6211

// SDKRequestOverloaded6212 V3 旧版 SDK：请求队列已经满了（与 6254 含义相同）。
//
// Legacy Chat SDK V3: the request queue is full. 6254 has the same meaning.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_REQ_OVERLOADED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestOverloaded6212 Code = 6212

// SDKRequestKickedOff6213 V3 旧版 SDK：同一账号在其他终端登录，本终端被踢下线（与 6255 含义相同）。
//
// Legacy Chat SDK V3: another device logged in to this account and kicked this
// one offline. 6255 has the same meaning.
//
// Caution: Do not log in again automatically. The account is now in use on the
// other device; logging back in without asking would force that device out, it
// could then do the same here, and the two would go on in a loop. Leave the
// choice to the user.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQ_KICK_OFF. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestKickedOff6213 Code = 6213

// SDKServiceSuspended6214 V3 旧版 SDK：服务已暂停（与 6256 含义相同）。
//
// Legacy Chat SDK V3: the service is suspended. 6256 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQ_SERVICE_SUSPEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKServiceSuspended6214 Code = 6214

// SDKInvalidSSOSignature6215 V3 旧版 SDK：SSO 签名不正确（与 6257 含义相同）。
//
// Legacy Chat SDK V3: the SSO signature is wrong. 6257 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQ_INVALID_SIGN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOSignature6215 Code = 6215

// SDKInvalidSSOCookie6216 V3 旧版 SDK：SSO cookie 不合法（与 6258 含义相同）。
//
// Legacy Chat SDK V3: the SSO cookie is invalid. 6258 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQ_INVALID_COOKIE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOCookie6216 Code = 6216

// SDKLoginTLSResponseParseFailed V3 旧版 SDK：登录时校验 TLS SDK 的回包，发现包体长度不对。
//
// Legacy Chat SDK V3: during login, the check of the TLS SDK response packet
// found a wrong body length.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_TLS_RSP_PARSE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginTLSResponseParseFailed Code = 6217

// SDKLoginOpenMsgTimeout V3 旧版 SDK：登录时，OPENSTATSVC 把状态上报给 OPENMSG 超时了。
//
// Legacy Chat SDK V3: while logging in, OPENSTATSVC took too long to report the
// status to OPENMSG.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_OPENMSG_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginOpenMsgTimeout Code = 6218

// SDKLoginOpenMsgResponseParseFailed V3 旧版 SDK：登录时 OPENSTATSVC 把状态上报给 OPENMSG 后，无法解析收到的回包。
//
// Legacy Chat SDK V3: while logging in, OPENSTATSVC sent its status to OPENMSG
// but could not parse the reply.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_OPENMSG_RSP_PARSE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginOpenMsgResponseParseFailed Code = 6219

// SDKLoginTLSDecryptFailed V3 旧版 SDK：登录时 TLS SDK 解密出错。
//
// Legacy Chat SDK V3: the TLS SDK failed to decrypt during login.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_TLS_DECRYPT_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginTLSDecryptFailed Code = 6220

// SDKWiFiNeedAuth V3 旧版 SDK：当前连接的 Wi-Fi 需要认证，请先完成 Wi-Fi 认证。
//
// Legacy Chat SDK V3: the Wi-Fi network requires authentication. Complete the
// Wi-Fi sign-in first.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_WIFI_NEED_AUTH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKWiFiNeedAuth Code = 6221

// SDKUserCanceled V3 旧版 SDK：操作已被用户取消。
//
// Legacy Chat SDK V3: the user canceled the operation.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_USER_CANCELED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKUserCanceled Code = 6222

// SDKRevokeTimeLimit V3 旧版 SDK：消息已超过可撤回的时限（默认 2 分钟），不能再撤回。
//
// Legacy Chat SDK V3: the message can no longer be recalled because the recall
// time limit (2 minutes by default) has passed.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REVOKE_TIME_LIMIT_EXCEED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRevokeTimeLimit Code = 6223

// SDKLackUGCExtension V3 旧版 SDK：没有 UGC 扩展包。
//
// Legacy Chat SDK V3: the UGC extension package is missing.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_LACK_UGC_EXT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLackUGCExtension Code = 6224

// SDKAutoLoginNeedUserSig V3 旧版 SDK：自动登录失败，本地票据已过期，需要用 UserSig 手动登录。
//
// Legacy Chat SDK V3: automatic login failed since the ticket stored on the
// device has expired. Log in manually with a UserSig.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_AUTOLOGIN_NEED_USERSIG. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAutoLoginNeedUserSig Code = 6226

// SDKNoNetOnRequest6250 V3 旧版 SDK：发起请求时没有网络，请在网络恢复后再试（与 6200 含义相同）。
//
// Legacy Chat SDK V3: there was no network when the request was made; try again
// after the network is back. 6200 (SDKNoNetOnRequest) has the same meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_NO_NET_ONREQ. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNoNetOnRequest6250 Code = 6250

// SDKNoNetOnResponse6251 V3 旧版 SDK：响应返回时没有网络，请在网络恢复后再试（与 6201 含义相同）。
//
// Legacy Chat SDK V3: there was no network when the response came back; try
// again after the network is back. 6201 (SDKNoNetOnResponse) has the same
// meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_NO_NET_ONRSP. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNoNetOnResponse6251 Code = 6251

// SDKRequestFailed6252 V3 旧版 SDK：QALSDK 执行请求失败（与 6210 含义相同）。
//
// Legacy Chat SDK V3: QALSDK failed to execute the request. 6210 has the same
// meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestFailed6252 Code = 6252

// SDKInvalidRequest6253 V3 旧版 SDK：toMsgService 不合法，因此请求无效（与 6211 含义相同）。
//
// Legacy Chat SDK V3: the request is invalid because toMsgService is invalid.
// 6211 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQUEST_INVALID_REQ. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidRequest6253 Code = 6253

// SDKRequestOverloaded6254 V3 旧版 SDK：请求队列已经满了（与 6212 含义相同）。
//
// Legacy Chat SDK V3: the request queue is full. 6212 has the same meaning.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_REQUEST_OVERLOADED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestOverloaded6254 Code = 6254

// SDKRequestKickedOff6255 V3 旧版 SDK：同一账号在其他终端登录，本终端被踢下线（与 6213 含义相同）。
//
// Legacy Chat SDK V3: another device logged in to this account and kicked this
// one offline. 6213 has the same meaning.
//
// Caution: Do not log in again automatically: a silent re-login would push out
// the device that took over, which could push this one out again, and the two
// would never stop. Ask the user before logging in again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQUEST_KICK_OFF. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestKickedOff6255 Code = 6255

// SDKServiceSuspended6256 V3 旧版 SDK：服务已暂停（与 6214 含义相同）。
//
// Legacy Chat SDK V3: the service is suspended. 6214 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQUEST_SERVICE_SUSPEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKServiceSuspended6256 Code = 6256

// SDKInvalidSSOSignature6257 V3 旧版 SDK：SSO 签名不正确（与 6215 含义相同）。
//
// Legacy Chat SDK V3: the SSO signature is wrong. 6215 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQUEST_INVALID_SIGN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOSignature6257 Code = 6257

// SDKInvalidSSOCookie6258 V3 旧版 SDK：SSO cookie 不合法（与 6216 含义相同）。
//
// Legacy Chat SDK V3: the SSO cookie is invalid. 6216 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQUEST_INVALID_COOKIE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOCookie6258 Code = 6258

// SDKQALNoShortConnectionAvailable V3 旧版 SDK：当前没有可用的短连接 SSO。
//
// Legacy Chat SDK V3: no SSO for short (non-persistent) connections is
// available.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_QAL_NO_SHORT_CONN_AVAILABLE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKQALNoShortConnectionAvailable Code = 6300
