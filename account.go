package errcode

// 帐号系统: errors from the account system: UserSig checks, login tickets,
// accounts and their types. Numbers in this range that the document does
// not list are covered by its 「其他错误」 row; see Code.Category.

// AccountUserSigExpired sig过期，请尝试重新生成。如果是刚生成，就过期，请检查有效期填写的是否过小，或者填的0
//
// The UserSig has expired; generate a new one. If it expires right after being
// generated, check whether its validity period is too short or set to 0.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_EXPIRED. Sources: document|webpage|sdk.
const AccountUserSigExpired Code = 70001

// AccountUserSigEmpty sig长度为0，请检查传入的sig是否正确
//
// The UserSig is empty (its length is 0). Check that the UserSig passed in is
// correct.
//
// Note: The previous page revision and the 2025 SDK header list it as a
// UserSig of length 0, as the document does. It has been dropped from the
// current online page.
//
// Caution: The server got a UserSig of length 0, so the UserSig the app passed
// in was empty. Generating a new one does not help until the code that hands it
// to the login or REST call actually passes it on: re-authenticate at most
// once, then check that value.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_EMPTY. Sources: document|webpage|sdk.
const AccountUserSigEmpty Code = 70002

// AccountUserSigCheckFailed70003 sig校验失败，请确认下sig内容是否被截断，如缓冲区长度不够导致的内容截断
//
// UserSig verification failed. Check whether the UserSig was truncated, for
// example by a buffer that was too short.
//
// Caution: The usual cause is a UserSig cut short on its way in, for example
// copied into a buffer too small to hold it. A fresh UserSig fails the same way
// until the app keeps the whole string: re-authenticate at most once, then
// check how the app stores and passes it.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED. Sources: document|webpage|sdk.
const AccountUserSigCheckFailed70003 Code = 70003

// AccountUserSigCheckFailed70004 sig校验失败，请确认下sig内容是否被截断，如缓冲区长度不够导致的内容截断
//
// UserSig verification failed. Check whether the UserSig was truncated, for
// example by a buffer that was too short.
//
// Caution: The usual cause is a UserSig cut short on its way in, for example
// copied into a buffer too small to hold it. A fresh UserSig fails the same way
// until the app keeps the whole string: re-authenticate at most once, then
// check how the app stores and passes it.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountUserSigCheckFailed70004 Code = 70004

// AccountUserSigCheckFailedEx70005 sig校验失败，可用工具自行验证生成的sig是否正确
//
// UserSig verification failed. Check with the UserSig tool whether the
// generated UserSig is correct.
//
// Note: The previous page revision lists it as an invalid UserSig, and the
// 2025 SDK header and the document as a UserSig that failed verification. It
// has been dropped from the current online page.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED_EX. Sources: document|webpage|sdk.
const AccountUserSigCheckFailedEx70005 Code = 70005

// AccountUserSigCheckFailedEx70006 sig校验失败，可用工具自行验证生成的sig是否正确
//
// UserSig verification failed. Check with the UserSig tool whether the
// generated UserSig is correct.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountUserSigCheckFailedEx70006 Code = 70006

// AccountUserSigCheckFailedEx70007 sig校验失败，可用工具自行验证生成的sig是否正确
//
// UserSig verification failed. Check with the UserSig tool whether the
// generated UserSig is correct.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountUserSigCheckFailedEx70007 Code = 70007

// AccountUserSigCheckFailedEx70008 sig校验失败，可用工具自行验证生成的sig是否正确
//
// UserSig verification failed. Check with the UserSig tool whether the
// generated UserSig is correct.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountUserSigCheckFailedEx70008 Code = 70008

// AccountUserSigMismatchPublicKey 用业务公钥验证sig失败，请确认生成的 usersig 使用的私钥和 sdkappid 是否对应
//
// Verifying the UserSig with the app's public key failed. Check that the
// UserSig was generated with the private key that belongs to this SDKAppID.
//
// Caution: A fresh UserSig made with the same SDKAppID, key and account
// settings fails the same way, because the fault is in that setup:
// re-authenticate at most once, then fix the configuration.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_MISMATCH_PUBLICKEY. Sources: document|webpage|sdk.
const AccountUserSigMismatchPublicKey Code = 70009

// AccountUserSigCheckFailedEx70010 sig校验失败，可用工具自行验证生成的sig是否正确
//
// UserSig verification failed. Check with the UserSig tool whether the
// generated UserSig is correct.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountUserSigCheckFailedEx70010 Code = 70010

// AccountUserSigMismatchID sig中identifier与请求时的identifier不匹配，请检查登录时填写的identifier与sig中的是否一致
//
// The UserID (Identifier) in the UserSig does not match the UserID in the
// request. Check that the UserID given at login is the one the UserSig was
// generated for.
//
// Caution: A fresh UserSig made with the same SDKAppID, key and account
// settings fails the same way, because the fault is in that setup:
// re-authenticate at most once, then fix the configuration.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_MISMATCH_ID. Sources: document|webpage|sdk.
const AccountUserSigMismatchID Code = 70013

// AccountUserSigMismatchSDKAppID sig中sdkappid与请求时的sdkappid不匹配，请检查登录时填写的sdkappid与sig中的是否一致
//
// The SDKAppID in the UserSig does not match the SDKAppID in the request. Check
// that the SDKAppID given at login is the one the UserSig was generated for.
//
// Caution: A fresh UserSig made with the same SDKAppID, key and account
// settings fails the same way, because the fault is in that setup:
// re-authenticate at most once, then fix the configuration.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_MISMATCH_SDKAPPID. Sources: document|webpage|sdk.
const AccountUserSigMismatchSDKAppID Code = 70014

// AccountVerifyMethodNotFound 未找到该 appid 和账号类型对应的验证方式，请确认是否进行了帐号集成操作
//
// No verification method was found for this SDKAppID and account type. Check
// whether the account integration step has been done.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountVerifyMethodNotFound Code = 70015

// AccountUserSigPublicKeyNotFound 拉取到的公钥长度为0，请确认是否已经上传了公钥，如果是重新上传的公钥需要十分钟之后尝试
//
// The public key fetched has length 0. Check that a public key has been
// uploaded; after uploading a public key again, wait ten minutes before
// trying.
//
// Note: The current online page still speaks of a missing public key, but its
// advice points elsewhere: check that the SDKAppID matches the Chat data center
// the request is sent to. The document, the previous page revision and the 2025
// SDK header ask for the key to be uploaded or downloaded in the console
// instead.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first; wait at least 10m.
//
// SDK name: ERR_SVR_ACCOUNT_USERSIG_PUBLICKEY_NOT_FOUND. Sources: document|webpage|sdk.
const AccountUserSigPublicKeyNotFound Code = 70016

// AccountThirdPartyTicketTimeout 内部第三方票据验证超时，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal verification of the third-party ticket timed out. Retry; if
// retries keep failing, contact TLS account support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountThirdPartyTicketTimeout Code = 70017

// AccountThirdPartyTicketFailed 内部验证第三方票据失败
//
// Internal verification of the third-party ticket failed.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountThirdPartyTicketFailed Code = 70018

// AccountHTTPSTicketEmpty 通过https方式验证的票据字段为空，请正确填写sig
//
// The ticket field verified over HTTPS is empty. Fill in the UserSig correctly.
//
// Caution: The ticket field checked over HTTPS arrived empty, so the app sent
// no UserSig in it. A fresh UserSig fails the same way until the app fills that
// field: re-authenticate at most once, then check the request.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountHTTPSTicketEmpty Code = 70019

// AccountSDKAppIDNotFound sdkappid 未找到，请确认是否已经在腾讯云上配置
//
// The SDKAppID was not found. Check that it has been configured on Tencent
// Cloud.
//
// Note: The current online page ties this failed UserSig check to the data
// center: check that the SDKAppID belongs to the Chat data center the request
// is sent to. The document, the previous page revision and the 2025 SDK header
// only ask you to confirm the app is set up in the console.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_SDKAPPID_NOT_FOUND. Sources: document|webpage|sdk.
const AccountSDKAppIDNotFound Code = 70020

// AccountFreqLimit 因失败且重试次数过多导致被限制，请检查票据是否正确，一分钟之后再试。
//
// Restricted because of too many failed attempts. Check that the ticket is
// correct, and try again after one minute.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1m.
//
// SDK name: ERR_SVR_ACCOUNT_FREQ_LIMIT. Sources: document|webpage|sdk.
const AccountFreqLimit Code = 70050

// AccountBlacklist 帐号已被拉入黑名单，请联系 tls 帐号支持 3268519604
//
// The account has been put on the blocklist. Contact TLS account support
// (3268519604).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_BLACKLIST. Sources: document|webpage|sdk.
const AccountBlacklist Code = 70051

// AccountInvalidUserSig usersig 已经失效，请重新生成，再次尝试
//
// The UserSig is no longer valid. Generate a new one and try again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_ACCOUNT_INVALID_USERSIG. Sources: document|sdk.
const AccountInvalidUserSig Code = 70052

// AccountRequestEmpty 请求包信息为空
//
// The request carries no data.
//
// Note: The document says the request carries no data. Every current source
// gives it another meaning: the 2025 SDK header names it ERR_LOGIN_SIG_EXPIRE,
// and both page revisions list it among the legacy Chat SDK V3 codes as a login
// whose ticket has run out. The hint follows that reading: generate a fresh
// UserSig and log the user in again before retrying.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGIN_SIG_EXPIRE. Sources: document|webpage|sdk.
const AccountRequestEmpty Code = 70101

// AccountRequestInvalidAccountType 请求包帐号类型错误
//
// The account type in the request is wrong.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountRequestInvalidAccountType Code = 70102

// AccountInvalidPhoneFormat 电话号码格式错误
//
// The phone number format is wrong.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountInvalidPhoneFormat Code = 70103

// AccountInvalidEmailFormat 邮箱格式错误
//
// The email address format is wrong.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountInvalidEmailFormat Code = 70104

// AccountInvalidTLSAccountFormat TLS 帐号格式错误
//
// The TLS account format is wrong.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountInvalidTLSAccountFormat Code = 70105

// AccountInvalidFormatType 非法帐号格式类型
//
// Invalid account format type.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountInvalidFormatType Code = 70106

// AccountNotFound Identifer 没有注册
//
// The Identifier (UserID) is not registered. The document misspells Identifier
// as "Identifer", a typo.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_NOT_FOUND. Sources: document|webpage|sdk.
const AccountNotFound Code = 70107

// AccountInvalidBatchCount70113 批量数量不合法
//
// The batch count is invalid.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountInvalidBatchCount70113 Code = 70113

// AccountSecurityRestricted 安全原因被限制
//
// Restricted for security reasons.
//
// Note: The previous page revision lists it as login restricted for security
// reasons and asks for fewer logins; the document and the 2025 SDK header only
// say it is restricted for security reasons. It has been dropped from the
// current online page.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_ACCOUNT_SEC_RSTR. Sources: document|webpage|sdk.
const AccountSecurityRestricted Code = 70114

// AccountUINNotAppDeveloper uin 不是对应 appid 的开发者 uin
//
// The UIN is not the developer UIN of the SDKAppID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountUINNotAppDeveloper Code = 70115

// AccountSDKAppIDAccountTypeMismatch sdkappid 和 acctype 不匹配
//
// The SDKAppID and the account type (acctype) do not match.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountSDKAppIDAccountTypeMismatch Code = 70140

// AccountInvalidAccountType 帐号类型错误
//
// The account type is wrong.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountInvalidAccountType Code = 70145

// AccountInternalError70169 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal error. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// Note: The document calls it an internal error to be retried. The 2025 SDK
// header (ERR_SVR_ACCOUNT_INTERNAL_TIMEOUT) and both page revisions describe a
// server-side internal timeout.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_ACCOUNT_INTERNAL_TIMEOUT. Sources: document|webpage|sdk.
const AccountInternalError70169 Code = 70169
