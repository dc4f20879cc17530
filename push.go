package errcode

// 离线推送错误码: errors from offline push through the phone vendors'
// channels (certificates, tokens, vendor quotas). The document does not list
// them: their Chinese texts are this package's own.

// PushHuaweiDailyLimit 离线推送失败：已达到华为推送通道的每日推送上限。请等每日额度恢复后再推送。
//
// The offline push failed because Huawei's daily push limit has been reached.
// Wait for the daily quota to be restored before pushing again.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushHuaweiDailyLimit Code = -203

// PushObjectBuildFailed 离线推送失败：在发往厂商之前构建推送对象失败。请检查推送参数和厂商配置。
//
// The offline push failed: building the push object failed before it was handed
// to the vendor. Check the push parameters and the vendor settings.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushObjectBuildFailed Code = -202

// PushValidityCheckFailed 离线推送失败：合法性校验未通过，例如 token 或证书 ID 有误。
//
// The offline push failed a validity check, for example because the token or
// the certificate ID is wrong.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushValidityCheckFailed Code = -201

// PushBackendNetError 离线推送失败：即时通信 IM 后台出现网络错误。
//
// The offline push failed because of a network error inside the Chat backend.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushBackendNetError Code = -200

// PushVendorNetError 离线推送失败：与推送厂商之间的网络出现异常。
//
// The offline push failed because the network to the push vendor misbehaved.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushVendorNetError Code = -199

// PushVendorResponseError 离线推送失败：推送厂商返回了错误的响应。
//
// The offline push failed because the push vendor sent back an error response.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushVendorResponseError Code = -198

// PushCertificateError 离线推送失败：推送证书有误。请检查与证书相关的参数。
//
// The offline push failed because of a certificate problem. Check the
// certificate parameters.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushCertificateError Code = -197

// PushIntentMissing 离线推送失败：缺少参数，选择了 intent 方式却没有填写 intent 的值。
//
// The offline push failed because a parameter is missing: the intent option was
// chosen but no value was given for `intent`.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushIntentMissing Code = -196

// PushGoogleObjectBuildFailed 离线推送失败：无法构建 Google 推送对象，通常是证书有误。
//
// The offline push failed because the Google push object could not be built,
// which usually means a certificate error.
//
// Note: The current online page no longer lists the offline push codes; it
// points to a separate Push Service error-code page, which was not compared
// here. This text follows the previous page revision.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const PushGoogleObjectBuildFailed Code = -195
